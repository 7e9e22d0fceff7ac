using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Hosting;
using KenpoGraph.Api.Caching;
using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.PersistedOperations;

/// <summary>
/// Persisted operations with Apollo's APQ protocol (<c>extensions.persistedQuery</c>, version 1): a request
/// may carry a document's SHA-256 instead of its text, which keeps GET URLs short enough for caches.
/// Registered operations are read once at start from *.graphql files; their hash is the file's, so
/// <c>sha256sum db/operations/*.graphql</c> lists them.
/// </summary>
internal sealed partial class PersistedOperationStore : IDisposable
{
    // Apollo clients recognise this exact message (and the code) and resend the query with its hash.
    private const string NotFoundMessage = "PersistedQueryNotFound";

    private readonly PersistedOperationOptions _options;
    private readonly Dictionary<string, string> _registered;
    private readonly BoundedMemoryCache _automatic;

    public PersistedOperationStore(IOptions<PersistedOperationOptions> options, ILogger<PersistedOperationStore> log)
    {
        _options = options.Value;
        var folder = _options.Directory ?? SeedLocation.FindAbove(Path.Combine("db", "operations"), System.IO.Directory.Exists);
        _registered = folder is not null && System.IO.Directory.Exists(folder)
            ? System.IO.Directory.EnumerateFiles(folder, "*.graphql", SearchOption.AllDirectories)
                .Select(File.ReadAllText)
                .ToDictionary(Sha256Hex, text => text, StringComparer.Ordinal)
            : [];
        _automatic = new BoundedMemoryCache(SizeLimit);
        LogRegistered(log, _registered.Count, folder ?? "(no db/operations found)", _options.Mode);
    }

    public PersistedOperationMode Mode => _options.Mode;

    public IReadOnlyDictionary<string, string> Registered => _registered;

    /// <summary>
    /// The document to run and its SHA-256, or the error that stops the request. <paramref name="partition"/> is the
    /// caller's (Caching/AccessScope.Partition): a document one client registered by APQ is found only by that client,
    /// so PersistedQueryNotFound tells no partner whether another has sent a document.
    /// </summary>
    public ResolvedOperation Resolve(string? query, JsonElement? extensions, string partition)
    {
        var hash = RequestedHash(extensions);
        if (query is null)
        {
            if (hash is null)
            {
                throw new KenpoError(ErrorCodes.BadRequest, "The `query` parameter is required.");
            }
            return Lookup(hash, partition) is { } known
                ? new ResolvedOperation(known, hash)
                : throw new KenpoError(ErrorCodes.PersistedQueryNotFound, NotFoundMessage);
        }

        var actual = Sha256Hex(query);
        if (hash is not null && hash != actual)
        {
            throw new KenpoError(ErrorCodes.PersistedQueryHashMismatch,
                $"extensions.persistedQuery.sha256Hash is {hash}, but the query's SHA-256 is {actual}.");
        }
        if (_options.Mode == PersistedOperationMode.AllowList)
        {
            return _registered.ContainsKey(actual)
                ? new ResolvedOperation(query, actual)
                : throw new KenpoError(ErrorCodes.PersistedQueryNotAllowed,
                    $"Only registered operations are accepted here; no operation with SHA-256 {actual} is registered.");
        }
        // Remembered only once it parsed and validated (Remember): 2,000 distinct unparsable 240 KB documents, each
        // refused with 400, were all kept and added 1 GB (issue 16).
        return new ResolvedOperation(query, actual) { Register = hash is not null && !_registered.ContainsKey(actual), Partition = partition };
    }

    /// <summary>APQ: keeps a document that parsed and validated under its hash, within the store's bound in bytes.</summary>
    public void Remember(ResolvedOperation operation)
    {
        if (operation.Register && _options.Mode == PersistedOperationMode.Automatic)
        {
            _automatic.Set(AutomaticKey(operation.Partition, operation.Sha256), operation.Query, EntrySize(operation.Query));
        }
    }

    /// <summary>The store's bound in bytes (PersistedOperations:AutomaticOperationMegabytes).</summary>
    public long SizeLimit => (long)_options.AutomaticOperationMegabytes * 1024 * 1024;

    /// <summary>The bytes the store holds by its own count.</summary>
    public long Size => _automatic.Size;

    public long Count => _automatic.Count;

    // The text as UTF-16, its 64-character hash key and the entry (about 256 bytes); never less than the share that keeps
    // the count within MaxAutomaticOperations.
    private long EntrySize(string query) =>
        Math.Max(query.Length * 2L + 64 * 2 + 256, SizeLimit / Math.Max(1, _options.MaxAutomaticOperations));

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public void Dispose() => _automatic.Dispose();

    private string? Lookup(string hash, string partition) =>
        _registered.TryGetValue(hash, out var text) ? text
        : _options.Mode == PersistedOperationMode.Automatic && _automatic.TryGetValue(AutomaticKey(partition, hash), out string? remembered) ? remembered
        : null;

    private static string AutomaticKey(string partition, string hash) => $"{partition}\n{hash}";

    private static string? RequestedHash(JsonElement? extensions)
    {
        if (extensions is not { } all || !all.TryGetProperty("persistedQuery", out var persisted) || persisted.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (persisted.ValueKind != JsonValueKind.Object
            || !persisted.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
            || !version.TryGetInt32(out var number) || number != 1)
        {
            throw new KenpoError(ErrorCodes.BadRequest, "`extensions.persistedQuery` must be an object with `version` 1.");
        }
        if (!persisted.TryGetProperty("sha256Hash", out var hash) || hash.ValueKind != JsonValueKind.String
            || !Sha256Pattern().IsMatch(hash.GetString()!))
        {
            throw new KenpoError(ErrorCodes.BadRequest, "`extensions.persistedQuery.sha256Hash` must be a SHA-256 in hexadecimal.");
        }
        return hash.GetString()!.ToLowerInvariant();
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial System.Text.RegularExpressions.Regex Sha256Pattern();

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} registered operation(s) from {Folder}; persisted operation mode {Mode}")]
    private static partial void LogRegistered(ILogger logger, int count, string folder, PersistedOperationMode mode);
}

/// <summary>The document a request runs, and its SHA-256 (lower-case hex) that the caches key on.</summary>
internal sealed record ResolvedOperation(string Query, string Sha256)
{
    /// <summary>APQ: the request sent the text with its hash, to be remembered once the document validates.</summary>
    public bool Register { get; init; }

    /// <summary>Whose APQ entry it becomes (Caching/AccessScope.Partition).</summary>
    public string Partition { get; init; } = "";
}
