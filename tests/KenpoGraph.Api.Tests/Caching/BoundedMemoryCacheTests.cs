using KenpoGraph.Api.Caching;

namespace KenpoGraph.Api.Tests.Caching;

public sealed class BoundedMemoryCacheTests
{
    [Fact]
    public void The_entry_just_set_is_kept_when_the_cache_is_full_and_the_bound_holds()
    {
        // A plain MemoryCache refuses the 11th entry here (it would pass the limit) and compacts later on the thread pool.
        using var cache = new BoundedMemoryCache(sizeLimit: 1_000);
        for (var i = 0; i < 200; i++)
        {
            cache.Set($"k{i}", i, size: 100);

            Assert.True(cache.TryGetValue($"k{i}", out int kept), $"entry {i} was not kept");
            Assert.Equal(i, kept);
            Assert.InRange(cache.Size, 100, 1_000);
        }
    }

    [Fact]
    public void An_entry_larger_than_the_bound_is_not_kept_and_evicts_nothing()
    {
        using var cache = new BoundedMemoryCache(sizeLimit: 1_000);
        cache.Set("small", 1, size: 10);

        cache.Set("huge", 2, size: 1_001);

        Assert.False(cache.TryGetValue("huge", out int _));
        Assert.True(cache.TryGetValue("small", out int _));
    }
}
