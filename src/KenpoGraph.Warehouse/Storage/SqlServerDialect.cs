using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using KenpoGraph.Warehouse.Model;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>
/// SQL Server's part of the server warehouse (<see cref="ServerDialect"/>): the same schema per version and catalog as
/// PostgreSQL's, so versions are kept, diffed and rolled back to on SQL Server too. No SQL Server runs in CI: every
/// statement here is parsed by ScriptDom in the tests (SqlServer/SqlServerDialectTests), the store's logic around it
/// is the one PostgreSQL runs for real.
/// </summary>
internal sealed partial class SqlServerDialect(string connectionString) : ServerDialect
{
    internal const string LoadLockResource = "kenpograph-load";

    private readonly SqlConnectionStringBuilder _settings = new(connectionString);

    public override string Location => $"SQL Server {_settings.DataSource}/{_settings.InitialCatalog}";

    public override void UseProvider(DbContextOptionsBuilder<WarehouseDbContext> builder) => builder.UseSqlServer();

    // The load lock belongs to the session (sp_getapplock @LockOwner = 'Session'): an unpooled connection ends the
    // session, and frees the lock, when it closes; a pooled one would keep it for the next user of the connection.
    public override DbConnection CreateConnection(bool forLoad) =>
        new SqlConnection(forLoad ? new SqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString : connectionString);

    /// <summary>
    /// SNAPSHOT (ALLOW_SNAPSHOT_ISOLATION ON, db/sqlserver/010_database.sql): every statement sees the database as committed
    /// when the transaction first read. SQL Server has no read-only transactions; the reader login has SELECT only.
    /// </summary>
    public override DbTransaction BeginSnapshot(DbConnection connection) => ((SqlConnection)connection).BeginTransaction(IsolationLevel.Snapshot);

    public override string CatalogDdl => CatalogScript.Value;

    // One batch, no GO: sent as one command.
    private static readonly Lazy<string> CatalogScript = EmbeddedScript("db/sqlserver/015_catalog.sql");

    /// <summary>sp_getapplock without waiting: 0 granted, negative when another session holds it.</summary>
    internal static string TryLockSql =>
        $"DECLARE @granted int; EXEC @granted = sp_getapplock @Resource = N'{LoadLockResource}', @LockMode = N'Exclusive', @LockOwner = N'Session', @LockTimeout = 0; SELECT @granted;";

    public override async Task<bool> TryLockLoadsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = TryLockSql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) >= 0;
    }

    // [_] is LIKE's literal underscore in T-SQL.
    public override string ListVersionSchemasSql =>
        $"SELECT name FROM sys.schemas WHERE name LIKE N'{ServerWarehouseStore.VersionSchemaPrefix.Replace("_", "[_]", StringComparison.Ordinal)}%'";

    public override string SetCurrentSql =>
        "UPDATE kenpograph.current_version SET version_id = @id WHERE singleton = 1; "
        + "IF @@ROWCOUNT = 0 INSERT INTO kenpograph.current_version (singleton, version_id) VALUES (1, @id);";

    /// <summary>
    /// SQL Server has no DROP SCHEMA … CASCADE: the version's foreign keys go first, then its tables, then the schema, in one
    /// batch under the caller's transaction. A request still reading the version holds schema-stability locks: wait 10 s.
    /// </summary>
    internal static string DropSchemaSql =>
        """
        SET LOCK_TIMEOUT 10000;
        DECLARE @sql nvarchar(max) = N'';
        SELECT @sql = @sql + N'ALTER TABLE ' + QUOTENAME(s.name) + N'.' + QUOTENAME(t.name) + N' DROP CONSTRAINT ' + QUOTENAME(f.name) + N'; '
            FROM sys.foreign_keys AS f JOIN sys.tables AS t ON f.parent_object_id = t.object_id JOIN sys.schemas AS s ON t.schema_id = s.schema_id
            WHERE s.name = @schema;
        SELECT @sql = @sql + N'DROP TABLE ' + QUOTENAME(s.name) + N'.' + QUOTENAME(t.name) + N'; '
            FROM sys.tables AS t JOIN sys.schemas AS s ON t.schema_id = s.schema_id
            WHERE s.name = @schema;
        IF SCHEMA_ID(@schema) IS NOT NULL SET @sql = @sql + N'DROP SCHEMA ' + QUOTENAME(@schema) + N';';
        EXEC sp_executesql @sql;
        SET LOCK_TIMEOUT -1;
        """;

    public override async Task DropSchemaAsync(DbConnection connection, DbTransaction transaction, string schema, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = DropSchemaSql;
        command.Parameters.Add(new SqlParameter("@schema", SqlDbType.NVarChar, 128) { Value = schema });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task CreateVersionTablesAsync(WarehouseDbContext db, DbTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var batch in VersionTablesBatches(db))
        {
            await ExecuteAsync(db.Database.GetDbConnection(), transaction, batch, cancellationToken);
        }
    }

    /// <summary>
    /// The model's script for the context's schema, split at its GO lines (a client-side separator SQL Server does not
    /// understand), then what the model cannot say: a clustered columnstore index on every fact table, as
    /// db/sqlserver/040_indexes.sql declares them.
    /// </summary>
    internal static IReadOnlyList<string> VersionTablesBatches(WarehouseDbContext db)
    {
        var batches = BatchSeparator().Split(db.Database.GenerateCreateScript()).Where(b => !string.IsNullOrWhiteSpace(b)).ToList();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is not null && table.StartsWith(WarehouseDbContext.FactTablePrefix, StringComparison.Ordinal))
            {
                batches.Add($"CREATE CLUSTERED COLUMNSTORE INDEX [CCI_{table}] ON [{entity.GetSchema() ?? "dbo"}].[{table}];");
            }
        }
        return batches;
    }

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex BatchSeparator();

    // 208: invalid object name (the catalog was never created).
    public override bool IsMissingTable(Exception exception) => exception is SqlException { Number: 208 };

    // 1222: lock request time out period exceeded.
    public override bool IsLockTimeout(Exception exception) => exception is SqlException { Number: 1222 };

    // SqlClient has no type of its own for it: an InvalidOperationException with this message.
    public override bool IsPoolExhausted(Exception exception) =>
        exception is InvalidOperationException && exception.Message.Contains("obtaining a connection from the pool", StringComparison.Ordinal);

    public override void ClearPool() => SqlConnection.ClearAllPools();
}
