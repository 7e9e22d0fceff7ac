using System.Text;
using KenpoGraph.Api.Errors;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KenpoGraph.Api.Shutdown;

/// <summary>
/// Graceful shutdown. From the moment the host begins to stop (SIGTERM, Ctrl+C), /readyz reports it so load
/// balancers stop sending traffic, GraphQL requests that have not started are refused with 503 and
/// <c>SHUTTING_DOWN</c> (and the connection closed), and requests already running finish: Kestrel waits for
/// them up to the host's shutdown timeout before the process ends.
/// </summary>
internal sealed class ShutdownGate
{
    private const string RefusedBody =
        """{"errors":[{"message":"The server is shutting down and did not start this request. """ +
        $$$"""Retry it; another instance will answer.","extensions":{"code":"{{{ErrorCodes.ShuttingDown}}}"}}]}""";

    private readonly CancellationToken _stopping;
    private long _inFlight;

    public ShutdownGate(IHostApplicationLifetime lifetime)
    {
        _stopping = lifetime.ApplicationStopping;
    }

    public bool IsStopping => _stopping.IsCancellationRequested;

    /// <summary>GraphQL requests started and not yet answered.</summary>
    public long InFlight => Interlocked.Read(ref _inFlight);

    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (!http.Request.Path.StartsWithSegments("/graphql"))
        {
            await next(http);
            return;
        }
        if (IsStopping)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.ContentType = "application/json; charset=utf-8";
            http.Response.Headers.Connection = "close";
            http.Response.Headers.RetryAfter = "1";
            http.Response.Headers.CacheControl = "no-store";
            await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(RefusedBody));
            return;
        }
        Interlocked.Increment(ref _inFlight);
        try
        {
            await next(http);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}

/// <summary>Not ready while stopping, whatever the warehouse says: traffic should go elsewhere.</summary>
internal sealed class ShutdownHealthCheck(ShutdownGate gate) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(gate.IsStopping
            ? HealthCheckResult.Unhealthy($"The server is shutting down: {gate.InFlight} GraphQL request(s) still running; new ones are refused.")
            : HealthCheckResult.Healthy("Accepting requests."));
}

internal static class ShutdownGateRegistration
{
    public static void AddShutdownGate(this IServiceCollection services)
    {
        services.AddSingleton<ShutdownGate>();
        services.AddHealthChecks().AddCheck<ShutdownHealthCheck>("shutdown", tags: [Health.HealthEndpoints.ReadyTag]);
    }

    public static void UseShutdownGate(this IApplicationBuilder app)
    {
        var gate = app.ApplicationServices.GetRequiredService<ShutdownGate>();
        app.Use(gate.InvokeAsync);
    }
}
