using System.Globalization;
using System.Threading.RateLimiting;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Transport;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.Limits;

/// <summary>
/// Per-client rate limiting of /graphql with ASP.NET Core's rate-limiting middleware: one window per client id
/// (azp or appid of the token) or, without a token, per remote address. A refusal is 429 with Retry-After and a
/// GraphQL-shaped body.
/// </summary>
internal static class ClientRateLimiting
{
    public const string Policy = "graphql-per-client";

    public static void AddClientRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(rateLimiter =>
        {
            rateLimiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            rateLimiter.OnRejected = OnRejectedAsync;
            rateLimiter.AddPolicy(Policy, http =>
            {
                var limit = http.RequestServices.GetRequiredService<IOptions<LimitOptions>>().Value.RateLimit;
                if (limit.PermitLimit <= 0)
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }
                var clock = http.RequestServices.GetRequiredService<TimeProvider>();
                return RateLimitPartition.Get(PartitionOf(http), _ =>
                    new FixedWindowLimiter(limit.PermitLimit, TimeSpan.FromSeconds(limit.WindowSeconds), clock));
            });
        });
    }

    /// <summary>"client:{azp}" for a token's client, "address:{ip}" for anonymous callers.</summary>
    internal static string PartitionOf(HttpContext http) =>
        CallerClaims.ClientId(http.User) is { } client
            ? $"client:{client}"
            : $"address:{http.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var seconds = 1;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        }
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status429TooManyRequests,
            new KenpoError(ErrorCodes.RateLimited, $"Too many requests from this client; retry after {seconds} s.",
                new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds }), cancellationToken: cancellationToken);
    }
}
