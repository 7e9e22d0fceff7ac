using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KenpoGraph.Api.Telemetry;

/// <summary>
/// OpenTelemetry for the web host: traces from ASP.NET Core and our "KenpoGraph" source, sent over OTLP only
/// when a collector is configured; metrics from ASP.NET Core and our "KenpoGraph" meter, scraped at /metrics.
/// </summary>
internal static class TelemetryRegistration
{
    /// <summary>Collector address when the standard OTEL_EXPORTER_OTLP_ENDPOINT is not set.</summary>
    public const string OtlpEndpointKey = "Telemetry:OtlpEndpoint";

    public const string MetricsPath = "/metrics";

    public static void AddKenpoGraphTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<KenpoGraphMetrics>();
        builder.Services.AddSingleton<OperationTelemetry>();

        var standardEndpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var configuredEndpoint = builder.Configuration[OtlpEndpointKey];
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("kenpograph"))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(aspNet =>
                        // Probes and scrapes every few seconds would drown the traces that matter.
                        aspNet.Filter = http => !IsOperational(http.Request.Path))
                    .AddSource(KenpoGraphTelemetry.Name);
                if (!string.IsNullOrWhiteSpace(standardEndpoint))
                {
                    // The exporter reads OTEL_EXPORTER_OTLP_* (endpoint, protocol, headers) itself.
                    tracing.AddOtlpExporter();
                }
                else if (!string.IsNullOrWhiteSpace(configuredEndpoint))
                {
                    tracing.AddOtlpExporter(otlp => otlp.Endpoint = new Uri(configuredEndpoint));
                }
            })
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(KenpoGraphTelemetry.Name)
                // The runtime's own meter: GC heap and pauses, thread pool queue, lock contention and JIT activity
                // (dotnet_jit_compiled_methods_total, which the benchmark watches to start measuring only once the
                // runtime has finished recompiling hot code).
                .AddMeter("System.Runtime")
                // No scrape cache: one Prometheus per replica, and a scrape must show what just happened.
                .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
    }

    /// <summary>GET /metrics in Prometheus text format. Unauthenticated for now: issue 6 decides how it is protected.</summary>
    public static void MapKenpoGraphMetrics(this IEndpointRouteBuilder app) => app.MapPrometheusScrapingEndpoint(MetricsPath);

    private static bool IsOperational(PathString path) =>
        path.StartsWithSegments(MetricsPath) || path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
