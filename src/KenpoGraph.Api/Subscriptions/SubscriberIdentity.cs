using System.Globalization;
using KenpoGraph.Api.Access;

namespace KenpoGraph.Api.Subscriptions;

/// <summary>
/// Who a subscription belongs to, kept for as long as it runs: a request of its own (never the transport's, which
/// Kestrel recycles) holding the validated principal and the bearer header, which <see cref="RequestCaller.ActAs"/>
/// reads with the same rules as any request. Each event's scope gets a caller acting as it.
/// </summary>
internal sealed class SubscriberIdentity
{
    private SubscriberIdentity(HttpContext request) => Request = request;

    public HttpContext Request { get; }

    /// <summary>When the token stops being valid; null for anonymous callers. Subscriptions end then (docs/subscriptions.md).</summary>
    public DateTimeOffset? ExpiresAt => Request.User.FindFirst("exp")?.Value is { } exp && long.TryParse(exp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
        ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    /// <summary>The client the connection limit counts against: the token's client id, else the remote address.</summary>
    public string ClientKey { get; private set; } = "";

    /// <summary>
    /// Validates <paramref name="authorization"/> (a header value, "Bearer …", or empty) exactly as the HTTP endpoint does
    /// (<see cref="AccessGate"/>), in <paramref name="services"/> (the subscription's scope, whose caller then acts as it).
    /// </summary>
    public static async Task<(SubscriberIdentity Identity, AccessRefusal? Refusal)> AuthenticateAsync(IServiceProvider services, string? authorization, HttpContext transport)
    {
        var request = new DefaultHttpContext { RequestServices = services };
        request.Connection.RemoteIpAddress = transport.Connection.RemoteIpAddress;
        if (!string.IsNullOrEmpty(authorization))
        {
            request.Request.Headers.Authorization = authorization;
        }
        var caller = services.GetRequiredService<RequestCaller>();
        caller.ActAs(request);
        var refusal = await services.GetRequiredService<AccessGate>().CheckAsync(request);
        caller.ActAs(request);
        var identity = new SubscriberIdentity(request)
        {
            ClientKey = CallerClaims.ClientId(request.User) is { } client ? $"client:{client}" : $"address:{transport.Connection.RemoteIpAddress}",
        };
        return (identity, refusal);
    }
}
