using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Transport;
using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.Subscriptions;

/// <summary>
/// GraphQL over WebSocket with the graphql-transport-ws subprotocol (the graphql-ws library's): connection_init
/// (with the bearer token in its payload's Authorization), connection_ack, ping/pong, subscribe/next/error/complete.
/// The close codes are the protocol's (docs/subscriptions.md lists each with its reason text, which starts with our
/// stable error code).
/// </summary>
internal sealed class WebSocketSubscriptionEndpoint(
    SubscriptionExecution execution,
    SubscriberConnections connections,
    IServiceScopeFactory scopes,
    IOptions<SubscriptionOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<WebSocketSubscriptionEndpoint> log)
{
    public const string Subprotocol = "graphql-transport-ws";

    private SubscriptionExecution Execution => execution;
    private SubscriberConnections Connections => connections;
    private IOptions<SubscriptionOptions> Options => options;
    private IHostApplicationLifetime Lifetime => lifetime;
    private TimeProvider Clock => clock;
    private ILogger Log => log;
    private IServiceScopeFactory Scopes => scopes;

    public async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(Subprotocol))
        {
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status400BadRequest,
                new KenpoError(ErrorCodes.ProtocolViolation, $"A WebSocket to /graphql must ask for the {Subprotocol} subprotocol (Sec-WebSocket-Protocol)."),
                GraphQLMediaType.Json, http.RequestAborted);
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(Subprotocol);
        await using var scope = scopes.CreateAsyncScope();
        await using var connection = new Connection(this, http, socket, scope.ServiceProvider);
        await connection.RunAsync();
    }

    /// <summary>One WebSocket: a reader (this task), one writer (every send, closes included, goes through its queue), the operations.</summary>
    private sealed class Connection(WebSocketSubscriptionEndpoint owner, HttpContext http, WebSocket socket, IServiceProvider services) : IAsyncDisposable
    {
        private readonly SubscriptionOptions _options = owner.Options.Value;
        private readonly Channel<Outgoing> _outgoing = Channel.CreateBounded<Outgoing>(new BoundedChannelOptions(owner.Options.Value.MaxQueuedEvents * 4) { SingleReader = true });
        private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
        private readonly CancellationTokenSource _closing = new();
        private readonly ConcurrentBag<Task> _running = [];
        private SubscriberIdentity? _identity;
        private IDisposable? _slot;
        private int _initReceived;
        private Task? _writer;

        private sealed record Outgoing(byte[]? Message, WebSocketCloseStatus? Close = null, string? Reason = null);

        public async Task RunAsync()
        {
            _writer = Task.Run(WriteLoopAsync);
            using var stopping = owner.Lifetime.ApplicationStopping.Register(() => Close(WebSocketCloseStatus.EndpointUnavailable, $"{ErrorCodes.ShuttingDown}: the server is going away; reconnect."));
            var initTimeout = TimeSpan.FromSeconds(_options.ConnectionInitTimeoutSeconds);
            _ = Task.Delay(initTimeout, owner.Clock, _closing.Token).ContinueWith(t =>
            {
                if (!t.IsCanceled && Volatile.Read(ref _initReceived) == 0)
                {
                    Close((WebSocketCloseStatus)4408, $"{ErrorCodes.ConnectionInitTimeout}: Connection initialisation timeout");
                }
            }, TaskScheduler.Default);
            _ = KeepAliveAsync();
            try
            {
                await ReadLoopAsync();
            }
            catch (WebSocketException)
            {
                // The client went away without a close handshake.
            }
            catch (OperationCanceledException)
            {
                // Closed by us (the writer aborted a slow reader, or the close handshake timed out).
            }
        }

        /// <summary>A ping every Subscriptions:KeepAliveSeconds once acknowledged (graphql-ws clients answer pong), so proxies keep an idle socket.</summary>
        private async Task KeepAliveAsync()
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, _options.KeepAliveSeconds)), owner.Clock);
            try
            {
                while (await timer.WaitForNextTickAsync(_closing.Token))
                {
                    if (_identity is not null)
                    {
                        Send(Json(new { type = "ping" }));
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // The connection closed.
            }
        }

        private async Task ReadLoopAsync()
        {
            var buffer = new byte[Math.Min(_options.MaxMessageBytes, 16 * 1024) + 1];
            using var message = new MemoryStream();
            var windowStart = owner.Clock.GetUtcNow();
            var inWindow = 0;
            while (socket.State == WebSocketState.Open && !_closing.IsCancellationRequested)
            {
                message.SetLength(0);
                WebSocketReceiveResult received;
                do
                {
                    received = await socket.ReceiveAsync(buffer, http.RequestAborted);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }
                    if (message.Length + received.Count > _options.MaxMessageBytes)
                    {
                        Close(WebSocketCloseStatus.MessageTooBig, $"{ErrorCodes.RequestTooLarge}: a message is over {_options.MaxMessageBytes} bytes");
                        await DrainAsync();
                        return;
                    }
                    message.Write(buffer, 0, received.Count);
                }
                while (!received.EndOfMessage);
                if (received.MessageType != WebSocketMessageType.Text)
                {
                    Close((WebSocketCloseStatus)4400, $"{ErrorCodes.ProtocolViolation}: messages must be text (JSON)");
                    await DrainAsync();
                    return;
                }
                var now = owner.Clock.GetUtcNow();
                if (now - windowStart >= TimeSpan.FromSeconds(1))
                {
                    windowStart = now;
                    inWindow = 0;
                }
                if (++inWindow > _options.MaxMessagesPerSecond)
                {
                    Close(WebSocketCloseStatus.PolicyViolation, $"{ErrorCodes.RateLimited}: more than {_options.MaxMessagesPerSecond} messages a second");
                    await DrainAsync();
                    return;
                }
                if (!await HandleAsync(message.GetBuffer().AsMemory(0, (int)message.Length)))
                {
                    await DrainAsync();
                    return;
                }
            }
        }

        /// <summary>
        /// After this side closed for a violation the client may still be sending (a flood of subscribe messages): read and
        /// discard until its close frame arrives or a second passes. Returning at once left its bytes unread, the kernel
        /// answered them with a reset, and the client saw 1006 instead of the close code and reason (seen in CI).
        /// </summary>
        private async Task DrainAsync()
        {
            using var bound = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            bound.CancelAfter(TimeSpan.FromSeconds(1));
            var buffer = new byte[16 * 1024];
            try
            {
                while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
                {
                    if ((await socket.ReceiveAsync(buffer, bound.Token)).MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
            {
                // The second passed (the socket is aborted) or the client went away: nothing more to read.
            }
        }

        /// <summary>One client message; false when the connection is being closed.</summary>
        private async Task<bool> HandleAsync(ReadOnlyMemory<byte> text)
        {
            JsonElement root;
            try
            {
                using var document = JsonDocument.Parse(text);
                root = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return Violation("the message is not JSON");
            }
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                return Violation("the message has no type");
            }
            switch (typeElement.GetString())
            {
                case "connection_init":
                    return await InitAsync(root);
                case "ping":
                    Send(root.TryGetProperty("payload", out var payload) ? Json(new { type = "pong", payload }) : Json(new { type = "pong" }));
                    return true;
                case "pong":
                    return true;
                case "subscribe":
                    return await SubscribeAsync(root);
                case "complete":
                    if (Id(root) is not { } id)
                    {
                        return Violation("complete needs an id");
                    }
                    if (_operations.TryRemove(id, out var operation))
                    {
                        await operation.CancelAsync();
                    }
                    return true;
                default:
                    return Violation($"unknown message type '{Truncate(typeElement.GetString()!, 40)}'");
            }
        }

        private async Task<bool> InitAsync(JsonElement message)
        {
            if (Interlocked.Exchange(ref _initReceived, 1) == 1)
            {
                Close((WebSocketCloseStatus)4429, $"{ErrorCodes.ProtocolViolation}: Too many initialisation requests");
                return false;
            }
            string? authorization = null;
            if (message.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object)
            {
                foreach (var key in new[] { "Authorization", "authorization" })
                {
                    if (payload.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        authorization = value.GetString();
                        break;
                    }
                }
            }
            var (identity, refusal) = await SubscriberIdentity.AuthenticateAsync(services, authorization, http);
            if (refusal is not null)
            {
                // 401 refusals (no or a bad token) close with 4401, 403 ones (a missing permission) with 4403.
                Close((WebSocketCloseStatus)(refusal.StatusCode == StatusCodes.Status403Forbidden ? 4403 : 4401), $"{refusal.Error.StableCode}: {refusal.Error.Message}");
                return false;
            }
            _slot = owner.Connections.TryOpen(identity.ClientKey);
            if (_slot is null)
            {
                // 1013 (try again later): the graphql-ws client retries with its back-off instead of giving up.
                Close((WebSocketCloseStatus)1013, $"{ErrorCodes.TooManyConnections}: over Subscriptions:MaxConnectionsPerClient");
                return false;
            }
            _identity = identity;
            if (identity.ExpiresAt is { } expires)
            {
                var left = expires - owner.Clock.GetUtcNow();
                _ = Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero, owner.Clock, _closing.Token).ContinueWith(t =>
                {
                    if (!t.IsCanceled)
                    {
                        Close((WebSocketCloseStatus)4401, $"{ErrorCodes.InvalidToken}: the token expired at {expires:yyyy-MM-dd'T'HH:mm:ss'Z'}; reconnect with a new one");
                    }
                }, TaskScheduler.Default);
            }
            Send(Json(new { type = "connection_ack" }));
            return true;
        }

        private async Task<bool> SubscribeAsync(JsonElement message)
        {
            if (_identity is null)
            {
                Close((WebSocketCloseStatus)4401, $"{ErrorCodes.AuthenticationRequired}: Unauthorized (subscribe before connection_ack)");
                return false;
            }
            if (Id(message) is not { } id)
            {
                return Violation("subscribe needs an id");
            }
            if (!message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
            {
                return Violation("subscribe needs a payload object");
            }
            GraphQLHttpRequest request;
            try
            {
                request = GraphQLHttpRequest.FromJsonBody(Encoding.UTF8.GetBytes(payload.GetRawText()));
            }
            catch (KenpoError error)
            {
                return Violation(error.Message);
            }
            if (_operations.Count >= _options.MaxSubscriptionsPerConnection && !_operations.ContainsKey(id))
            {
                SendErrors(id, new ExecutionResult { Errors = [new KenpoError(ErrorCodes.TooManySubscriptions,
                    $"This connection already runs {_options.MaxSubscriptionsPerConnection} operations (Subscriptions:MaxSubscriptionsPerConnection); complete one first.")] });
                return true;
            }
            var operation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
            if (!_operations.TryAdd(id, operation))
            {
                operation.Dispose();
                Close((WebSocketCloseStatus)4409, $"Subscriber for {Truncate(id, 60)} already exists");
                return false;
            }
            _running.Add(Task.Run(() => RunOperationAsync(id, request, operation)));
            return true;
        }

        private async Task RunOperationAsync(string id, GraphQLHttpRequest request, CancellationTokenSource operation)
        {
            try
            {
                // Each operation in a scope of its own: operations of one socket run at once, and a request's services are not shared.
                await using var scope = owner.Scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<Access.RequestCaller>().ActAs(_identity!.Request);
                var result = await owner.Execution.ExecuteAsync(request, scope.ServiceProvider, _identity, operation.Token);
                if (result.Streams is not { Count: > 0 } streams)
                {
                    if (!result.Executed)
                    {
                        SendErrors(id, result);
                        return;
                    }
                    Send(await NextAsync(id, result, operation.Token));
                    Send(Json(new { id, type = "complete" }));
                    return;
                }
                using var pump = new EventPump(streams.Values.Single(), _options.MaxQueuedEvents);
                while (await pump.Events.WaitToReadAsync(operation.Token))
                {
                    while (pump.Events.TryRead(out var next))
                    {
                        Send(await NextAsync(id, next, operation.Token));
                    }
                }
                if (pump.Overflowed)
                {
                    Close(WebSocketCloseStatus.PolicyViolation, $"{ErrorCodes.SubscriberTooSlow}: events came faster than they were read");
                    return;
                }
                Send(Json(new { id, type = "complete" }));
            }
            catch (OperationCanceledException) when (operation.IsCancellationRequested)
            {
                // Completed by the client, or the connection is closing.
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                owner.Log.LogError(exception, "Subscription {Id} failed", id);
                SendErrors(id, new ExecutionResult { Errors = [new KenpoError(ErrorCodes.InternalServerError, "An unexpected error occurred. It has been logged on the server.")] });
            }
            finally
            {
                if (_operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, operation)))
                {
                    operation.Dispose();
                }
            }
        }

        private async Task<byte[]> NextAsync(string id, ExecutionResult result, CancellationToken cancellationToken)
        {
            var payload = await owner.Execution.SerializeAsync(result, cancellationToken);
            return Envelope(id, "next", payload);
        }

        private void SendErrors(string id, ExecutionResult result)
        {
            var payload = owner.Execution.SerializeErrorsAsync(result, CancellationToken.None).GetAwaiter().GetResult();
            Send(Envelope(id, "error", payload));
        }

        private static byte[] Envelope(string id, string type, byte[] payload)
        {
            var head = Encoding.UTF8.GetBytes($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"{type}\",\"payload\":");
            var message = new byte[head.Length + payload.Length + 1];
            head.CopyTo(message, 0);
            payload.CopyTo(message, head.Length);
            message[^1] = (byte)'}';
            return message;
        }

        private bool Violation(string what)
        {
            Close((WebSocketCloseStatus)4400, $"{ErrorCodes.ProtocolViolation}: {what}");
            return false;
        }

        private static string? Id(JsonElement message) =>
            message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text ? text : null;

        private static byte[] Json<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value);

        private void Send(byte[] message)
        {
            if (!_outgoing.Writer.TryWrite(new Outgoing(message)))
            {
                // The client does not read what it is sent: cut it off rather than queue without bound.
                Close(WebSocketCloseStatus.PolicyViolation, $"{ErrorCodes.SubscriberTooSlow}: messages came faster than they were read");
            }
        }

        /// <summary>Closes once, with the protocol's code and a reason (at most 123 bytes, as WebSocket allows).</summary>
        private void Close(WebSocketCloseStatus status, string reason)
        {
            var close = new Outgoing(null, status, Truncate(reason, 120));
            // A close jumps the queue when it is full: a slow reader must still be closed.
            if (!_outgoing.Writer.TryWrite(close))
            {
                _pendingClose ??= close;
            }
            _outgoing.Writer.TryComplete();
        }

        private Outgoing? _pendingClose;

        private async Task WriteLoopAsync()
        {
            try
            {
                await foreach (var item in _outgoing.Reader.ReadAllAsync())
                {
                    if (item.Close is { } status)
                    {
                        await CloseAsync(status, item.Reason!);
                        return;
                    }
                    using var write = new CancellationTokenSource(TimeSpan.FromSeconds(_options.WriteTimeoutSeconds));
                    await socket.SendAsync(item.Message!, WebSocketMessageType.Text, endOfMessage: true, write.Token);
                }
                if (_pendingClose is { Close: { } pending } close)
                {
                    await CloseAsync(pending, close.Reason!);
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
            {
                // A send that did not finish in time aborted the socket (a slow reader), or the client is gone.
                socket.Abort();
            }
            finally
            {
                await _closing.CancelAsync();
            }
        }

        private async Task CloseAsync(WebSocketCloseStatus status, string reason)
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var write = new CancellationTokenSource(TimeSpan.FromSeconds(_options.WriteTimeoutSeconds));
                await socket.CloseOutputAsync(status, reason, write.Token);
                // A client that never answers the close is not waited for past a second.
                _ = Task.Delay(TimeSpan.FromSeconds(1), owner.Clock).ContinueWith(_ => socket.Abort(), TaskScheduler.Default);
            }
        }

        private static string Truncate(string text, int bytes)
        {
            if (Encoding.UTF8.GetByteCount(text) <= bytes)
            {
                return text;
            }
            var cut = text;
            while (Encoding.UTF8.GetByteCount(cut) > bytes)
            {
                cut = cut[..^1];
            }
            return cut;
        }

        public async ValueTask DisposeAsync()
        {
            Close(WebSocketCloseStatus.NormalClosure, "");
            if (_writer is not null)
            {
                await _writer.WaitAsync(TimeSpan.FromSeconds(_options.WriteTimeoutSeconds)).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            await _closing.CancelAsync();
            foreach (var operation in _operations.Values)
            {
                await operation.CancelAsync();
            }
            // The operations read this connection's scope: they end before it is disposed.
            await Task.WhenAll(_running).WaitAsync(TimeSpan.FromSeconds(_options.WriteTimeoutSeconds)).ContinueWith(_ => { }, TaskScheduler.Default);
            _slot?.Dispose();
            _closing.Dispose();
        }
    }
}
