using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.Tests.EndToEnd;
using KenpoGraph.Api.Tests.Reliability;
using KenpoGraph.Domain.Access;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static KenpoGraph.Api.Tests.Subscriptions.GraphQLTransportWs;

namespace KenpoGraph.Api.Tests.Subscriptions;

/// <summary>
/// Subscriptions on the real host (Kestrel), with .NET's own WebSocket client and a streaming HttpClient: a real
/// `kenpograph load` publishes; a token for 山梨 (19) hears of 山梨's change and nothing of 長野's (20), an unrestricted
/// one hears both; the graphql-transport-ws state machine refuses what the protocol refuses, with its close codes.
/// </summary>
public sealed class SubscriptionTests(ITestOutputHelper output) : IAsyncLifetime
{
    internal const string Subscription = """
        subscription { dataVersionPublished { dataVersion { id } previousDataVersion tables { table } orgUnits { code measures orgUnit { nameEn } } nationalFigures { measure source } } }
        """;

    private readonly LoopbackServer _server = new(
        "--Subscriptions:PollIntervalMilliseconds=200",
        "--Subscriptions:ConnectionInitTimeoutSeconds=1",
        "--Subscriptions:MaxMessageBytes=4096",
        "--Subscriptions:MaxMessagesPerSecond=20",
        "--Subscriptions:WriteTimeoutSeconds=2",
        "--Limits:RateLimit:PermitLimit=100000");

