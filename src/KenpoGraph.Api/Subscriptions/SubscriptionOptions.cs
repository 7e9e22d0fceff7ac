namespace KenpoGraph.Api.Subscriptions;

/// <summary>Subscriptions: how a replica notices a publish, and the bounds every subscriber is held to (docs/subscriptions.md).</summary>
internal sealed class SubscriptionOptions
{
    public const string Section = "Subscriptions";

    /// <summary>How often each instance asks the warehouse for its current version; a publish is heard within this.</summary>
    public int PollIntervalMilliseconds { get; set; } = 1000;

    /// <summary>An SSE comment line / a WebSocket ping this often, so proxies do not close an idle stream.</summary>
    public int KeepAliveSeconds { get; set; } = 15;

    /// <summary>A WebSocket must send connection_init within this, or is closed with 4408.</summary>
    public int ConnectionInitTimeoutSeconds { get; set; } = 10;

    /// <summary>Open subscription connections (SSE streams and WebSockets) per client (token client id, else remote address).</summary>
    public int MaxConnectionsPerClient { get; set; } = 10;

    /// <summary>Operations running at once on one WebSocket.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 10;

    /// <summary>The largest WebSocket message a client may send.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Client messages per second on one WebSocket before it is closed (a flood of subscribe messages).</summary>
    public int MaxMessagesPerSecond { get; set; } = 50;

    /// <summary>Events waiting for a slow reader before it is cut off; and how long one write may take.</summary>
    public int MaxQueuedEvents { get; set; } = 16;

    public int WriteTimeoutSeconds { get; set; } = 10;
}
