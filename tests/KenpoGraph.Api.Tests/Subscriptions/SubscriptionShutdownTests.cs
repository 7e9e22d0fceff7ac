using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using KenpoGraph.Api.Subscriptions;
using KenpoGraph.Api.Tests.EndToEnd;
using Microsoft.Extensions.DependencyInjection;

namespace KenpoGraph.Api.Tests.Subscriptions;

/// <summary>A graceful shutdown closes every subscriber with its protocol's way of saying "going away", promptly.</summary>
public sealed class SubscriptionShutdownTests : IAsyncLifetime
{
    private readonly LoopbackServer _server = new("--Limits:RateLimit:PermitLimit=100000");

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Stopping_the_host_closes_WebSockets_with_1001_and_ends_event_streams()
    {
        var query = "subscription { dataVersionPublished { dataVersion { id } } }";
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(_server.GraphQLEndpoint) { Scheme = "ws" }.Uri, CancellationToken.None);
        await socket.SendAsync("""{"type":"connection_init"}"""u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[1 << 16];
        var ack = await socket.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Contains("connection_ack", Encoding.UTF8.GetString(buffer, 0, ack.Count));
        await socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = "1", type = "subscribe", payload = new { query } })), WebSocketMessageType.Text, true,
            CancellationToken.None);

        using var http = new HttpClient { BaseAddress = _server.GraphQLEndpoint, Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Post, "") { Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var stream = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
        var feed = _server.App.Services.GetRequiredService<PublishFeed>();
        while (feed.Listeners < 2)
        {
            await Task.Delay(20);
        }

        var watch = Stopwatch.StartNew();
        var stopping = _server.App.StopAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        WebSocketReceiveResult closed;
        do
        {
            closed = await socket.ReceiveAsync(buffer, timeout.Token);
        }
        while (closed.MessageType != WebSocketMessageType.Close);
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, closed.CloseStatus);
        Assert.StartsWith("SHUTTING_DOWN", closed.CloseStatusDescription);
        // The event stream ends (no `complete`: a graphql-sse client retries, on another replica).
        var rest = await reader.ReadToEndAsync(timeout.Token);
        Assert.DoesNotContain("event: complete", rest);
        await stopping;
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"shutdown took {watch.Elapsed}");
    }
}
