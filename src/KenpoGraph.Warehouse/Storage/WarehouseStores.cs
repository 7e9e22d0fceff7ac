namespace KenpoGraph.Warehouse.Storage;

/// <summary>Chooses the store the configuration names.</summary>
public static class WarehouseStores
{
    public static IWarehouseStore Create(WarehouseOptions options) => options.Provider switch
    {
        WarehouseProvider.Sqlite => new SqliteWarehouseStore(options.DataDirectory, options.KeepPreviousVersions),
        WarehouseProvider.SqlServer => new ServerWarehouseStore(new SqlServerDialect(
            options.ConnectionString ?? throw new InvalidOperationException("Warehouse:ConnectionString is required when Warehouse:Provider is SqlServer.")),
            options.KeepPreviousVersions),
        WarehouseProvider.PostgreSql => new ServerWarehouseStore(new PostgreSqlDialect(
            options.ConnectionString ?? throw new InvalidOperationException("Warehouse:ConnectionString is required when Warehouse:Provider is PostgreSql.")),
            options.KeepPreviousVersions),
        _ => throw new InvalidOperationException($"Unknown Warehouse:Provider '{options.Provider}'."),
    };
}
