using GraphQL;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Limits;
using KenpoGraph.Api.Transport;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KenpoGraph.Api.Subscriptions;

/// <summary>
/// GraphQL over Server-Sent Events, the graphql-sse protocol's "distinct connections" mode: POST (or GET) /graphql with
/// Accept: text/event-stream runs one operation per connection; each result is an <c>event: next</c>, the end an
/// <c>event: complete</c>. The bearer header is checked as for any request before anything is read; request errors
/// (bad JSON, validation, limits) are answered as plain GraphQL errors with a 4xx before the stream starts.
/// </summary>
internal sealed class SseSubscriptionEndpoint(
    SubscriptionExecution execution,
    SubscriberConnections connections,
    IServiceScopeFactory scopes,
    IOptions<SubscriptionOptions> options,
    IOptions<LimitOptions> limits,
    IHostApplicationLifetime lifetime,
    TimeProvider clock)
{
    public const string EventStream = "text/event-stream";

    private static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();
    private static readonly byte[] Complete = "event: complete\ndata: \n\n"u8.ToArray();

    /// <summary>Whether the client asks for an event stream (graphql-sse); every other request is the HTTP endpoint's.</summary>
    public static bool Wants(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase));

    public async Task HandleAsync(HttpContext http)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (identity, refusal) = await SubscriberIdentity.AuthenticateAsync(scope.ServiceProvider, http.Request.Headers.Authorization, http);
        if (refusal is not null)
        {
            http.Response.SetChallenge(refusal);
            await GraphQLErrorResponse.WriteAsync(http, refusal.StatusCode, refusal.Error, GraphQLMediaType.Json, http.RequestAborted);
            return;
        }
        using var slot = connections.TryOpen(identity.ClientKey);
        if (slot is null)
        {
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status429TooManyRequests, connections.Refusal(), GraphQLMediaType.Json, http.RequestAborted);
            return;
        }
        GraphQLHttpRequest request;
        try
        {
            request = await GraphQLHttpEndpoint.ReadAsync(http, limits.Value.MaxRequestBodyBytes,
                RequestDeadline.Start(TimeSpan.FromSeconds(limits.Value.ExecutionTimeoutSeconds), http.RequestAborted));
        }
        catch (KenpoError error)
        {
            await GraphQLErrorResponse.WriteAsync(http, GraphQLHttpEndpoint.StatusOf(error, GraphQLMediaType.GraphQLResponse), error, GraphQLMediaType.Json, http.RequestAborted);
            return;
        }

        using var connection = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var result = await execution.ExecuteAsync(request, scope.ServiceProvider, identity, connection.Token);
        if (result.Streams is not { Count: > 0 } streams)
        {
            if (!result.Executed)
            {
                // Refused before it ran (parse, validation, limits): a GraphQL request error, not a stream.
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                http.Response.ContentType = $"{GraphQLMediaType.Json}; charset=utf-8";
                await http.Response.Body.WriteAsync(await execution.SerializeAsync(result, http.RequestAborted), http.RequestAborted);
                return;
            }
            await StartAsync(http);
            await WriteAsync(http, Next(await execution.SerializeAsync(result, connection.Token)));
            await WriteAsync(http, Complete);
            return;
        }

        using var pump = new EventPump(streams.Values.Single(), options.Value.MaxQueuedEvents);
        await StartAsync(http);
        var keepAlive = TimeSpan.FromSeconds(Math.Max(1, options.Value.KeepAliveSeconds));
        try
        {
            while (true)
            {
                var untilExpiry = identity.ExpiresAt is { } expires ? expires - clock.GetUtcNow() : Timeout.InfiniteTimeSpan;
                if (untilExpiry != Timeout.InfiniteTimeSpan && untilExpiry <= TimeSpan.Zero)
                {
                    // A token that expires ends its subscriptions with a reason, then the stream completes.
                    var expired = new ExecutionResult { Errors = [new KenpoError(ErrorCodes.InvalidToken,
                        $"The bearer token was refused: it expired at {identity.ExpiresAt:yyyy-MM-dd'T'HH:mm:ss'Z'}; subscribe again with a new token.")] };
                    await WriteAsync(http, Next(await execution.SerializeAsync(expired, connection.Token)));
                    await WriteAsync(http, Complete);
                    return;
                }
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(connection.Token);
                wait.CancelAfter(untilExpiry == Timeout.InfiniteTimeSpan || untilExpiry > keepAlive ? keepAlive : untilExpiry);
                bool more;
                try
                {
                    more = await pump.Events.WaitToReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!connection.IsCancellationRequested)
                {
                    await WriteAsync(http, KeepAlive);
                    continue;
                }
                if (!more)
                {
                    // A slow reader is cut off (the stream just ends); a finished stream completes.
                    if (!pump.Overflowed)
                    {
                        await WriteAsync(http, Complete);
                    }
                    return;
                }
                while (pump.Events.TryRead(out var next))
                {
                    await WriteAsync(http, Next(await execution.SerializeAsync(next, connection.Token)));
                }
            }
        }
        catch (OperationCanceledException) when (connection.IsCancellationRequested)
        {
            // The client went away, or the server is stopping: the stream ends without `complete`, so a graphql-sse
            // client retries (on another replica when this one is going away).
        }
    }

    private static byte[] Next(byte[] json)
    {
        var head = "event: next\ndata: "u8;
        var message = new byte[head.Length + json.Length + 2];
        head.CopyTo(message);
        json.CopyTo(message.AsSpan(head.Length));
        message[^2] = (byte)'\n';
        message[^1] = (byte)'\n';
        return message;
    }

    private static async Task StartAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = $"{EventStream}; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers[HeaderNames.Connection] = "keep-alive";
        // Proxies (nginx) must pass events through as they come.
        http.Response.Headers["X-Accel-Buffering"] = "no";
        await http.Response.StartAsync(http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }

    /// <summary>Writes one message within Subscriptions:WriteTimeoutSeconds; a reader slower than that is disconnected.</summary>
    private async Task WriteAsync(HttpContext http, byte[] message)
    {
        using var write = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        write.CancelAfter(TimeSpan.FromSeconds(options.Value.WriteTimeoutSeconds));
        try
        {
            await http.Response.Body.WriteAsync(message, write.Token);
            await http.Response.Body.FlushAsync(write.Token);
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            http.Abort();
            throw new OperationCanceledException(ErrorCodes.SubscriberTooSlow, http.RequestAborted);
        }
    }
}
