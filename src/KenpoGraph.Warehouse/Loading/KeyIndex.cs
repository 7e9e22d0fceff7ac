namespace KenpoGraph.Warehouse.Loading;

/// <summary>Remembers where each key was first seen and reports a later row with the same key.</summary>
internal sealed class KeyIndex<TKey> where TKey : notnull
{
    private readonly Dictionary<TKey, (int Line, string? File)> _first = new();

    public bool Contains(TKey key) => _first.ContainsKey(key);

    /// <summary>Adds the key, or reports DUPLICATE_KEY against <paramref name="column"/> and returns false.</summary>
    /// <param name="file">When keys span several files: the file of this row, named in the report if the first row was elsewhere.</param>
    public bool Add(TKey key, SeedRow row, string column, string describe, string? file = null)
    {
        if (_first.TryAdd(key, (row.Line, file)))
        {
            return true;
        }
        var (line, firstFile) = _first[key];
        var where = firstFile is not null && firstFile != file ? $"{firstFile} row {line}" : $"row {line}";
        row.Problem(column, LoadRule.DuplicateKey, $"{describe} already appears at {where}");
        return false;
    }
}
