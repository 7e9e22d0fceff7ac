using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KenpoGraph.Api.Telemetry;

/// <summary>
/// OpenTelemetry for the web host: traces from ASP.NET Core and our "KenpoGraph" source, recorded and sent over
/// OTLP only when a collector is configured; metrics from ASP.NET Core and our "KenpoGraph" meter, scraped at /metrics.
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
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("kenpograph"));
        // Traces are recorded only when a collector will receive them: with none configured, ASP.NET Core's
        // instrumentation built, enriched and dropped a span on every request (~3 % of a response-cache hit, issue 20).
        // Our own "KenpoGraph" span is still started for any listener, and ASP.NET Core's request activity (which it
        // creates for its log scopes) stays its parent.
        if (!string.IsNullOrWhiteSpace(standardEndpoint) || !string.IsNullOrWhiteSpace(configuredEndpoint))
        {
            telemetry.WithTracing(tracing =>
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
                else
                {
                    tracing.AddOtlpExporter(otlp => otlp.Endpoint = new Uri(configuredEndpoint!));
                }
            });
        }
        telemetry
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
