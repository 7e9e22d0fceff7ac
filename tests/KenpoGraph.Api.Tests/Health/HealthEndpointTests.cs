using System.Net;
using System.Text.Json;

namespace KenpoGraph.Api.Tests.Health;

/// <summary>Liveness and readiness as an orchestrator probes them.</summary>
public sealed class HealthEndpointTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    [Fact]
    public async Task Alive_and_ready_when_a_data_version_is_loaded()
    {
        using var alive = await api.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal("Healthy", (await ReadAsync(alive)).GetProperty("status").GetString());

        using var ready = await api.Client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var warehouse = (await ReadAsync(ready)).GetProperty("checks").GetProperty("warehouse");
        Assert.Equal("Serving data version 1.", warehouse.GetProperty("description").GetString());
        Assert.Equal(1, warehouse.GetProperty("data").GetProperty("dataVersion").GetInt32());
    }

    [Fact]
    public async Task Alive_but_not_ready_when_nothing_is_published_and_the_body_says_why()
    {
        using var empty = new WithoutData();

        using var alive = await empty.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);

        using var ready = await empty.Client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ReadAsync(ready);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Equal($"No data version has been published at {empty.Workspace.DataDirectory}: run `kenpograph load`.",
            body.GetProperty("checks").GetProperty("warehouse").GetProperty("description").GetString());
    }

    private sealed class WithoutData() : KenpoGraphApi(withSeed: false);

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
