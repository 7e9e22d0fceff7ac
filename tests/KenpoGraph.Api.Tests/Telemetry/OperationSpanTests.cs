using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using KenpoGraph.Api.PersistedOperations;

namespace KenpoGraph.Api.Tests.Telemetry;

/// <summary>
/// One "KenpoGraph" span per GraphQL operation, as a collector would receive it. The span ends before the
/// response is written, so it has been seen by the time the client holds the response. The listener hears
/// every host in the test run; each test picks its own spans by an operation name no other test uses.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class OperationSpanTests : IClassFixture<KenpoGraphApi>, IDisposable
{
    private readonly KenpoGraphApi _api;
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;

    public OperationSpanTests(KenpoGraphApi api)
    {
        _api = api;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "KenpoGraph",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task An_executed_query_has_one_span_with_name_hash_data_version_and_cost()
    {
        const string query = "query TelemetrySpanExecuted { observations(first: 3) { nodes { value } } }";
        await _api.DataAsync(query);

        var span = Assert.Single(SpansOf("TelemetrySpanExecuted"));
        Assert.Equal("query TelemetrySpanExecuted", span.DisplayName);
        Assert.Equal("query", span.GetTagItem("graphql.operation.type"));
        Assert.Equal(PersistedOperationStore.Sha256Hex(query), span.GetTagItem("graphql.document.hash"));
        Assert.Equal(1, span.GetTagItem("kenpograph.data_version"));
        Assert.Equal(1L + 3 * 2, span.GetTagItem("kenpograph.cost"));
        Assert.Equal(0, span.GetTagItem("graphql.response.errors"));
        Assert.Equal("success", span.GetTagItem("kenpograph.outcome"));
        Assert.Equal("miss", span.GetTagItem("kenpograph.response_cache"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        // A child of ASP.NET Core's request span, so a trace shows HTTP and GraphQL together.
        Assert.NotEqual(default, span.ParentSpanId);
    }

    [Fact]
    public async Task A_response_cache_hit_is_its_own_span_without_execution()
    {
        const string query = "query TelemetrySpanCached { dataVersion { id } }";
        await _api.DataAsync(query);
        await _api.DataAsync(query);

        var spans = SpansOf("TelemetrySpanCached");
        Assert.Equal(2, spans.Count);
        Assert.Equal(["miss", "hit"], spans.Select(s => s.GetTagItem("kenpograph.response_cache")));
        Assert.All(spans, s => Assert.Equal("success", s.GetTagItem("kenpograph.outcome")));
        Assert.All(spans, s => Assert.Equal(PersistedOperationStore.Sha256Hex(query), s.GetTagItem("graphql.document.hash")));
        Assert.Equal(2L, spans[0].GetTagItem("kenpograph.cost"));
        Assert.Null(spans[1].GetTagItem("kenpograph.cost"));
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_a_rejected_span_with_the_error_code()
    {
        using var response = await _api.PostAsync("query TelemetrySpanInvalid { noSuchField }");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        var span = Assert.Single(SpansOf("TelemetrySpanInvalid"));
        Assert.Equal("rejected", span.GetTagItem("kenpograph.outcome"));
        Assert.Equal(1, span.GetTagItem("graphql.response.errors"));
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", span.GetTagItem("kenpograph.error.code"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
    }

    private List<Activity> SpansOf(string operationName) =>
        _spans.Where(s => Equals(s.GetTagItem("graphql.operation.name"), operationName)).ToList();

    public void Dispose() => _listener.Dispose();
}
