using KenpoGraph.Api.Hosting;
using KenpoGraph.Api.ReadModel;
using KenpoGraph.Warehouse.Storage;
using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.RequestData;

internal static class WarehouseRegistration
{
    /// <summary>The warehouse store, its start-up check, its in-memory read models, and the per-request view resolvers read through.</summary>
    public static void AddWarehouse(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WarehouseOptions>(configuration.GetSection(WarehouseOptions.Section));
        services.AddSingleton(provider => WarehouseStores.Create(provider.GetRequiredService<IOptions<WarehouseOptions>>().Value));
        services.AddHostedService<WarehouseBootstrap>();
        services.Configure<ReadModelOptions>(configuration.GetSection(ReadModelOptions.Section));
        services.AddSingleton<ReadModels>();
        services.AddScoped<RequestWarehouse>();
    }
}
