using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KenpoGraph.Api.Health;

/// <summary>
/// /healthz: the process answers (liveness; checks nothing, so a slow warehouse never gets it restarted).
/// /readyz: the warehouse is reachable and a data version is loaded (readiness), 503 with the reason otherwise.
/// </summary>
internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static void AddKenpoGraphHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<WarehouseHealthCheck>("warehouse", tags: [ReadyTag]);

    public static void MapKenpoGraphHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data.Count == 0 ? null : e.Value.Data,
            }),
        }, cancellationToken: http.RequestAborted);
    }
}
