using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using KenpoGraph.Api.Tests.EndToEnd;
using KenpoGraph.Api.Tests.Reliability;

namespace KenpoGraph.Api.Tests.Subscriptions;

/// <summary>A graphql-transport-ws client over .NET's own WebSocket, and a real `kenpograph load` to publish with: what the subscription suites share.</summary>
internal static class GraphQLTransportWs
{
    /// <summary>Publishes the server's seed folder as data version <paramref name="version"/>; the watch starts when the load has ended.</summary>
    public static async Task<Stopwatch> LoadAsync(LoopbackServer server, int version)
    {
        using var child = KenpographProcess.Start(["load", server.Workspace.SeedDirectory, $"--Warehouse:DataDirectory={server.Workspace.DataDirectory}"]);
        var exit = await child.WaitAsync(TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, $"exit {exit}\n{child.Output}\n{child.Errors}");
        Assert.StartsWith($"Published data version {version}", child.Output);
        return Stopwatch.StartNew();
    }

    public static async Task<ClientWebSocket> OpenAsync(Uri uri)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(uri, CancellationToken.None);
        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
        return socket;
    }

    /// <summary>An acknowledged connection, as <paramref name="token"/>'s bearer (anonymous when null).</summary>
    public static async Task<ClientWebSocket> ConnectAsync(Uri uri, string? token)
    {
        var socket = await OpenAsync(uri);
        await SendAsync(socket, token is null ? """{"type":"connection_init"}""" : JsonSerializer.Serialize(new { type = "connection_init", payload = new { Authorization = $"Bearer {token}" } }));
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        return socket;
    }

    public static Task SubscribeAsync(ClientWebSocket socket, string id, string query) =>
        SendAsync(socket, JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query } }));

    public static Task SendAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var buffer = new byte[1 << 20];
        var length = 0;
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
            length += result.Count;
        }
        while (!result.EndOfMessage);
        Assert.True(result.MessageType == WebSocketMessageType.Text, $"a {result.MessageType} message: {socket.CloseStatus} {socket.CloseStatusDescription}");
        return JsonDocument.Parse(buffer.AsMemory(0, length)).RootElement.Clone();
    }

    /// <summary>The next `next` message's payload for <paramref name="id"/> (pings answered), errors and all.</summary>
    public static async Task<JsonElement> NextPayloadAsync(ClientWebSocket socket, string id)
    {
        while (true)
        {
            var message = await ReceiveAsync(socket);
            switch (message.GetProperty("type").GetString())
            {
                case "ping":
                    await SendAsync(socket, """{"type":"pong"}""");
                    continue;
                case "next" when message.GetProperty("id").GetString() == id:
                    return message.GetProperty("payload");
                default:
                    throw new Xunit.Sdk.XunitException($"unexpected {message}");
            }
        }
    }

    /// <summary>The next event for <paramref name="id"/> that has no errors: its data's dataVersionPublished.</summary>
    public static async Task<JsonElement> NextAsync(ClientWebSocket socket, string id)
    {
        var payload = await NextPayloadAsync(socket, id);
        Assert.False(payload.TryGetProperty("errors", out var errors), errors.ToString());
        return payload.GetProperty("data").GetProperty("dataVersionPublished");
    }
}
