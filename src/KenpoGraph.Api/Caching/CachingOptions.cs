namespace KenpoGraph.Api.Caching;

/// <summary>The <c>Caching</c> configuration section.</summary>
internal sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>Keep whole responses in memory (ETag and 304 work either way: the ETag is computed, not stored).</summary>
    public bool Responses { get; set; } = true;

    /// <summary>
    /// Cache-Control max-age. Small, because a new data version changes the answer and a cache that
    /// holds it does not ask us; clients that revalidate with If-None-Match get 304 at no execution cost.
    /// </summary>
    public int MaxAgeSeconds { get; set; } = 10;

    /// <summary>Upper bound on the bytes of cached responses; least recently used ones go first.</summary>
    public int ResponseCacheMegabytes { get; set; } = 64;

    /// <summary>Upper bound on the characters of cached documents (a parsed document is roughly ten times its text).</summary>
    public int DocumentCacheCharacters { get; set; } = 1_000_000;
}
