namespace KenpoGraph.Warehouse.Storage;

/// <summary>Chooses the store the configuration names.</summary>
public static class WarehouseStores
{
    public static IWarehouseStore Create(WarehouseOptions options) => options.Provider switch
    {
        WarehouseProvider.Sqlite => new SqliteWarehouseStore(options.DataDirectory, options.KeepPreviousVersions),
        WarehouseProvider.SqlServer => new SqlServerWarehouseStore(
            options.ConnectionString ?? throw new InvalidOperationException("Warehouse:ConnectionString is required when Warehouse:Provider is SqlServer.")),
        _ => throw new InvalidOperationException($"Unknown Warehouse:Provider '{options.Provider}'."),
    };
}
