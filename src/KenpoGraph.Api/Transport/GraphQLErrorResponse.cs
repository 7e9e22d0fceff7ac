using GraphQL;
using Microsoft.Net.Http.Headers;

namespace KenpoGraph.Api.Transport;

/// <summary>
/// Writes a refusal as a GraphQL response ({"errors":[{message, extensions.code}]}) in the media type the client
/// accepts, for every part of the pipeline that refuses a request: the endpoint, the rate limiter, the metrics gate.
/// </summary>
internal static class GraphQLErrorResponse
{
    /// <param name="mediaType">The negotiated response type; null: negotiate from Accept, plain JSON when it allows neither.</param>
    public static async Task WriteAsync(HttpContext http, int statusCode, ExecutionError error, string? mediaType = null,
        CancellationToken cancellationToken = default)
    {
        mediaType ??= GraphQLMediaType.Negotiate(http.Request.GetTypedHeaders().Accept) ?? GraphQLMediaType.Json;
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error] }, cancellationToken);
    }
}
