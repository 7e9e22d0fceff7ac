using System.Diagnostics;
using System.Text.Json;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.Subscriptions;
using KenpoGraph.Api.Tests.EndToEnd;
using KenpoGraph.Api.Tests.Reliability;
using KenpoGraph.Domain.Access;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KenpoGraph.Api.Tests.Subscriptions;

/// <summary>
/// The npm clients dashboards use, graphql-ws 6.4.2 and graphql-sse 2.6.1 (tests/e2e/subscriptions.mjs), against the real
/// host on Kestrel; a real `kenpograph load` publishes a change to 山梨 (19) and 長野 (20). The token for 19 hears of
/// 山梨 only, the unrestricted one of both; then hostile clients (`ws`) are cut off within stated bounds.
/// </summary>
public sealed class NpmClientSubscriptionTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly LoopbackServer _server = new(
        "--Subscriptions:PollIntervalMilliseconds=200",
        "--Subscriptions:ConnectionInitTimeoutSeconds=2",
        "--Limits:RateLimit:PermitLimit=100000");

    public Task InitializeAsync()
    {
        _server.Workspace.WithoutDemonstrationData();
        return _server.InitializeAsync();
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    [SkippableFact]
    public async Task graphql_ws_and_graphql_sse_hear_a_real_publish_with_each_tokens_rights_and_hostile_clients_are_cut_off()
    {
        var missing = NodeScript.MissingPrerequisite("graphql-ws", "graphql-sse", "ws");
        Skip.If(missing is not null, missing);
        var issuer = _server.App.Services.GetRequiredService<DevelopmentTokenIssuer>();
        string Token(string[]? branches) => issuer.Mint(new DevelopmentTokenRequest { Scopes = [KenpoScope.Read, KenpoScope.FinanceRead], Branches = branches, ClientId = "npm-clients" });

        var script = NodeScript.RunAsync("subscriptions.mjs", TimeSpan.FromMinutes(4), _server.GraphQLEndpoint.ToString(), "2",
            $"all={Token(null)}", $"yamanashi={Token(["19"])}");
        var feed = _server.App.Services.GetRequiredService<PublishFeed>();
        var waited = Stopwatch.StartNew();
        while (feed.Listeners < 4)
        {
            Assert.False(script.IsCompleted, $"the script ended before subscribing: {(script.IsCompleted ? script.Result : default)}");
            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(1), $"{feed.Listeners} of 4 subscriptions after a minute");
            await Task.Delay(100);
        }

        _server.Workspace.ReplaceLine("org_units.csv", "20,", "20,BRANCH,長野,Nagano (v2),全国健康保険協会長野支部,Nagano Branch");
        _server.Workspace.ReplaceLine("checkups.csv", "19,2024,checkup.lifestyle.examinees,",
            "19,2024,checkup.lifestyle.examinees,\"78,871\",件,PERIOD,PUBLISHED,seed-003,L722,printed rate 73.7%");
        using (var load = KenpographProcess.Start(["load", _server.Workspace.SeedDirectory, $"--Warehouse:DataDirectory={_server.Workspace.DataDirectory}"]))
        {
            var exit = await load.WaitAsync(TimeSpan.FromMinutes(3));
            Assert.True(exit == 0, $"exit {exit}\n{load.Output}\n{load.Errors}");
        }

        var (code, stdout, stderr) = await script;
        output.WriteLine(stdout);
        Assert.True(code == 0, $"exit {code}\n{stdout}\n{stderr}");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        JsonElement EventOf(string client) => lines.Single(l => l.TryGetProperty("client", out var c) && c.GetString() == client).GetProperty("event");

        foreach (var transport in new[] { "graphql-ws", "graphql-sse" })
        {
            var all = EventOf($"{transport}-all");
            Assert.Equal(2, all.GetProperty("dataVersion").GetProperty("id").GetInt32());
            Assert.Equal(["19", "20"], all.GetProperty("orgUnits").EnumerateArray().Select(u => u.GetProperty("code").GetString()).Where(c => c is "19" or "20"));
            Assert.Contains(all.GetProperty("nationalFigures").EnumerateArray(), f => f.GetProperty("measure").GetString() == "checkup.lifestyle.examinees"
                && f.GetProperty("source").GetString() == "NATIONAL_ROLLUP" && f.GetProperty("difference").GetDecimal() == 1m);

            var yamanashi = EventOf($"{transport}-yamanashi");
            Assert.Equal(2, yamanashi.GetProperty("dataVersion").GetProperty("id").GetInt32());
            var unit = Assert.Single(yamanashi.GetProperty("orgUnits").EnumerateArray());
            Assert.Equal("19", unit.GetProperty("code").GetString());
            Assert.Equal("Yamanashi", unit.GetProperty("orgUnit").GetProperty("nameEn").GetString());
            Assert.DoesNotContain("Nagano", yamanashi.GetRawText());
            Assert.DoesNotContain(yamanashi.GetProperty("nationalFigures").EnumerateArray(), f => f.GetProperty("source").GetString() == "NATIONAL_ROLLUP");
        }

        JsonElement Hostile(string name) => lines.Single(l => l.TryGetProperty("hostile", out var h) && h.GetString() == name);
        // Never initialised: 4408 after Subscriptions:ConnectionInitTimeoutSeconds (2 s here), well within 10 s.
        Assert.Equal(4408, Hostile("never-initialised").GetProperty("code").GetInt32());
        Assert.InRange(Hostile("never-initialised").GetProperty("ms").GetInt32(), 1_500, 10_000);
        // A 1 MiB message: 1009 at once (Subscriptions:MaxMessageBytes, 64 KiB).
        Assert.Equal(1009, Hostile("huge-payload").GetProperty("code").GetInt32());
        Assert.InRange(Hostile("huge-payload").GetProperty("ms").GetInt32(), 0, 5_000);
        // 500 subscribe messages at once: closed (1008, over Subscriptions:MaxMessagesPerSecond) within 5 s.
        Assert.Equal(1008, Hostile("subscribe-flood").GetProperty("code").GetInt32());
        Assert.StartsWith("RATE_LIMITED", Hostile("subscribe-flood").GetProperty("reason").GetString());
        Assert.InRange(Hostile("subscribe-flood").GetProperty("ms").GetInt32(), 0, 5_000);
    }
}
