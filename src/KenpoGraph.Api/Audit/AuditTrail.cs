using System.Globalization;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Telemetry;

namespace KenpoGraph.Api.Audit;

/// <summary>
/// One structured log line per request to /graphql, under its own category (<see cref="Category"/>) so it can be
/// routed and kept apart from the application log: when, which client and subject, with which scopes and branch
/// restriction, which operation (name and document hash) on which data version, how it ended and how long it took.
/// Only identifiers: no names, no addresses, no query text or variables.
/// </summary>
internal sealed partial class AuditTrail(ILoggerFactory loggers, TimeProvider clock)
{
    public const string Category = "KenpoGraph.Audit";

    private readonly ILogger _log = loggers.CreateLogger(Category);

    /// <summary>Middleware around /graphql, outside the rate limiter, so refusals are audited too.</summary>
    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var started = clock.GetTimestamp();
        var at = clock.GetUtcNow();
        try
        {
            await next(http);
        }
        finally
        {
            Write(http, at, clock.GetElapsedTime(started));
        }
    }

    private void Write(HttpContext http, DateTimeOffset at, TimeSpan duration)
    {
        var caller = http.RequestServices.GetRequiredService<RequestCaller>();
        var operation = http.Features.Get<OperationObservation>();
        var status = http.Response.StatusCode;
        // Requests the rate limiter refused never reached the endpoint, so nothing observed them.
        var outcome = operation?.Outcome ?? (status == StatusCodes.Status429TooManyRequests ? OperationOutcome.Rejected : OperationOutcome.Failed);
        var errorCode = operation is not null ? operation.FirstErrorCode
            : status == StatusCodes.Status429TooManyRequests ? ErrorCodes.RateLimited : null;
        Request(_log, at.ToString("O", CultureInfo.InvariantCulture), caller.ClientId, caller.Subject, string.Join(' ', caller.Rights.Scopes),
            caller.Rights.Branches.ToString(), operation?.OperationName, operation?.DocumentHash, operation?.DataVersionId,
            outcome, status, errorCode, Math.Round(duration.TotalMilliseconds, 1));
    }

    // Generated once at compile time: the template is not parsed and the values are not boxed into an array per request
    // (the audit line was the largest single cost of a response-cache hit).
    [LoggerMessage(EventId = 0, Level = LogLevel.Information,
        Message = "GraphQL request at {At}: client {ClientId}, subject {Subject}, scopes {Scopes}, branches {Branches}, operation {OperationName} "
            + "(document {DocumentHash}) on data version {DataVersion}: {Outcome} ({StatusCode}, {ErrorCode}) in {DurationMs} ms")]
    private static partial void Request(ILogger log, string at, string? clientId, string? subject, string scopes, string branches,
        string? operationName, string? documentHash, int? dataVersion, string outcome, int statusCode, string? errorCode, double durationMs);
}
