using KenpoGraph.Warehouse.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KenpoGraph.Api.Health;

/// <summary>Ready means: a data version is published and its warehouse answers a connection.</summary>
internal sealed class WarehouseHealthCheck(IWarehouseStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        WarehouseSnapshot? current;
        try
        {
            current = store.Current();
        }
        catch (WarehouseUnavailableException exception)
        {
            return HealthCheckResult.Unhealthy($"The published warehouse cannot be read: {exception.Message}");
        }
        await using var session = current;
        if (current is null)
        {
            return HealthCheckResult.Unhealthy($"No data version has been published at {store.Location}: run `kenpograph load`.");
        }
        await using var db = current.CreateContext();
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy($"Data version {current.Version.Id} is published but its warehouse at {store.Location} cannot be opened.");
        }
        return HealthCheckResult.Healthy($"Serving data version {current.Version.Id}.",
            new Dictionary<string, object> { ["dataVersion"] = current.Version.Id, ["loadedAt"] = current.Version.LoadedAt });
    }
}
