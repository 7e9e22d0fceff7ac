using System.Collections.Concurrent;

namespace KenpoGraph.Api.ReadModel;

/// <summary>
/// One data version as one caller's rights see it, in memory and immutable: the rows of every table in
/// <see cref="ReadModelTables"/>, and indexes over them built on first use and kept (they are pure functions of the rows).
/// Resolvers read it synchronously; a request that holds a view reads no SQL for what the view has.
/// </summary>
internal sealed class ReadModelView(int versionId, IReadOnlyDictionary<Type, Array> rows)
{
    private readonly ConcurrentDictionary<string, Lazy<object>> _indexes = new(StringComparer.Ordinal);

    public int VersionId { get; } = versionId;

    /// <summary>Whether rows of <typeparamref name="T"/> are held (a type that is not is read from SQL).</summary>
    public bool Holds<T>() => rows.ContainsKey(typeof(T));

    /// <summary>Every row of <typeparamref name="T"/> this view's rights see, in the order SQL read them.</summary>
    public T[] Rows<T>() => (T[])rows[typeof(T)];

    /// <summary>
    /// An index (or a figure computed from the rows) named <paramref name="name"/>, built once by <paramref name="build"/>
    /// and kept while the view lives. A build that throws keeps nothing, so a refused argument cannot fill the view.
    /// </summary>
    public TIndex Index<TIndex>(string name, Func<ReadModelView, TIndex> build) where TIndex : class
    {
        var entry = _indexes.GetOrAdd(name, static (_, state) => new Lazy<object>(() => state.build(state.view)), (build, view: this));
        try
        {
            return (TIndex)entry.Value;
        }
        catch
        {
            _indexes.TryRemove(new KeyValuePair<string, Lazy<object>>(name, entry));
            throw;
        }
    }

    public int RowCount => rows.Values.Sum(table => table.Length);
}
