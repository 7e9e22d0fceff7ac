namespace KenpoGraph.Api.Subscriptions;

internal static class SubscriptionRegistration
{
    /// <summary>The publish watcher, its feed, and the two streaming transports of /graphql.</summary>
    public static void AddSubscriptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SubscriptionOptions>(configuration.GetSection(SubscriptionOptions.Section));
        services.AddSingleton<PublishFeed>();
        services.AddHostedService<PublishWatcher>();
        services.AddSingleton<SubscriberConnections>();
        services.AddSingleton<SubscriptionExecution>();
        services.AddSingleton<SseSubscriptionEndpoint>();
        services.AddSingleton<WebSocketSubscriptionEndpoint>();
    }

    /// <summary>
    /// Routes a /graphql request: a WebSocket upgrade to graphql-transport-ws, Accept: text/event-stream to graphql-sse,
    /// everything else to the GraphQL-over-HTTP endpoint.
    /// </summary>
    public static Task RouteAsync(HttpContext http, Func<HttpContext, Task> plainHttp)
    {
        if (http.WebSockets.IsWebSocketRequest)
        {
            return http.RequestServices.GetRequiredService<WebSocketSubscriptionEndpoint>().HandleAsync(http);
        }
        if (SseSubscriptionEndpoint.Wants(http.Request))
        {
            return http.RequestServices.GetRequiredService<SseSubscriptionEndpoint>().HandleAsync(http);
        }
        return plainHttp(http);
    }
}
