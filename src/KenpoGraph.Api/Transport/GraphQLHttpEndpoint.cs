using System.Buffers;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.Caching;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Export;
using KenpoGraph.Api.Limits;
using KenpoGraph.Api.PersistedOperations;
using KenpoGraph.Api.Telemetry;
using KenpoGraph.Api.Validation;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Warehouse.Model;
using KenpoGraph.Warehouse.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KenpoGraph.Api.Transport;

/// <summary>
/// /graphql per the GraphQL-over-HTTP specification: POST with application/json, GET for queries,
/// media-type negotiation, and status codes that depend on the negotiated type (GraphQL request errors are
/// 400 under application/graphql-response+json and 200 under legacy application/json; a request that is
/// not a GraphQL-over-HTTP request at all is 400 under both). <c>Accept: text/csv</c> answers a query's list as a
/// table (Export/): the same execution, authorization, limits and cache, with the answer written as CSV; every refusal
/// and every answer with errors is the GraphQL JSON (application/graphql-response+json), never half a table.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    PersistedOperationStore persistedOperations,
    ResponseCache responses,
    IAccessScopeResolver scopes,
    IOptions<CachingOptions> caching,
    IOptions<LimitOptions> limits,
    OperationLimitsRule limitsRule,
    OperationTelemetry telemetry,
    ILogger<GraphQLHttpEndpoint> log)
{
    // Rules that depend on the request or on the variables run for every request, also for a cached document;
    // the core rules run once per document (Caching/DocumentCache).
    private readonly IValidationRule[] _perRequestRules = limits.Value.Introspection
        ? [limitsRule]
        : [limitsRule, NoIntrospectionValidationRule.Instance];

    public async Task HandleAsync(HttpContext http)
    {
        // One deadline for the whole request: reading the body, parsing, validation and execution share
        // Limits:ExecutionTimeoutSeconds, so a slow body and a slow execution cannot each take it in full (issue 16).
        var deadline = RequestDeadline.Start(TimeSpan.FromSeconds(limits.Value.ExecutionTimeoutSeconds), http.RequestAborted);
        using var observation = telemetry.Start();
        // The audit line (Audit/AuditTrail) reads what this request turned out to be from its observation.
        http.Features.Set(observation);
        var mediaType = GraphQLMediaType.Negotiate(http.Request.GetTypedHeaders().Accept, csv: true);
        if (mediaType is null)
        {
            http.Response.Headers.Accept = GraphQLMediaType.SupportedWithCsv;
            observation.Rejected(ErrorCodes.NotAcceptable);
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, GraphQLMediaType.Json,
                new KenpoError(ErrorCodes.NotAcceptable, $"Accept must allow {GraphQLMediaType.SupportedWithCsv}."));
            return;
        }
        // GraphQL-Cost: report / validate (Limits/CostReport) answers what the request costs, which only JSON can carry.
        var costMode = CostReport.Requested(http.Request);
        if (mediaType == GraphQLMediaType.Csv && costMode is not null)
        {
            mediaType = GraphQLMediaType.GraphQLResponse;
        }
        var csv = mediaType == GraphQLMediaType.Csv;
        // Refusals and answers with errors are never a CSV: they are sent as GraphQL JSON, with that type's status codes.
        var jsonType = csv ? GraphQLMediaType.GraphQLResponse : mediaType;

        // Who may ask is settled before the body is read or a cached answer is looked up.
        if (await http.RequestServices.GetRequiredService<AccessGate>().CheckAsync(http) is { } refusal)
        {
            http.Response.SetChallenge(refusal);
            observation.Rejected(refusal.Error.StableCode);
            await WriteErrorAsync(http, refusal.StatusCode, jsonType, refusal.Error);
            return;
        }

        var scope = scopes.Resolve(http);
        GraphQLHttpRequest request;
        ResolvedOperation operation;
        bool decimalsAsText;
        try
        {
            decimalsAsText = DecimalText.Requested(http.Request);
            request = await ReadAsync(http, limits.Value.MaxRequestBodyBytes, deadline);
            operation = persistedOperations.Resolve(request.Query, request.Extensions, scope.Partition);
            DocumentLineLength.Ensure(operation.Query);
        }
        catch (KenpoError error)
        {
            var status = StatusOf(error, jsonType);
            if (status == StatusCodes.Status405MethodNotAllowed)
            {
                http.Response.Headers.Allow = "GET, POST";
            }
            observation.Rejected(error.Code ?? ErrorCodes.InternalServerError);
            await WriteErrorAsync(http, status, jsonType, error);
            return;
        }

        // Touching the warehouse pins this request's data version; execution below reads the same one.
        var version = PinnedVersion(http);
        observation.Describe(request.OperationName, operation.Sha256);
        observation.DataVersion(version?.Id);
        // GraphQL-Cost: report / validate answers what this request costs, so it never comes from the response cache.
        var key = version is null || costMode is not null ? null
            : ResponseCacheKey.Create(version, operation.Sha256, request.OperationName, request.Variables, scope,
                decimalsAsText ? $"{mediaType}; decimals=string" : mediaType);
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
        IValidationRule[] perRequest = isGet ? [.. _perRequestRules, GetOperationsOnlyRule.Instance] : _perRequestRules;
        if (costMode == "validate")
        {
            perRequest = [.. perRequest, CostValidateOnlyRule.Instance];
        }
        if (csv)
        {
            perRequest = [.. perRequest, CsvTableRule.Instance];
        }
        var userContext = new Dictionary<string, object?>();
        // The last guard on the answer's size (Limits/ResponseGuard) stops the execution through this token.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        ResponseGuard.Begin(userContext, stop, limits.Value.MaxResponseValues);
        var options = new ExecutionOptions
        {
            Query = operation.Query,
            OperationName = request.OperationName,
            Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null,
            Extensions = request.Extensions is { } extensions ? serializer.ReadNode<Inputs>(extensions) : null,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = stop.Token,
            UserContext = userContext,
            // Over GET a mutation is refused as 405 (GetOperationsOnlyRule) whether or not the schema has mutations.
            ValidationRules = isGet ? [.. DocumentValidator.CoreRules, .. perRequest] : [OperationTypeExistsRule.Instance, .. DocumentValidator.CoreRules, .. perRequest],
            // A cached document skips the core rules (it passed them once) but not the per-request ones.
            CachedDocumentValidationRules = perRequest,
            Timeout = deadline.Remaining,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        };
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(options);
        }
        catch (OperationCanceledException) when (ResponseGuard.Tripped(userContext) && !http.RequestAborted.IsCancellationRequested)
        {
            result = ResponseGuard.StoppedAnswer(limits.Value.MaxResponseValues);
        }

        if (result.Streams is not null)
        {
            // A subscription over plain HTTP: nothing to stream to (its event source is released, never subscribed to).
            result = new ExecutionResult
            {
                Errors = [new KenpoError(ErrorCodes.SubscriptionNeedsStream,
                    "A subscription needs a stream: send it with Accept: text/event-stream (graphql-sse) or over a WebSocket (graphql-transport-ws); see docs/subscriptions.md.")],
            };
        }

        // APQ keeps only documents that parsed and validated (PersistedOperations/PersistedOperationStore.Remember).
        if (result.Executed)
        {
            persistedOperations.Remember(operation);
        }

        var statusCode = StatusCodes.Status200OK;
        var validatedOnly = false;
        if (result.Errors?.Any(e => e is CostValidatedOnly) == true)
        {
            // GraphQL-Cost: validate: the marker is no error of the client's; other errors stay.
            var others = result.Errors.Where(e => e is not CostValidatedOnly).ToArray();
            validatedOnly = others.Length == 0;
            result.Errors = validatedOnly ? null : [.. others];
        }
        if (validatedOnly)
        {
            statusCode = StatusCodes.Status200OK;
        }
        else if (result.Errors?.Any(e => e is GetOperationsOnlyError) == true)
        {
            statusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "POST";
        }
        else if (result.Errors?.Any(e => e is TimeoutError) == true)
        {
            // The server gave up, not the client: no partial data of an interrupted execution is sent.
            result.Data = null;
            statusCode = StatusCodes.Status504GatewayTimeout;
        }
        else if (result.Errors?.Any(e => e is CsvNotTabularError) == true)
        {
            // The operation has an answer, but not one a table holds: the same request is answered as JSON.
            statusCode = StatusCodes.Status406NotAcceptable;
        }
        else if (!result.Executed)
        {
            statusCode = RequestErrorStatus(jsonType);
        }
        else if (csv && result.Errors is { Count: > 0 } fieldErrors)
        {
            statusCode = CsvRefusal.StatusOfFieldErrors(fieldErrors);
        }
        foreach (var error in result.Errors?.Where(e => KenpoErrorInfoProvider.CodeOf(e) == ErrorCodes.InternalServerError) ?? [])
        {
            log.LogError(error.InnerException ?? error, "Unexpected error while executing {OperationName}", request.OperationName);
        }
        // The client is told the warehouse is unavailable; the log keeps the cause (which file, which SQLite error) once per request.
        if (result.Errors?.FirstOrDefault(e => KenpoErrorInfoProvider.CodeOf(e) == ErrorCodes.WarehouseUnavailable) is { } unavailable)
        {
            log.LogWarning("Warehouse unavailable while executing {OperationName}: {Cause}", request.OperationName,
                WarehouseFaults.FindUnavailable(unavailable)?.Message);
        }

        result.Extensions ??= new Dictionary<string, object?>();
        result.Extensions["dataVersion"] = version?.Id;
        if (costMode is not null && CostReport.Measured(userContext) is { } measured)
        {
            result.Extensions["operationCost"] = CostReport.Extension(measured, limits.Value.MaxCost);
        }
        var (body, tooLarge) = await WriteWithinLimitAsync(buffer => serializer.WriteAsync(buffer, result, http.RequestAborted), "answer", version, http.RequestAborted);
        if (tooLarge is not null)
        {
            result = tooLarge;
            if (csv)
            {
                statusCode = CsvRefusal.StatusOfFieldErrors(result.Errors!);
            }
        }
        if (decimalsAsText && !csv && result.Data is not null && result.Document is { } document && result.Operation is { } executed)
        {
            // KenpoGraph-Decimals: string (Export/DecimalText): the same answer, its Decimals written as strings of their digits.
            using var numbers = body;
            (body, tooLarge) = await WriteWithinLimitAsync(buffer =>
            {
                DecimalText.Rewrite(schema, document, executed, options.Variables, numbers.Written, buffer);
                return Task.CompletedTask;
            }, "answer", version, http.RequestAborted);
            result = tooLarge ?? result;
        }
        if (csv && statusCode == StatusCodes.Status200OK && result.Executed && result.Errors is not { Count: > 0 }
            && CsvTableRule.Found(userContext) is { } table)
        {
            using var json = body;
            (body, tooLarge) = await WriteWithinLimitAsync(buffer =>
            {
                CsvWriter.Write(table, json.Written, buffer);
                return Task.CompletedTask;
            }, "table", version, http.RequestAborted);
            if (tooLarge is not null)
            {
                result = tooLarge;
                statusCode = CsvRefusal.StatusOfFieldErrors(result.Errors!);
                csv = false;
            }
        }
        else
        {
            csv = false;
        }
        using var written = body;
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
        await WriteBodyAsync(http, statusCode, csv ? mediaType : jsonType, body.Written);
    }

    /// <summary>
    /// One representation of the answer written within Limits:MaxResponseBytes; past it, the RESPONSE_TOO_LARGE answer that
    /// stands for it (and its bytes) instead.
    /// </summary>
    private async Task<(PooledResponseBuffer Body, ExecutionResult? TooLarge)> WriteWithinLimitAsync(Func<PooledResponseBuffer, Task> write, string what,
        DataVersion? version, CancellationToken cancellationToken)
    {
        var body = new PooledResponseBuffer(limits.Value.MaxResponseBytes);
        try
        {
            await write(body);
            return (body, null);
        }
        catch (ResponseTooLargeException tooLarge)
        {
            body.Dispose();
            var refused = ResponseGuard.TooLargeAnswer($"The {what} is larger than {tooLarge.MaxBytes:N0} bytes (Limits:MaxResponseBytes) and was not sent; ask for fewer rows or fields.");
            refused.Extensions = new Dictionary<string, object?> { ["dataVersion"] = version?.Id };
            var small = new PooledResponseBuffer();
            await serializer.WriteAsync(small, refused, cancellationToken);
            return (small, refused);
        }
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
        response.Headers.Vary = scope.IsShared ? $"Accept, {DecimalText.Header}" : $"Accept, {DecimalText.Header}, Authorization";
    }

    private static async Task WriteBodyAsync(HttpContext http, int statusCode, string mediaType, ReadOnlyMemory<byte> body)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }


    /// <summary>The status of a request refused before execution (shared with the event-stream transport, Subscriptions/).</summary>
    internal static int StatusOf(KenpoError error, string mediaType) => error.Code switch
    {
        ErrorCodes.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
        ErrorCodes.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ErrorCodes.RequestTooLarge => StatusCodes.Status413RequestEntityTooLarge,
        ErrorCodes.RequestTimeout => StatusCodes.Status408RequestTimeout,
        // A well-formed request naming a document we will not run: a GraphQL request error.
        ErrorCodes.PersistedQueryNotFound or ErrorCodes.PersistedQueryHashMismatch or ErrorCodes.PersistedQueryNotAllowed
            or ErrorCodes.ParseFailed => RequestErrorStatus(mediaType),
        // Not a well-formed GraphQL-over-HTTP request (bad JSON, no query): 400 whatever the
        // media type; the legacy 200 is only for GraphQL request errors (graphql-http audit BCF8).
        _ => StatusCodes.Status400BadRequest,
    };

    internal static async Task<GraphQLHttpRequest> ReadAsync(HttpContext http, int maxBodyBytes, RequestDeadline deadline)
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
        if (http.Request.ContentLength > maxBodyBytes)
        {
            throw TooLarge(maxBodyBytes);
        }
        // Counted as it arrives as well: a chunked body declares no length. Read into one pooled buffer, sized by the
        // declared length when there is one (a MemoryStream and a fresh 16 KB chunk per request were ~3 % of a cached answer).
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(Math.Max((int)(http.Request.ContentLength ?? 0) + 1, 1024), maxBodyBytes + 1));
        var length = 0;
        using var reading = deadline.Token();
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(buffer.AsMemory(length), reading.Token)) > 0)
            {
                length += read;
                if (length > maxBodyBytes)
                {
                    throw TooLarge(maxBodyBytes);
                }
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBodyBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
            return GraphQLHttpRequest.FromJsonBody(buffer.AsMemory(0, length));
        }
        catch (OperationCanceledException) when (deadline.Expired(reading))
        {
            throw new KenpoError(ErrorCodes.RequestTimeout, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The request body did not arrive within {deadline.Length.TotalSeconds:0.#} s (Limits:ExecutionTimeoutSeconds, the whole request's deadline); send it at once."));
        }
        catch (BadHttpRequestException refused)
        {
            throw KestrelRefusals.ToError(refused);
        }
        finally
        {
            // FromJsonBody keeps nothing of the buffer (what it returns is cloned out of it).
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static KenpoError TooLarge(int maxBodyBytes) => new(ErrorCodes.RequestTooLarge,
        $"The request body is larger than this server accepts ({maxBodyBytes:N0} bytes, Limits:MaxRequestBodyBytes).",
        new Dictionary<string, object?> { ["limit"] = maxBodyBytes });

    /// <summary>A request error (the document was never executed): 400 for the new media type, 200 for legacy JSON.</summary>
    private static int RequestErrorStatus(string mediaType) =>
        mediaType == GraphQLMediaType.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private static Task WriteErrorAsync(HttpContext http, int statusCode, string mediaType, ExecutionError error) =>
        GraphQLErrorResponse.WriteAsync(http, statusCode, error, mediaType, http.RequestAborted);
}
