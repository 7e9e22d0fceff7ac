namespace KenpoGraph.Warehouse.Loading;

/// <summary>Remembers where each key was first seen and reports a later row with the same key.</summary>
internal sealed class KeyIndex<TKey> where TKey : notnull
{
    private readonly Dictionary<TKey, int> _firstLine = new();

    public bool Contains(TKey key) => _firstLine.ContainsKey(key);

    public IEnumerable<TKey> Keys => _firstLine.Keys;

    /// <summary>Adds the key, or reports DUPLICATE_KEY against <paramref name="column"/> and returns false.</summary>
    public bool Add(TKey key, SeedRow row, string column, string describe)
    {
        if (_firstLine.TryAdd(key, row.Line))
        {
            return true;
        }
        row.Problem(column, LoadRule.DuplicateKey, $"{describe} already appears at row {_firstLine[key]}");
        return false;
    }
}
