using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace KenpoGraph.Api.Tests.Telemetry;

/// <summary>
/// Traces are recorded only for a collector: with Telemetry:OtlpEndpoint set the host has a tracer provider that
/// hears ASP.NET Core and our "KenpoGraph" source; without one nothing builds spans that no one receives.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TraceRecordingTests
{
    private sealed class WithCollector() : KenpoGraphApi(withSeed: true,
        // A port nothing listens on: the exporter's failures are its own, the test only asks what is recorded.
        new Dictionary<string, string> { ["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:9" });

    [Fact]
    public async Task With_a_collector_configured_requests_are_traced_from_the_http_span_down()
    {
        using var api = new WithCollector();
        Assert.NotNull(api.Services.GetService<TracerProvider>());
        var spans = new ConcurrentQueue<Activity>();
        // Only hears; the host's own provider decides what is sampled.
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "KenpoGraph" or "Microsoft.AspNetCore",
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        await api.DataAsync("query TraceRecordingWithCollector { dataVersion { id } }");

        var operation = Assert.Single(spans, s => s.DisplayName == "query TraceRecordingWithCollector");
        Assert.True(operation.Recorded);
        var http = Assert.Single(spans, s => s.Source.Name == "Microsoft.AspNetCore" && s.SpanId == operation.ParentSpanId);
        Assert.True(http.Recorded);
    }

    [Fact]
    public void Without_a_collector_no_tracer_provider_is_built()
    {
        using var api = new KenpoGraphApi();
        Assert.Null(api.Services.GetService<TracerProvider>());
    }
}
