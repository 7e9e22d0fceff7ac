using GraphQL.DI;

namespace KenpoGraph.Api.Caching;

internal static class CachingRegistration
{
    /// <summary>The response cache (ETag) and the parsed-document cache, which also hooks into execution.</summary>
    public static void AddKenpoGraphCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CachingOptions>(configuration.GetSection(CachingOptions.Section));
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<IConfigureExecution>(provider => provider.GetRequiredService<DocumentCache>());
    }
}
