using GraphQL.DataLoader;

namespace KenpoGraph.Api.Schema;

/// <summary>
/// A per-request batch loader (the GraphQL.DataLoader package is not served here; GraphQL.NET's
/// executor supports any <see cref="IDataLoaderResult"/>). Keys asked for while a query level is
/// being resolved are collected; the executor completes data-loader nodes after all other nodes of the
/// level, so the first result awaited fetches every collected key in one call and the rest are cached.
/// Queries execute serially (see the schema set-up), so no locking is needed.
/// </summary>
/// <param name="missing">The value for a key the fetch did not return (null, or an empty list).</param>
internal sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
    where TKey : notnull
{
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly TValue _missing = missing;

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }
        return new Result(this, key);
    }

    private async Task<TValue> ResultAsync(TKey key, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0)
        {
            var keys = _pending.ToArray();
            _pending.Clear();
            var fetched = await fetch(keys, cancellationToken);
            foreach (var requested in keys)
            {
                _loaded[requested] = fetched.TryGetValue(requested, out var value) ? value : _missing;
            }
        }
        return _loaded.TryGetValue(key, out var result) ? result : _missing;
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResultAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
