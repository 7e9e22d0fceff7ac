using System.Text;
using System.Text.Json;
using KenpoGraph.Api.Tests.EndToEnd;
using static KenpoGraph.Api.Tests.Subscriptions.GraphQLTransportWs;

namespace KenpoGraph.Api.Tests.Subscriptions;

/// <summary>
/// Limits:MaxResponseValues bounds each subscription event on its own count, as it bounds each HTTP answer: small events
/// whose values add up to more than the bound all arrive, an event past it arrives as RESPONSE_TOO_LARGE, and the
/// subscription goes on hearing the events after it.
/// </summary>
public sealed class SubscriptionEventBoundTests : IAsyncLifetime
{
    private const int MaxValues = 40;

    private readonly LoopbackServer _server = new(
        "--Subscriptions:PollIntervalMilliseconds=200",
        $"--Limits:MaxResponseValues={MaxValues}",
        "--Limits:RateLimit:PermitLimit=100000");

    public Task InitializeAsync()
    {
        _server.Workspace.WithoutDemonstrationData();
        return _server.InitializeAsync();
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Each_event_is_bounded_on_its_own_count_and_one_past_the_bound_does_not_end_the_subscription()
    {
        var uri = new UriBuilder(_server.GraphQLEndpoint) { Scheme = "ws" }.Uri;
        using var socket = await ConnectAsync(uri, null);
        await SubscribeAsync(socket, "s", SubscriptionTests.Subscription);

        // Four small events (one branch renamed each time): each within the bound, together well past it.
        var heard = 0;
        for (var version = 2; version <= 5; version++)
        {
            _server.Workspace.ReplaceLine("org_units.csv", "20,", $"20,BRANCH,長野,Nagano (v{version}),全国健康保険協会長野支部,Nagano Branch");
            await LoadAsync(_server, version);
            var small = await NextAsync(socket, "s");
            Assert.Equal(version, small.GetProperty("dataVersion").GetProperty("id").GetInt32());
            var values = ValuesIn(small);
            Assert.True(values < MaxValues, $"a small event has {values} values");
            heard += values;
        }
        Assert.True(heard > MaxValues, $"the small events add up to {heard} values, not past the bound of {MaxValues}: the test proves nothing");

        // Every branch renamed: one event of far more values than the bound.
        var lines = File.ReadAllLines(_server.Workspace.PathOf("org_units.csv"), Encoding.UTF8)
            .Select(line => line.Split(',') is [var code, "BRANCH", var ja, var en, .. var rest] ? string.Join(',', [code, "BRANCH", ja, en + " (v6)", .. rest]) : line);
        File.WriteAllLines(_server.Workspace.PathOf("org_units.csv"), lines, new UTF8Encoding(false));
        await LoadAsync(_server, 6);
        var large = await NextPayloadAsync(socket, "s");
        var error = Assert.Single(large.GetProperty("errors").EnumerateArray());
        Assert.Equal("RESPONSE_TOO_LARGE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains($"{MaxValues} values (Limits:MaxResponseValues)", error.GetProperty("message").GetString());

        // The subscription lives on: the next small event arrives whole.
        _server.Workspace.ReplaceLine("org_units.csv", "20,", "20,BRANCH,長野,Nagano (v7),全国健康保険協会長野支部,Nagano Branch");
        await LoadAsync(_server, 7);
        var after = await NextAsync(socket, "s");
        Assert.Equal(7, after.GetProperty("dataVersion").GetProperty("id").GetInt32());
        Assert.Contains(after.GetProperty("orgUnits").EnumerateArray(), u => u.GetProperty("orgUnit").GetProperty("nameEn").GetString() == "Nagano (v7)");
    }

    /// <summary>The values an answer lays out as the guard counts them: every field and every list item, at any depth.</summary>
    private static int ValuesIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Sum(property => 1 + ValuesIn(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().Sum(item => 1 + ValuesIn(item)),
        _ => 0,
    };
}
