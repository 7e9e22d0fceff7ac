using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KenpoGraph.Warehouse.Tests.PostgreSql;

/// <summary>
/// db/postgresql/ is what a DBA reads and applies; the EF Core model is what the loader creates in each version's schema
/// and the API reads. Both are applied to a real PostgreSQL, each in a schema of its own, and the server's catalog of the
/// two is compared (the server is the parser), so neither can change without the other.
/// </summary>
public sealed class PostgreSqlDdlTests
{
    private static readonly string DdlDirectory = Path.Combine(SeedWorkspace.RepositoryRoot, "db", "postgresql");

    private static string ModelScript()
    {
        using var db = new WarehouseDbContext(new DbContextOptionsBuilder<WarehouseDbContext>().UseNpgsql().Options);
        return db.Database.GenerateCreateScript();
    }

    private static string VersionTables => File.ReadAllText(Path.Combine(DdlDirectory, "020_version_tables.sql"));

    [SkippableFact]
    public async Task Db_postgresql_declares_exactly_the_tables_columns_keys_and_indexes_of_the_model()
    {
        Skip.If(PostgreSqlCluster.Missing is not null, PostgreSqlCluster.Missing);
        await using var connection = await OpenAsync();

        var differences = Differences(await CatalogAsync(connection, "model", ModelScript()), await CatalogAsync(connection, "ddl", VersionTables));

        Assert.True(differences.Count == 0, "db/postgresql/020_version_tables.sql and the EF Core model differ:\n" + string.Join("\n", differences));
    }

    [SkippableFact]
    public async Task A_model_column_missing_from_db_postgresql_is_named_with_its_table()
    {
        Skip.If(PostgreSqlCluster.Missing is not null, PostgreSqlCluster.Missing);
        const string basis = "    basis character varying(24) NOT NULL,\n";
        Assert.Contains(basis, VersionTables);
        await using var connection = await OpenAsync();

        var differences = Differences(await CatalogAsync(connection, "model", ModelScript()),
            await CatalogAsync(connection, "ddl", VersionTables.Replace(basis, "", StringComparison.Ordinal)));

        Assert.Equal(["fact_observation.basis: the model declares character varying(24) NOT NULL; db/postgresql/ lacks it"], differences);
    }

    [SkippableFact]
    public async Task The_catalog_and_the_permissions_apply_to_a_fresh_database_and_apply_again_unchanged()
    {
        Skip.If(PostgreSqlCluster.Missing is not null, PostgreSqlCluster.Missing);
        await using var connection = await OpenAsync();
        foreach (var _ in new[] { 1, 2 })
        {
            foreach (var file in new[] { "010_catalog.sql", "030_permissions.sql" })
            {
                await using var command = new NpgsqlCommand(File.ReadAllText(Path.Combine(DdlDirectory, file)), connection);
                await command.ExecuteNonQueryAsync();
            }
        }
        await using var check = new NpgsqlCommand(
            "SELECT has_table_privilege('kenpograph_reader', 'kenpograph.current_version', 'SELECT'), "
            + "has_table_privilege('kenpograph_reader', 'kenpograph.current_version', 'INSERT')", connection);
        await using var reader = await check.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((true, false), (reader.GetBoolean(0), reader.GetBoolean(1)));
    }

    private static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(PostgreSqlCluster.Shared.CreateDatabase());
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Runs <paramref name="script"/> in a new schema and reads back what the server made of it, one line per fact.</summary>
    private static async Task<Dictionary<string, string>> CatalogAsync(NpgsqlConnection connection, string schema, string script)
    {
        await using (var create = new NpgsqlCommand($"CREATE SCHEMA {schema}; SET search_path TO {schema}; {script}; RESET search_path;", connection))
        {
            await create.ExecuteNonQueryAsync();
        }
        var facts = new Dictionary<string, string>();
        async Task ReadAsync(string sql, Func<NpgsqlDataReader, (string Key, string Value)> row)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("schema", schema);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var (key, value) = row(reader);
                facts[key] = value;
            }
        }
        await ReadAsync("""
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = @schema AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
            """, r => ($"{r.GetString(0)}.{r.GetString(1)}", $"{r.GetString(2)}{(r.GetBoolean(3) ? " NOT NULL" : " NULL")}"));
        await ReadAsync("""
            SELECT c.relname, k.conname, pg_get_constraintdef(k.oid)
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = @schema
            """, r => ($"{r.GetString(0)}: constraint {r.GetString(1)}", r.GetString(2).Replace(schema + ".", "", StringComparison.Ordinal)));
        await ReadAsync("""
            SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = @schema
            """, r => ($"{r.GetString(0)}: index {r.GetString(1)}", r.GetString(2).Replace(schema + ".", "", StringComparison.Ordinal)));
        await ReadAsync("""
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = @schema AND c.relkind = 'r'
            """, r => ($"{r.GetString(0)}", "table"));
        return facts;
    }

    private static List<string> Differences(Dictionary<string, string> model, Dictionary<string, string> ddl) =>
    [
        .. model.Where(m => !ddl.ContainsKey(m.Key)).OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => $"{m.Key}: the model declares {m.Value}; db/postgresql/ lacks it"),
        .. model.Where(m => ddl.TryGetValue(m.Key, out var d) && d != m.Value).OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => $"{m.Key}: the model declares {m.Value}; db/postgresql/ says {ddl[m.Key]}"),
        .. ddl.Where(d => !model.ContainsKey(d.Key)).OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => $"{d.Key}: db/postgresql/ declares {d.Value}; the model lacks it"),
    ];
}
