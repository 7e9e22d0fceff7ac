using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using KenpoGraph.Api.Caching;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.PersistedOperations;
using KenpoGraph.Api.Telemetry;
using KenpoGraph.Api.Warehouse;
using KenpoGraph.Warehouse.Model;
using KenpoGraph.Warehouse.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KenpoGraph.Api.Transport;

/// <summary>
/// /graphql per the GraphQL-over-HTTP specification: POST with application/json, GET for queries,
/// media-type negotiation, and status codes that depend on the negotiated type (GraphQL request errors are
/// 400 under application/graphql-response+json and 200 under legacy application/json; a request that is
/// not a GraphQL-over-HTTP request at all is 400 under both).
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    PersistedOperationStore persistedOperations,
    ResponseCache responses,
    IAccessScopeResolver scopes,
    IOptions<CachingOptions> caching,
    OperationTelemetry telemetry,
    ILogger<GraphQLHttpEndpoint> log)
{
    private static readonly IValidationRule[] GetRules = [.. DocumentValidator.CoreRules, GetOperationsOnlyRule.Instance];
    private static readonly IValidationRule[] CachedGetRules = [GetOperationsOnlyRule.Instance];

    public async Task HandleAsync(HttpContext http)
    {
        using var observation = telemetry.Start();
        var mediaType = GraphQLMediaType.Negotiate(http.Request.GetTypedHeaders().Accept);
        if (mediaType is null)
        {
            http.Response.Headers.Accept = GraphQLMediaType.Supported;
            observation.Rejected(ErrorCodes.NotAcceptable);
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, GraphQLMediaType.Json,
                new KenpoError(ErrorCodes.NotAcceptable, $"Accept must allow {GraphQLMediaType.Supported}."));
            return;
        }

        GraphQLHttpRequest request;
        ResolvedOperation operation;
        try
        {
            request = await ReadAsync(http);
            operation = persistedOperations.Resolve(request.Query, request.Extensions);
        }
        catch (KenpoError error)
        {
            var status = error.Code switch
            {
                ErrorCodes.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
                ErrorCodes.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
                // A well-formed request naming a document we will not run: a GraphQL request error.
                ErrorCodes.PersistedQueryNotFound or ErrorCodes.PersistedQueryHashMismatch or ErrorCodes.PersistedQueryNotAllowed
                    => RequestErrorStatus(mediaType),
                // Not a well-formed GraphQL-over-HTTP request (bad JSON, no query): 400 whatever the
                // media type; the legacy 200 is only for GraphQL request errors (graphql-http audit BCF8).
                _ => StatusCodes.Status400BadRequest,
            };
            if (status == StatusCodes.Status405MethodNotAllowed)
            {
                http.Response.Headers.Allow = "GET, POST";
            }
            observation.Rejected(error.Code ?? ErrorCodes.InternalServerError);
            await WriteErrorAsync(http, status, mediaType, error);
            return;
        }

        // Touching the warehouse pins this request's data version; execution below reads the same one.
        var version = PinnedVersion(http);
        observation.Describe(request.OperationName, operation.Sha256);
        observation.DataVersion(version?.Id);
        var scope = scopes.Resolve(http);
        var key = version is null ? null
            : ResponseCacheKey.Create(version, operation.Sha256, request.OperationName, request.Variables, scope, mediaType);
        if (key is not null)
        {
            if (Matches(http.Request.GetTypedHeaders().IfNoneMatch, key.ETag))
            {
                SetCacheHeaders(http.Response, key, scope);
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                observation.Cached(notModified: true, operation.Query);
                return;
            }
            if (responses.Get(key) is { } cached)
            {
                SetCacheHeaders(http.Response, key, scope);
                http.Response.Headers["X-Cache"] = "HIT";
                observation.Cached(notModified: false, operation.Query);
                await WriteBodyAsync(http, StatusCodes.Status200OK, mediaType, cached);
                return;
            }
            observation.CacheMissed();
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var options = new ExecutionOptions
        {
            Query = operation.Query,
            OperationName = request.OperationName,
            Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null,
            Extensions = request.Extensions is { } extensions ? serializer.ReadNode<Inputs>(extensions) : null,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            ValidationRules = isGet ? GetRules : null,
            // A cached document skips the core rules (it passed them once) but not the per-request GET rule.
            CachedDocumentValidationRules = isGet ? CachedGetRules : null,
        };
        var result = await executer.ExecuteAsync(options);

        var statusCode = StatusCodes.Status200OK;
        if (result.Errors?.Any(e => e is GetOperationsOnlyError) == true)
        {
            statusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "POST";
        }
        else if (!result.Executed)
        {
            statusCode = RequestErrorStatus(mediaType);
        }
        foreach (var error in result.Errors?.Where(e => KenpoErrorInfoProvider.CodeOf(e) == ErrorCodes.InternalServerError) ?? [])
        {
            log.LogError(error.InnerException ?? error, "Unexpected error while executing {OperationName}", request.OperationName);
        }

        result.Extensions ??= new Dictionary<string, object?>();
        result.Extensions["dataVersion"] = version?.Id;
        using var body = new PooledResponseBuffer();
        await serializer.WriteAsync(body, result, http.RequestAborted);
        observation.Executed(result, options.Variables, operation.Query);

        // Only complete answers to queries are cached: an error may be transient (warehouse unreadable)
        // and must be retried, not replayed.
        if (key is not null && statusCode == StatusCodes.Status200OK && result.Executed && result.Errors is not { Count: > 0 }
            && result.Operation?.Operation == OperationType.Query)
        {
            if (responses.Enabled)
            {
                responses.Set(key, body.Written.ToArray());
            }
            SetCacheHeaders(http.Response, key, scope);
            http.Response.Headers["X-Cache"] = "MISS";
        }
        else
        {
            http.Response.Headers.CacheControl = "no-store";
        }
        await WriteBodyAsync(http, statusCode, mediaType, body.Written);
    }

    private static DataVersion? PinnedVersion(HttpContext http)
    {
        try
        {
            return http.RequestServices.GetRequiredService<RequestWarehouse>().Snapshot.Version;
        }
        catch (WarehouseUnavailableException)
        {
            return null;
        }
    }

    private static bool Matches(IList<EntityTagHeaderValue> ifNoneMatch, string etag) =>
        ifNoneMatch.Any(tag => tag.Tag.Equals(etag, StringComparison.Ordinal));

    /// <summary>ETag and Cache-Control for a cacheable answer; private when it depends on who asks.</summary>
    private void SetCacheHeaders(HttpResponse response, ResponseCacheKey key, AccessScope scope)
    {
        response.Headers.ETag = key.ETag;
        var maxAge = caching.Value.MaxAgeSeconds;
        response.Headers.CacheControl = scope.IsShared ? $"public, max-age={maxAge}" : $"private, max-age={maxAge}";
        response.Headers.Vary = scope.IsShared ? "Accept" : "Accept, Authorization";
    }

    private static async Task WriteBodyAsync(HttpContext http, int statusCode, string mediaType, ReadOnlyMemory<byte> body)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    private static async Task<GraphQLHttpRequest> ReadAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method))
        {
            return GraphQLHttpRequest.FromQueryString(http.Request.Query);
        }
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            throw new KenpoError(ErrorCodes.MethodNotAllowed, $"{http.Request.Method} is not supported; use GET for queries or POST.");
        }
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType.Value, GraphQLMediaType.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            throw new KenpoError(ErrorCodes.UnsupportedMediaType, "A POST body must be application/json (UTF-8).");
        }
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        return GraphQLHttpRequest.FromJsonBody(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>A request error (the document was never executed): 400 for the new media type, 200 for legacy JSON.</summary>
    private static int RequestErrorStatus(string mediaType) =>
        mediaType == GraphQLMediaType.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private async Task WriteErrorAsync(HttpContext http, int statusCode, string mediaType, ExecutionError error)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error] }, http.RequestAborted);
    }
}