    public Task InitializeAsync()
    {
        _server.Workspace.WithoutDemonstrationData();
        return _server.InitializeAsync();
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    private string Token(string? branches) => _server.App.Services.GetRequiredService<DevelopmentTokenIssuer>().Mint(new DevelopmentTokenRequest
    {
        Scopes = [KenpoScope.Read, KenpoScope.FinanceRead],
        Branches = branches is null ? null : [branches],
        ClientId = branches is null ? "analyst" : $"partner-{branches}",
    });

    private Uri WebSocketUri => new UriBuilder(_server.GraphQLEndpoint) { Scheme = "ws" }.Uri;

    [Fact]
    public async Task A_restricted_token_hears_only_its_own_branch_and_an_unrestricted_one_hears_both_over_both_transports()
    {
        using var allWs = await ConnectAsync(Token(null));
        using var yamanashiWs = await ConnectAsync(Token("19"));
        await SubscribeAsync(allWs, "a", Subscription);
        await SubscribeAsync(yamanashiWs, "y", Subscription);
        using var http = new HttpClient { BaseAddress = _server.GraphQLEndpoint, Timeout = Timeout.InfiniteTimeSpan };
        await using var allSse = await SseAsync(http, Token(null), Subscription);
        await using var yamanashiSse = await SseAsync(http, Token("19"), Subscription);

        // Version 2 changes only 長野 (20): the partner for 19 must hear nothing of it.
        _server.Workspace.ReplaceLine("org_units.csv", "20,", "20,BRANCH,長野,Nagano (v2),全国健康保険協会長野支部,Nagano Branch");
        var published = await LoadAsync(2);
        var all2 = await NextAsync(allWs, "a");
        output.WriteLine($"v2 over WebSocket {published.Elapsed.TotalMilliseconds:0} ms after the load ended: {all2}");
        Assert.Equal(2, all2.GetProperty("dataVersion").GetProperty("id").GetInt32());
        Assert.Contains(all2.GetProperty("orgUnits").EnumerateArray(), u => u.GetProperty("code").GetString() == "20"
            && u.GetProperty("orgUnit").GetProperty("nameEn").GetString() == "Nagano (v2)");
        Assert.Equal(2, (await allSse.NextAsync()).GetProperty("dataVersion").GetProperty("id").GetInt32());

        // Version 3 changes 山梨's examinees: both hear it; the partner's first event is version 3.
        _server.Workspace.ReplaceLine("checkups.csv", "19,2024,checkup.lifestyle.examinees,",
            "19,2024,checkup.lifestyle.examinees,\"78,871\",件,PERIOD,PUBLISHED,seed-003,L722,printed rate 73.7%");
        await LoadAsync(3);
        foreach (var yamanashi in new[] { await NextAsync(yamanashiWs, "y"), await yamanashiSse.NextAsync() })
        {
            Assert.Equal(3, yamanashi.GetProperty("dataVersion").GetProperty("id").GetInt32());
            var unit = Assert.Single(yamanashi.GetProperty("orgUnits").EnumerateArray());
            Assert.Equal("19", unit.GetProperty("code").GetString());
            Assert.Equal(["checkup.lifestyle.examinees"], unit.GetProperty("measures").EnumerateArray().Select(m => m.GetString()));
            // A national roll-up moved by 19 and hidden branches is an aggregate the partner does not hear of.
            Assert.DoesNotContain(yamanashi.GetProperty("nationalFigures").EnumerateArray(), f => f.GetProperty("source").GetString() == "NATIONAL_ROLLUP");
            Assert.DoesNotContain("Nagano", yamanashi.GetRawText());
        }
        var all3 = await NextAsync(allWs, "a");
        Assert.Equal(3, all3.GetProperty("dataVersion").GetProperty("id").GetInt32());
        Assert.Contains(all3.GetProperty("nationalFigures").EnumerateArray(), f => f.GetProperty("measure").GetString() == "checkup.lifestyle.examinees"
            && f.GetProperty("source").GetString() == "NATIONAL_ROLLUP");
        Assert.Equal(3, (await allSse.NextAsync()).GetProperty("dataVersion").GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_token_without_the_finance_permission_hears_nothing_of_a_finance_change_not_even_its_count()
    {
        var readOnly = _server.App.Services.GetRequiredService<DevelopmentTokenIssuer>().Mint(new DevelopmentTokenRequest
        {
            Scopes = [KenpoScope.Read], Branches = ["19"], ClientId = "partner-19-no-finance",
        });
        using var finance = await ConnectAsync(Token("19"));
        using var noFinance = await ConnectAsync(readOnly);
        await SubscribeAsync(finance, "f", Subscription);
        await SubscribeAsync(noFinance, "n", Subscription);

        // Version 2 adds one finance figure of 山梨 (19) and nothing else.
        File.WriteAllText(Path.Combine(_server.Workspace.SeedDirectory, "demo_branch_finance.csv"),
            "org_unit,fiscal_year,measure,printed_value,printed_unit,basis,quality,document,locator,note\n"
            + "19,2024,finance.balance.budget,123456789,円,PERIOD,DEMO,demo,generator v2 seed 20241,\n");
        await LoadAsync(2);
        var heard = await NextAsync(finance, "f");
        Assert.Equal(2, heard.GetProperty("dataVersion").GetProperty("id").GetInt32());
        Assert.Contains(heard.GetProperty("orgUnits").EnumerateArray(), u => u.GetProperty("code").GetString() == "19"
            && u.GetProperty("measures").EnumerateArray().Any(m => m.GetString() == "finance.balance.budget"));

        // Version 3 changes 山梨's examinees: the first event the token without Kenpo.Finance.Read hears, and no count in it
        // or in version 2 (not sent at all) told it that a finance row of 19 was added.
        _server.Workspace.ReplaceLine("checkups.csv", "19,2024,checkup.lifestyle.examinees,",
            "19,2024,checkup.lifestyle.examinees,\"78,871\",件,PERIOD,PUBLISHED,seed-003,L722,printed rate 73.7%");
        await LoadAsync(3);
        var first = await NextAsync(noFinance, "n");
        Assert.Equal(3, first.GetProperty("dataVersion").GetProperty("id").GetInt32());
        var unit = Assert.Single(first.GetProperty("orgUnits").EnumerateArray());
        Assert.Equal(["checkup.lifestyle.examinees"], unit.GetProperty("measures").EnumerateArray().Select(m => m.GetString()));
        Assert.DoesNotContain("finance", first.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(3, (await NextAsync(finance, "f")).GetProperty("dataVersion").GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task The_protocol_state_machine_closes_with_the_graphql_transport_ws_codes()
    {
        // Never acknowledged: closed 4408 after Subscriptions:ConnectionInitTimeoutSeconds (1 s here).
        using (var silent = await OpenAsync())
        {
            var watch = Stopwatch.StartNew();
            var (status, reason) = await ClosedAsync(silent);
            Assert.Equal(4408, status);
            Assert.StartsWith("CONNECTION_INIT_TIMEOUT", reason);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"closed after {watch.Elapsed}");
        }
        using (var early = await OpenAsync())
        {
            await SendAsync(early, """{"id":"1","type":"subscribe","payload":{"query":"subscription { dataVersionPublished { previousDataVersion } }"}}""");
            Assert.Equal(4401, (await ClosedAsync(early)).Status);
        }
        using (var twice = await ConnectAsync(null))
        {
            await SendAsync(twice, """{"type":"connection_init"}""");
            Assert.Equal(4429, (await ClosedAsync(twice)).Status);
        }
        using (var garbage = await ConnectAsync(null))
        {
            await SendAsync(garbage, "not json");
            Assert.Equal(4400, (await ClosedAsync(garbage)).Status);
        }
        using (var huge = await ConnectAsync(null))
        {
            await SendAsync(huge, $$$"""{"type":"ping","payload":{"x":"{{{new string('x', 10_000)}}}"}}""");
            Assert.Equal((int)WebSocketCloseStatus.MessageTooBig, (await ClosedAsync(huge)).Status);
        }
        using (var flood = await ConnectAsync(null))
        {
            for (var i = 0; i < 40 && flood.State == WebSocketState.Open; i++)
            {
                await SendAsync(flood, $$$"""{"id":"{{{i}}}","type":"subscribe","payload":{"query":"subscription { dataVersionPublished { previousDataVersion } }"}}""");
            }
            var (status, _) = await ClosedAsync(flood);
            Assert.Contains(status, new[] { (int)WebSocketCloseStatus.PolicyViolation });
        }
        using (var duplicate = await ConnectAsync(null))
        {
            await SubscribeAsync(duplicate, "same", Subscription);
            await SubscribeAsync(duplicate, "same", Subscription);
            Assert.Equal(4409, (await ClosedAsync(duplicate)).Status);
        }
        using (var bad = await OpenAsync())
        {
            await SendAsync(bad, """{"type":"connection_init","payload":{"Authorization":"Bearer not-a-token"}}""");
            var (status, reason) = await ClosedAsync(bad);
            Assert.Equal(4401, status);
            Assert.StartsWith("INVALID_TOKEN", reason);
        }
        using (var pinging = await ConnectAsync(null))
        {
            await SendAsync(pinging, """{"type":"ping"}""");
            Assert.Equal("pong", (await ReceiveAsync(pinging)).GetProperty("type").GetString());
            // A document that does not validate, and one over the request limits (Limits:MaxAliases), are refused for their id, as over HTTP.
            await SubscribeAsync(pinging, "invalid", "subscription { dataVersionPublished { dataVersion { nope } } }");
            var invalid = await ReceiveAsync(pinging);
            Assert.Equal("error", invalid.GetProperty("type").GetString());
            Assert.Equal("invalid", invalid.GetProperty("id").GetString());
            await SubscribeAsync(pinging, "deep", "subscription { dataVersionPublished { " + string.Concat(Enumerable.Range(0, 51).Select(i => $"a{i}: previousDataVersion ")) + "} }");
            var error = await ReceiveAsync(pinging);
            Assert.Equal("error", error.GetProperty("type").GetString());
            Assert.Equal("MAX_ALIASES_EXCEEDED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal("deep", error.GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task A_subscription_over_plain_HTTP_is_refused_with_a_stable_code_and_SSE_checks_the_bearer_token()
    {
        using var http = new HttpClient { BaseAddress = _server.GraphQLEndpoint };
        using var plain = await http.PostAsync("", new StringContent(JsonSerializer.Serialize(new { query = Subscription }), Encoding.UTF8, "application/json"));
        Assert.Contains("SUBSCRIPTION_NEEDS_STREAM", await plain.Content.ReadAsStringAsync());
        Assert.True((int)plain.StatusCode < 500);

        using var request = new HttpRequestMessage(HttpMethod.Post, "") { Content = new StringContent(JsonSerializer.Serialize(new { query = Subscription }), Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        using var refused = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("INVALID_TOKEN", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_that_expires_ends_its_subscriptions_with_a_reason_over_both_transports()
    {
        var expires = DateTimeOffset.UtcNow.AddSeconds(3);
        var token = _server.App.Services.GetRequiredService<DevelopmentTokenIssuer>().Mint(new DevelopmentTokenRequest
        {
            Scopes = [KenpoScope.Read],
            ClientId = "short-lived",
            NotBefore = DateTimeOffset.UtcNow.AddMinutes(-1),
            Expires = expires,
        });
        using var socket = await ConnectAsync(token);
        await SubscribeAsync(socket, "x", Subscription);
        using var http = new HttpClient { BaseAddress = _server.GraphQLEndpoint, Timeout = Timeout.InfiniteTimeSpan };
        await using var sse = await SseAsync(http, token, Subscription);

        var (status, reason) = await ClosedAsync(socket);
        Assert.Equal(4401, status);
        Assert.StartsWith("INVALID_TOKEN: the token expired", reason);
        Assert.True(DateTimeOffset.UtcNow - expires < TimeSpan.FromSeconds(5), $"closed {DateTimeOffset.UtcNow - expires} after the token expired");

        var (last, events) = await sse.RestAsync();
        Assert.Equal("INVALID_TOKEN", last.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(["next", "complete"], events);
    }

    [Fact]
    public async Task A_reader_that_does_not_read_is_cut_off()
    {
        // Answers of about 700 KB each (50 aliases of the seed's observations), sent without ever being read.
        var big = "query { " + string.Concat(Enumerable.Range(0, 50).Select(i => $"o{i}: observations(first: 100) {{ nodes {{ ...f }} }} "))
            + "} fragment f on Observation { orgUnitCode fiscalYear measureCode value printedValue printedUnit locator }";
        using var socket = await ConnectAsync(Token(null));
        var probe = Stopwatch.StartNew();
        await SubscribeAsync(socket, "probe", big);
        var answer = await ReceiveAsync(socket);
        output.WriteLine($"one answer: {answer.GetRawText().Length:N0} characters in {probe.ElapsedMilliseconds} ms: {answer.GetRawText()[..Math.Min(200, answer.GetRawText().Length)]}");
        Assert.Equal("complete", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        var watch = Stopwatch.StartNew();
        var sent = 0;
        try
        {
            while (watch.Elapsed < TimeSpan.FromSeconds(20) && socket.State == WebSocketState.Open)
            {
                await SubscribeAsync(socket, $"q{sent++}", big);
                // Under Subscriptions:MaxMessagesPerSecond (20 here): this client is slow, not a flood.
                await Task.Delay(100);
            }
        }
        catch (WebSocketException)
        {
            // The server already cut the connection.
        }
        output.WriteLine($"{sent} operations sent in {watch.Elapsed.TotalSeconds:0.0} s");
        // Reading now drains what the buffers hold, then ends: closed (SUBSCRIBER_TOO_SLOW) or aborted, never open.
        var ended = false;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var buffer = new byte[1 << 20];
            var received = 0L;
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, timeout.Token);
                if (received == 0)
                {
                    output.WriteLine(Encoding.UTF8.GetString(buffer, 0, Math.Min(300, result.Count)));
                }
                received += result.Count;
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    output.WriteLine($"closed {result.CloseStatus} {result.CloseStatusDescription}");
                    Assert.StartsWith("SUBSCRIBER_TOO_SLOW", result.CloseStatusDescription);
                    ended = true;
                    break;
                }
            }
        }
        catch (WebSocketException aborted)
        {
            output.WriteLine($"aborted: {aborted.Message}");
            ended = true;
        }
        Assert.True(ended);
    }

    [Fact]
    public async Task Every_event_reaches_its_subscriber_within_one_poll_interval_of_the_publish()
    {
        using var socket = await ConnectAsync(Token(null));
        await SubscribeAsync(socket, "t", "subscription { dataVersionPublished { dataVersion { id } } }");
        var store = _server.App.Services.GetRequiredService<KenpoGraph.Warehouse.Storage.IWarehouseStore>();
        var feed = _server.App.Services.GetRequiredService<KenpoGraph.Api.Subscriptions.PublishFeed>();
        while (feed.Listeners == 0)
        {
            await Task.Delay(20);
        }
        // The moment of publication as a reader of the warehouse first sees it, polled every 5 ms.
        using var stop = new CancellationTokenSource();
        var publishedAt = Task.Run(async () =>
        {
            while (true)
            {
                using (var current = store.Current())
                {
                    if (current?.Version.Id == 2)
                    {
                        return Stopwatch.GetTimestamp();
                    }
                }
                await Task.Delay(5, stop.Token);
            }
        });
        _server.Workspace.ReplaceLine("org_units.csv", "20,", "20,BRANCH,長野,Nagano (v2),全国健康保険協会長野支部,Nagano Branch");
        var load = LoadAsync(2);
        var next = await NextAsync(socket, "t");
        var arrived = Stopwatch.GetTimestamp();
        await load;
        var latency = Stopwatch.GetElapsedTime(await publishedAt, arrived);
        output.WriteLine($"publish to event: {latency.TotalMilliseconds:0} ms (Subscriptions:PollIntervalMilliseconds=200)");
        Assert.Equal(2, next.GetProperty("dataVersion").GetProperty("id").GetInt32());
        // One poll interval, plus the comparison of the two versions, on a busy shared machine.
        Assert.True(latency < TimeSpan.FromSeconds(3), $"{latency.TotalMilliseconds:0} ms");
    }

    private Task<Stopwatch> LoadAsync(int version) => GraphQLTransportWs.LoadAsync(_server, version);

    private Task<ClientWebSocket> OpenAsync() => GraphQLTransportWs.OpenAsync(WebSocketUri);

    private Task<ClientWebSocket> ConnectAsync(string? token) => GraphQLTransportWs.ConnectAsync(WebSocketUri, token);

    private static async Task<(int Status, string Reason)> ClosedAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[1 << 16];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return ((int)result.CloseStatus!, result.CloseStatusDescription ?? "");
            }
        }
    }

    private static async Task<SseStream> SseAsync(HttpClient http, string token, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "") { Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new SseStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    private sealed class SseStream(HttpResponseMessage response, StreamReader reader) : IAsyncDisposable
    {
        /// <summary>The next `event: next`'s dataVersionPublished (keep-alive comments skipped).</summary>
        public async Task<JsonElement> NextAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            string? eventName = null;
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    eventName = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventName == "next")
                {
                    var payload = JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
                    Assert.False(payload.TryGetProperty("errors", out var errors), errors.ToString());
                    return payload.GetProperty("data").GetProperty("dataVersionPublished");
                }
            }
            throw new Xunit.Sdk.XunitException("the stream ended");
        }

        /// <summary>Reads to the end of the stream: the last `next` payload and the event names in order.</summary>
        public async Task<(JsonElement Last, List<string> Events)> RestAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var events = new List<string>();
            JsonElement last = default;
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    events.Add(line["event: ".Length..]);
                }
                else if (line.StartsWith("data: {", StringComparison.Ordinal))
                {
                    last = JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
                }
            }
            return (last, events);
        }

        public ValueTask DisposeAsync()
        {
            reader.Dispose();
            response.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
