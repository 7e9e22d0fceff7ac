using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.Caching;

/// <summary>
/// Serialised responses by <see cref="ResponseCacheKey"/>, bounded in bytes. Entries of an older data
/// version are never hit again (their keys name the old version) and age out as space is needed.
/// Per replica: replicas never share entries, and never serve mixed versions because the key holds it.
/// </summary>
internal sealed class ResponseCache(IOptions<CachingOptions> options) : IDisposable
{
    private readonly BoundedMemoryCache _responses = new((long)options.Value.ResponseCacheMegabytes * 1024 * 1024);

    public bool Enabled { get; } = options.Value.Responses;

    public byte[]? Get(ResponseCacheKey key) =>
        Enabled && _responses.TryGetValue(key.Value, out byte[]? body) ? body : null;

    public void Set(ResponseCacheKey key, byte[] body)
    {
        if (Enabled)
        {
            // The key counts too: it holds the variables, which can be far larger than the answer (a 2 MB string
            // that matches nothing answers with a few bytes), and uncounted keys grew the heap by 900 MB under the fuzzer.
            _responses.Set(key.Value, body, body.Length + key.Value.Length * sizeof(char));
        }
    }

    public void Dispose() => _responses.Dispose();
}
