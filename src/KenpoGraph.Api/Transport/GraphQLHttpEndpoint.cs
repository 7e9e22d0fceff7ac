using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Warehouse;
using Microsoft.Net.Http.Headers;

namespace KenpoGraph.Api.Transport;

/// <summary>
/// /graphql per the GraphQL-over-HTTP specification: POST with application/json, GET for queries,
/// media-type negotiation, and status codes that depend on the negotiated type (GraphQL request errors are
/// 400 under application/graphql-response+json and 200 under legacy application/json; a request that is
/// not a GraphQL-over-HTTP request at all is 400 under both).
/// </summary>
internal sealed class GraphQLHttpEndpoint(IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, ILogger<GraphQLHttpEndpoint> log)
{
    private static readonly IValidationRule[] GetRules = [.. DocumentValidator.CoreRules, GetOperationsOnlyRule.Instance];

    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = GraphQLMediaType.Negotiate(http.Request.GetTypedHeaders().Accept);
        if (mediaType is null)
        {
            http.Response.Headers.Accept = GraphQLMediaType.Supported;
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, GraphQLMediaType.Json,
                new KenpoError(ErrorCodes.NotAcceptable, $"Accept must allow {GraphQLMediaType.Supported}."));
            return;
        }

        GraphQLHttpRequest request;
        try
        {
            request = await ReadAsync(http);
        }
        catch (KenpoError error)
        {
            var status = error.Code switch
            {
                ErrorCodes.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
                ErrorCodes.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
                // Not a well-formed GraphQL-over-HTTP request (bad JSON, no query): 400 whatever the
                // media type; the legacy 200 is only for GraphQL request errors (graphql-http audit BCF8).
                _ => StatusCodes.Status400BadRequest,
            };
            if (status == StatusCodes.Status405MethodNotAllowed)
            {
                http.Response.Headers.Allow = "GET, POST";
            }
            await WriteErrorAsync(http, status, mediaType, error);
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null,
            Extensions = request.Extensions is { } extensions ? serializer.ReadNode<Inputs>(extensions) : null,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            ValidationRules = isGet ? GetRules : null,
        });

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
        result.Extensions["dataVersion"] = http.RequestServices.GetRequiredService<RequestWarehouse>().VersionIdOrNull;
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
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
