using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Tests.SqlServer;

/// <summary>
/// db/sqlserver/ is what a DBA applies in production; the EF Core model is what the loader writes and the
/// API reads. Both are parsed as T-SQL and compared, so neither can change without the other.
/// </summary>
public sealed class SqlServerDdlTests
{
    private static readonly string DdlDirectory = Path.Combine(SeedWorkspace.RepositoryRoot, "db", "sqlserver");

    internal static string ModelScript()
    {
        using var db = new WarehouseDbContext(new DbContextOptionsBuilder<WarehouseDbContext>().UseSqlServer("Server=none").Options);
        return db.Database.GenerateCreateScript();
    }

    /// <summary>The files that declare one data version's tables: every file but the catalog (schema kenpograph), which is the store's, not the model's.</summary>
    internal static IEnumerable<(string File, string Text)> DdlFiles() =>
        Directory.GetFiles(DdlDirectory, "*.sql").Order(StringComparer.Ordinal)
            .Where(path => Path.GetFileName(path) != CatalogFile)
            .Select(path => (Path.GetRelativePath(SeedWorkspace.RepositoryRoot, path), File.ReadAllText(path)));

    internal const string CatalogFile = "015_catalog.sql";

    [Fact]
    public void Db_sqlserver_declares_exactly_the_tables_columns_keys_and_indexes_of_the_model()
    {
        var differences = Differences(TSqlSchema.Read([("EF Core model", ModelScript())]), TSqlSchema.Read(DdlFiles()));

        Assert.True(differences.Count == 0, "db/sqlserver/ and the EF Core model differ:\n" + string.Join("\n", differences));
    }

    [Fact]
    public void A_model_column_missing_from_db_sqlserver_is_named_with_its_table()
    {
        // The same comparison, with one column taken out of the DDL as a forgetful change would.
        var ddl = DdlFiles().Select(f => (f.File, f.Text.Replace("    [basis] nvarchar(24) NOT NULL,\n", ""))).ToArray();
        Assert.Contains(DdlFiles(), f => f.Text.Contains("    [basis] nvarchar(24) NOT NULL,\n", StringComparison.Ordinal));

        var differences = Differences(TSqlSchema.Read([("EF Core model", ModelScript())]), TSqlSchema.Read(ddl));

        Assert.Equal(["fact_observation.basis: the model declares nvarchar(24) NOT NULL; db/sqlserver/ lacks the column"], differences);
    }

    [Fact]
    public void Fact_tables_are_clustered_columnstore_with_nonclustered_primary_keys_and_dimensions_are_rowstore()
    {
        var ddl = TSqlSchema.Read(DdlFiles());
        string[] facts = ["fact_observation", "fact_rollup", "fact_kpi_target", "fact_kpi_result", "fact_budget_amount", "fact_incentive_published_rank"];
        Assert.Equal(facts.Order(), ddl.Tables.Keys.Where(t => t.StartsWith(WarehouseDbContext.FactTablePrefix, StringComparison.Ordinal)).Order());

        foreach (var fact in facts)
        {
            Assert.Contains(ddl.Indexes, i => i.Table == fact && i is { Columnstore: true, Clustered: true });
            Assert.False(ddl.Tables[fact].PrimaryKey!.Clustered, $"{fact}: a columnstore table's primary key must be NONCLUSTERED");
        }
        foreach (var table in ddl.Tables.Values.Where(t => !facts.Contains(t.Name)))
        {
            Assert.True(table.PrimaryKey!.Clustered, $"{table.Name}: a dimension keeps a clustered rowstore primary key");
            Assert.DoesNotContain(ddl.Indexes, i => i.Table == table.Name && i.Columnstore);
        }
        Assert.All(ddl.Tables.Values.SelectMany(t => t.ForeignKeys), fk => Assert.Equal("NO ACTION", fk.OnDelete));
    }

