namespace KenpoGraph.Api.PersistedOperations;

internal static class PersistedOperationRegistration
{
    public static void AddPersistedOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PersistedOperationOptions>(configuration.GetSection(PersistedOperationOptions.Section));
        services.AddSingleton<PersistedOperationStore>();
    }
}
