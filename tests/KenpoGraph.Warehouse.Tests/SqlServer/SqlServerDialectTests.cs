using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Model;
using KenpoGraph.Warehouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Tests.SqlServer;

/// <summary>
/// SQL Server runs the server store PostgreSQL runs for real (schema per version, catalog, load lock, snapshot
/// readers); what is its own is SqlServerDialect. No SQL Server runs here, so every statement the store and the dialect
/// send it is parsed as T-SQL 2022, and what they create is compared with db/sqlserver/.
/// </summary>
public sealed class SqlServerDialectTests
{
    private const string Connection = "Server=sql.example;Database=KenpoGraph;User Id=loader;Password=not-a-secret;Encrypt=True";

    public static TheoryData<string, string> Statements()
    {
        var dialect = new SqlServerDialect(Connection);
        var data = new TheoryData<string, string>
        {
            { "catalog DDL", dialect.CatalogDdl },
            { "load lock", SqlServerDialect.TryLockSql },
            { "version schemas", dialect.ListVersionSchemasSql },
            { "set current", dialect.SetCurrentSql },
            { "drop a version", SqlServerDialect.DropSchemaSql },
        };
        foreach (var (statement, n) in CatalogStatements.All.Select((s, n) => (s, n)))
        {
            data.Add($"catalog statement {n}", statement);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Every_statement_the_store_sends_parses_as_T_SQL(string what, string sql)
    {
        TSqlSchema.Parse(sql, what, out var errors);

        Assert.True(errors.Count == 0, $"{what}: {string.Join("; ", errors)}\n{sql}");
        // Sent as one command: a GO line is sqlcmd's, the server would refuse it.
        Assert.DoesNotMatch(@"(?im)^\s*GO\s*$", sql);
    }

    [Fact]
    public void The_catalog_the_loader_runs_is_the_file_in_db_sqlserver()
    {
        var file = File.ReadAllText(Path.Combine(SeedWorkspace.RepositoryRoot, "db", "sqlserver", SqlServerDdlTests.CatalogFile));

        Assert.Equal(file, new SqlServerDialect(Connection).CatalogDdl);
        // Each table created only where it is missing (IF OBJECT_ID … IS NULL): the loader runs the file before every load.
        Assert.Contains("IF OBJECT_ID(N'[kenpograph].[warehouse_version]', N'U') IS NULL\nCREATE TABLE [kenpograph].[warehouse_version]", file, StringComparison.Ordinal);
        Assert.Contains("IF OBJECT_ID(N'[kenpograph].[current_version]', N'U') IS NULL\nCREATE TABLE [kenpograph].[current_version]", file, StringComparison.Ordinal);
    }

    [Fact]
    public void A_versions_tables_are_the_models_in_the_versions_schema_with_the_columnstore_indexes_of_db_sqlserver()
    {
        using var db = new WarehouseDbContext(WarehouseSchema.Use(
            new DbContextOptionsBuilder<WarehouseDbContext>().UseSqlServer("Server=none"), ServerWarehouseStore.SchemaOf(3)).Options);

        var batches = SqlServerDialect.VersionTablesBatches(db);

        Assert.All(batches, batch => Assert.DoesNotMatch(@"(?im)^\s*GO\s*$", batch));
        var created = TSqlSchema.Read(batches.Select((b, n) => ($"batch {n}", b)));
        Assert.NotEmpty(created.Tables);
        Assert.All(created.Tables.Keys, table => Assert.StartsWith("kenpograph_v000003.", table, StringComparison.Ordinal));
        // The same tables, columns, keys and indexes as the model in dbo (which SqlServerDdlTests compares with db/sqlserver/).
        var inDbo = TSqlSchema.Read([("model", SqlServerDdlTests.ModelScript())]);
        Assert.Equal(inDbo.Tables.Keys.Select(t => $"kenpograph_v000003.{t}").Order(StringComparer.Ordinal), created.Tables.Keys.Order(StringComparer.Ordinal));
        var declared = TSqlSchema.Read(SqlServerDdlTests.DdlFiles());
        Assert.Equal(
            declared.Indexes.Where(i => i.Columnstore).Select(i => $"kenpograph_v000003.{i.Table} {i.Name}").Order(StringComparer.Ordinal),
            created.Indexes.Where(i => i.Columnstore).Select(i => $"{i.Table} {i.Name}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SqlServer_keeps_versions_like_the_other_server_provider()
    {
        using var store = (ServerWarehouseStore)WarehouseStores.Create(new WarehouseOptions
        {
            Provider = WarehouseProvider.SqlServer,
            ConnectionString = Connection,
            KeepPreviousVersions = 2,
        });

        Assert.Equal("SQL Server sql.example/KenpoGraph", store.Location);
        Assert.DoesNotContain("not-a-secret", store.Location, StringComparison.Ordinal);
    }
}
