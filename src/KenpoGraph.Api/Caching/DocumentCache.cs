using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.Caching;

/// <summary>
/// Parsed and validated documents by their text, so a dashboard polling the same query skips parsing
/// and validation. Only documents that validated are kept; rules that depend on the request (GET may
/// only carry queries) run again from <see cref="ExecutionOptions.CachedDocumentValidationRules"/>.
/// (GraphQL.MemoryCache, which ships such a cache, is not served here; this is the same hook.)
/// </summary>
internal sealed class DocumentCache(IOptions<CachingOptions> options) : IConfigureExecution, IDisposable
{
    private readonly BoundedMemoryCache _documents = new(options.Value.DocumentCacheCharacters);
    private long _hits;
    private long _misses;

    /// <summary>Before the executer parses (its own steps start at 100 and up), after nothing else of ours.</summary>
    public float SortOrder => 200;

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>The parsed document of a query text that executed before, if it is still kept.</summary>
    public GraphQLDocument? Find(string query) => _documents.TryGetValue(query, out GraphQLDocument? cached) ? cached : null;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is null)
        {
            return await next(options);
        }
        if (_documents.TryGetValue(options.Query, out GraphQLDocument? cached) && cached is not null)
        {
            Interlocked.Increment(ref _hits);
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }

        Interlocked.Increment(ref _misses);
        var result = await next(options);
        if (result.Executed && result.Document is not null)
        {
            _documents.Set(options.Query, result.Document, options.Query.Length);
        }
        return result;
    }

    public void Dispose() => _documents.Dispose();
}
