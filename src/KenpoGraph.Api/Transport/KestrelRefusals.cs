using KenpoGraph.Api.Errors;

namespace KenpoGraph.Api.Transport;

/// <summary>
/// Kestrel refuses some requests while the application reads them, by throwing <see cref="BadHttpRequestException"/>
/// from the body stream: a body slower than its minimum data rate (240 bytes/s after a 5 s grace, 408), one larger
/// than its own body limit (413), a malformed chunked encoding (400). Uncaught, each was a 500 INTERNAL_SERVER_ERROR
/// (issue 16); here each keeps Kestrel's status and gets a GraphQL error with a stable code. Kestrel answers a
/// request line or headers over its limits (414, 431) itself, before any application code runs, with an empty body.
/// </summary>
internal static class KestrelRefusals
{
    public static KenpoError ToError(BadHttpRequestException refused) => refused.StatusCode switch
    {
        StatusCodes.Status408RequestTimeout => new KenpoError(ErrorCodes.RequestTimeout,
            "The request body arrived too slowly; send it at once."),
        StatusCodes.Status413PayloadTooLarge => new KenpoError(ErrorCodes.RequestTooLarge, "The request body is larger than this server accepts."),
        _ => new KenpoError(ErrorCodes.BadRequest, "The HTTP request is malformed."),
    };

    /// <summary>The status to answer a refusal with: Kestrel's own, 400 when it named none we know.</summary>
    public static int StatusOf(BadHttpRequestException refused) =>
        refused.StatusCode is StatusCodes.Status408RequestTimeout or StatusCodes.Status413PayloadTooLarge
            ? refused.StatusCode
            : StatusCodes.Status400BadRequest;
}
