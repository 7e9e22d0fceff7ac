namespace KenpoGraph.Api.Limits;

internal static class LimitRegistration
{
    /// <summary>Request limits (depth, aliases, cost, …) checked at validation, and per-client rate limiting.</summary>
    public static void AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LimitOptions>(configuration.GetSection(LimitOptions.Section));
        services.AddSingleton<OperationLimitsRule>();
        services.AddClientRateLimiting();
    }
}