    [Fact]
    public void Every_sql_file_under_db_parses_as_sql_server_2022()
    {
        // Except PostgreSQL's (db/postgresql/), which is not T-SQL: PostgreSqlDdlTests runs it on a real PostgreSQL.
        var postgres = Path.Combine(SeedWorkspace.RepositoryRoot, "db", "postgresql") + Path.DirectorySeparatorChar;
        var files = Directory.GetFiles(Path.Combine(SeedWorkspace.RepositoryRoot, "db"), "*.sql", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(postgres, StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(files);

        var errors = ParseErrors(SeedWorkspace.RepositoryRoot, files);

        Assert.True(errors.Count == 0, "T-SQL parse errors:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void A_broken_statement_is_reported_with_its_file_and_line()
    {
        var copy = Directory.CreateTempSubdirectory("kenpograph-ddl-");
        try
        {
            foreach (var (file, text) in DdlFiles())
            {
                File.WriteAllText(Path.Combine(copy.FullName, Path.GetFileName(file)), text);
            }
            var broken = Path.Combine(copy.FullName, "030_facts.sql");
            var lines = File.ReadAllLines(broken).ToList();
            var line = lines.FindIndex(l => l.StartsWith("CREATE TABLE [dbo].[fact_rollup]", StringComparison.Ordinal));
            lines[line] = "CREATE TABEL [dbo].[fact_rollup] (";
            File.WriteAllLines(broken, lines);

            var errors = ParseErrors(copy.FullName, Directory.GetFiles(copy.FullName, "*.sql"));

            var error = Assert.Single(errors, e => e.Line == line + 1);
            Assert.Equal("030_facts.sql", error.File);
            Assert.StartsWith($"030_facts.sql:{line + 1}:", error.ToString(), StringComparison.Ordinal);
            Assert.All(errors, e => Assert.Equal("030_facts.sql", e.File));
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    internal static List<TSqlError> ParseErrors(string root, IEnumerable<string> files)
    {
        var errors = new List<TSqlError>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            TSqlSchema.Parse(File.ReadAllText(file), Path.GetRelativePath(root, file), out var fileErrors);
            errors.AddRange(fileErrors);
        }
        return errors;
    }

    /// <summary>What the model declares and db/sqlserver/ does not match, one line each, naming table and column.</summary>
    internal static List<string> Differences(TSqlSchema model, TSqlSchema ddl)
    {
        var differences = new List<string>();
        foreach (var table in model.Tables.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            if (!ddl.Tables.TryGetValue(table.Name, out var declared))
            {
                differences.Add($"{table.Name}: the model declares the table; db/sqlserver/ lacks it");
                continue;
            }
            foreach (var column in table.Columns)
            {
                var other = declared.Columns.FirstOrDefault(c => c.Name == column.Name);
                if (other is null)
                {
                    differences.Add($"{table.Name}.{column.Name}: the model declares {column}; db/sqlserver/ lacks the column");
                }
                else if (other != column)
                {
                    differences.Add($"{table.Name}.{column.Name}: the model declares {column}; db/sqlserver/ says {other}");
                }
            }
            differences.AddRange(declared.Columns.Where(c => table.Columns.All(m => m.Name != c.Name))
                .Select(c => $"{table.Name}.{c.Name}: db/sqlserver/ declares {c}; the model lacks the column (the loader would not fill it)"));
            if (!SameKey(table.PrimaryKey, declared.PrimaryKey))
            {
                differences.Add($"{table.Name}: primary key is {table.PrimaryKey} in the model, {declared.PrimaryKey} in db/sqlserver/");
            }
            var modelKeys = table.ForeignKeys.Select(f => f.ToString()).ToHashSet();
            var ddlKeys = declared.ForeignKeys.Select(f => f.ToString()).ToHashSet();
            differences.AddRange(modelKeys.Except(ddlKeys).Order().Select(f => $"{table.Name}: foreign key {f} is in the model, not in db/sqlserver/"));
            differences.AddRange(ddlKeys.Except(modelKeys).Order().Select(f => $"{table.Name}: foreign key {f} is in db/sqlserver/, not in the model"));
        }
        differences.AddRange(ddl.Tables.Keys.Except(model.Tables.Keys).Order().Select(t => $"{t}: db/sqlserver/ declares the table; the model lacks it"));

        // Columnstore indexes are SQL Server storage the model cannot express; every other index must match.
        var modelIndexes = model.Indexes.Select(i => i.ToString()).ToHashSet();
        var ddlIndexes = ddl.Indexes.Where(i => !i.Columnstore).Select(i => i.ToString()).ToHashSet();
        differences.AddRange(modelIndexes.Except(ddlIndexes).Order().Select(i => $"index {i} is in the model, not in db/sqlserver/"));
        differences.AddRange(ddlIndexes.Except(modelIndexes).Order().Select(i => $"index {i} is in db/sqlserver/, not in the model"));
        return differences;
    }

    private static bool SameKey(TSqlKey? a, TSqlKey? b) =>
        a is not null && b is not null && a.Name == b.Name && a.Clustered == b.Clustered && a.Columns.SequenceEqual(b.Columns);
}
