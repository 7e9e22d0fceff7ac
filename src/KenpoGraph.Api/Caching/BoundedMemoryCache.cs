using Microsoft.Extensions.Caching.Memory;

namespace KenpoGraph.Api.Caching;

/// <summary>
/// A <see cref="MemoryCache"/> bounded in its own size units that makes room for a new entry at once. MemoryCache
/// itself refuses an entry that would pass its limit and compacts later, on the thread pool: under load the newest
/// entries were refused until that ran (the APQ store forgot the document just sent; StoreBoundTests failed so on a
/// busy machine). Here the oldest-used quarter is removed synchronously first, so the entry just set is kept.
/// </summary>
internal sealed class BoundedMemoryCache(long sizeLimit) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = sizeLimit, TrackStatistics = true });

    public long SizeLimit { get; } = sizeLimit;

    /// <summary>The size units held, by the cache's own count.</summary>
    public long Size => _cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public int Count => _cache.Count;

    public bool TryGetValue<T>(object key, out T? value) => _cache.TryGetValue(key, out value);

    /// <summary>Keeps <paramref name="value"/> unless it alone is larger than the bound.</summary>
    public void Set(object key, object value, long size)
    {
        if (size > SizeLimit)
        {
            return;
        }
        // A few rounds at most: each removes a quarter of the entries (all of them when fewer than four are left).
        for (var round = 0; round < 8 && Size + size > SizeLimit && Count > 0; round++)
        {
            _cache.Compact(Count < 4 ? 1.0 : 0.25);
        }
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = size });
    }

    public void Dispose() => _cache.Dispose();
}
