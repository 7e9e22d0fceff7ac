using KenpoGraph.Warehouse.Model;
using KenpoGraph.Warehouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Tests;

public sealed class ProviderTests
{
    [Fact]
    public void SqlServer_is_selected_by_configuration_and_needs_no_server_to_build_its_schema()
    {
        var store = WarehouseStores.Create(new WarehouseOptions
        {
            Provider = WarehouseProvider.SqlServer,
            ConnectionString = "Server=sql.example;Database=KenpoGraph;User Id=reader;Password=not-a-secret;Encrypt=True",
        });

        Assert.IsType<ServerWarehouseStore>(store);
        Assert.Equal("SQL Server sql.example/KenpoGraph", store.Location);

        using var db = new WarehouseDbContext(new DbContextOptionsBuilder<WarehouseDbContext>().UseSqlServer("Server=none").Options);
        var script = db.Database.GenerateCreateScript();
        Assert.Contains("CREATE TABLE [fact_observation]", script);
        Assert.Contains("[value] decimal(28,6) NOT NULL", script);
        Assert.Contains("[org_unit_code] nchar(2) NOT NULL", script);
    }

    [Fact]
    public void SqlServer_without_a_connection_string_is_a_clear_configuration_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => WarehouseStores.Create(new WarehouseOptions { Provider = WarehouseProvider.SqlServer }));
        Assert.Equal("Warehouse:ConnectionString is required when Warehouse:Provider is SqlServer.", error.Message);
    }

    [Fact]
    public void PostgreSql_is_selected_by_configuration_and_its_location_names_no_password()
    {
        using var store = (ServerWarehouseStore)WarehouseStores.Create(new WarehouseOptions
        {
            Provider = WarehouseProvider.PostgreSql,
            ConnectionString = "Host=pg.example;Port=5433;Database=kenpograph;Username=reader;Password=not-a-secret",
        });

        Assert.Equal("PostgreSQL pg.example:5433/kenpograph", store.Location);
        var error = Assert.Throws<InvalidOperationException>(() => WarehouseStores.Create(new WarehouseOptions { Provider = WarehouseProvider.PostgreSql }));
        Assert.Equal("Warehouse:ConnectionString is required when Warehouse:Provider is PostgreSql.", error.Message);
    }

    [Fact]
    public void Sqlite_is_the_default_and_lives_outside_the_source_tree()
    {
        var options = new WarehouseOptions();
        Assert.Equal(WarehouseProvider.Sqlite, options.Provider);
        Assert.IsType<SqliteWarehouseStore>(WarehouseStores.Create(options));
        Assert.False(Path.GetFullPath(options.DataDirectory).StartsWith(Testing.SeedWorkspace.RepositoryRoot, StringComparison.Ordinal));
    }
}
