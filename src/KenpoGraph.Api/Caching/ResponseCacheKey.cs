using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Caching;

/// <summary>
/// Everything a response depends on: the data version (id and input digest, so a rebuilt warehouse that
/// reuses an id never matches), the document's SHA-256, the operation name, the variables, the caller's
/// access scope and the media type. The ETag is derived from the same text, so a new data version
/// changes every key and every ETag at once.
/// </summary>
internal sealed record ResponseCacheKey(string Value, string ETag)
{
    public static ResponseCacheKey Create(DataVersion version, string documentSha256, string? operationName,
        JsonElement? variables, AccessScope scope, string mediaType)
    {
        // Compact re-serialisation: the same variables sent with different whitespace share an entry.
        var variablesText = variables is { } v ? JsonSerializer.Serialize(v) : "";
        var value = string.Join('\n', $"{version.Id}:{version.InputDigest}", documentSha256, operationName ?? "",
            variablesText, scope.Key, mediaType);
        var digest = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(value)), 0, 18).Replace('+', '-').Replace('/', '_');
        // The version in front lets an operator read which data a client holds.
        return new ResponseCacheKey(value, $"\"v{version.Id}-{digest}\"");
    }
}
