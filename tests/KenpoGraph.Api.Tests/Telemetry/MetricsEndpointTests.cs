using System.Net;

namespace KenpoGraph.Api.Tests.Telemetry;

/// <summary>
/// GET /metrics as Prometheus scrapes it. Our instruments are recorded before the response is written, so
/// a scrape after a request already counts it. The exporter hears every host in the test run that
/// publishes the same meter, so these tests look for series, not for exact totals.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class MetricsEndpointTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    [Fact]
    public async Task Metrics_are_prometheus_text_with_our_operation_counters_and_aspnetcore_http_metrics()
    {
        const string query = "query TelemetryMetricsProbe { dataVersion { id } }";
        await api.DataAsync(query);
        await api.DataAsync(query);

        using var response = await api.Client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Contains("# TYPE kenpograph_graphql_operations_total counter", lines);
        Assert.Contains(lines, line => line.StartsWith("kenpograph_graphql_operations_total{", StringComparison.Ordinal)
            && line.Contains("graphql_operation_type=\"query\"") && line.Contains("kenpograph_outcome=\"success\""));
        Assert.Contains("# TYPE kenpograph_graphql_operation_duration_seconds histogram", lines);
        Assert.Contains(lines, line => line.StartsWith("kenpograph_graphql_operation_duration_seconds_count{", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("kenpograph_graphql_operation_cost_count{", StringComparison.Ordinal));
        foreach (var result in new[] { "miss", "hit" })
        {
            Assert.Contains(lines, line => line.StartsWith("kenpograph_response_cache_lookups_total{", StringComparison.Ordinal)
                && line.Contains($"result=\"{result}\""));
        }
        // ASP.NET Core's own server metrics; active requests counts this very scrape, so it is always there.
        Assert.Contains(lines, line => line.StartsWith("http_server_active_requests{", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_runtimes_own_metrics_are_there_too()
    {
        var lines = (await api.Client.GetStringAsync("/metrics")).Split('\n');

        // The benchmark waits on the JIT counter before it measures (bench/bench.py); operators watch GC and the thread pool.
        Assert.Contains(lines, line => line.StartsWith("dotnet_jit_compiled_methods_total ", StringComparison.Ordinal)
            || line.StartsWith("dotnet_jit_compiled_methods_total{", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("dotnet_gc_collections_total{", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("dotnet_thread_pool_queue_length", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejected_request_is_counted_as_rejected()
    {
        using var rejected = await api.PostAsync("{ noSuchField }");
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);

        var text = await api.Client.GetStringAsync("/metrics");
        Assert.Contains(text.Split('\n'), line => line.StartsWith("kenpograph_graphql_operations_total{", StringComparison.Ordinal)
            && line.Contains("kenpograph_outcome=\"rejected\""));
    }
}
