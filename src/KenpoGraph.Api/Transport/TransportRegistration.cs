namespace KenpoGraph.Api.Transport;

internal static class TransportRegistration
{
    /// <summary>GraphQL over HTTP at /graphql (<see cref="GraphQLHttpEndpoint"/>).</summary>
    public static void AddGraphQLTransport(this IServiceCollection services) => services.AddSingleton<GraphQLHttpEndpoint>();
}
