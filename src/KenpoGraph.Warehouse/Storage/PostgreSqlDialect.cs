using System.Data;
using System.Data.Common;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>PostgreSQL's part of the server warehouse (<see cref="ServerDialect"/>).</summary>
internal sealed class PostgreSqlDialect : ServerDialect, IDisposable
{
    // Any 64-bit number the application owns: pg_try_advisory_lock takes it for the loading session.
    internal const long LoadLockKey = 0x4B454E504F_4C44; // "KENPOLD"

    private readonly NpgsqlConnectionStringBuilder _settings;
    private readonly NpgsqlDataSource _readers;
    private readonly string _loaderConnectionString;

    public PostgreSqlDialect(string connectionString)
    {
        _settings = new NpgsqlConnectionStringBuilder(connectionString);
        _readers = NpgsqlDataSource.Create(_settings.ConnectionString);
        // The load lock is the session's: an unpooled connection ends the session (and frees the lock) when it closes.
        _loaderConnectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
    }

    public override string Location => $"PostgreSQL {_settings.Host}:{_settings.Port}/{_settings.Database}";

    public override void UseProvider(DbContextOptionsBuilder<WarehouseDbContext> builder) => builder.UseNpgsql();

    public override DbConnection CreateConnection(bool forLoad) =>
        forLoad ? new NpgsqlConnection(_loaderConnectionString) : _readers.CreateConnection();

    public override DbTransaction BeginSnapshot(DbConnection connection)
    {
        var transaction = ((NpgsqlConnection)connection).BeginTransaction(IsolationLevel.RepeatableRead);
        using var readOnly = connection.CreateCommand();
        readOnly.Transaction = transaction;
        readOnly.CommandText = "SET TRANSACTION READ ONLY";
        readOnly.ExecuteNonQuery();
        return transaction;
    }

    public override string CatalogDdl => CatalogScript.Value;

    private static readonly Lazy<string> CatalogScript = EmbeddedScript("db/postgresql/010_catalog.sql");

    public override async Task<bool> TryLockLoadsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT pg_try_advisory_lock({LoadLockKey})";
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// A login that is a member of kenpograph_loader (db/postgresql/030_permissions.sql) loads as that role: what it
    /// creates is then owned by kenpograph_loader, whose default privileges give kenpograph_reader the new version's
    /// schema and tables. Created as the login itself, a version was unreadable by the API login (42501, as
    /// PostgreSqlLoginTests saw). Direct membership only, so a superuser or the role's owner loads as itself.
    /// </summary>
    internal const string LoadAsLoaderRoleSql =
        """
        DO $$
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members AS m
                       JOIN pg_catalog.pg_roles AS r ON r.oid = m.roleid
                       JOIN pg_catalog.pg_roles AS u ON u.oid = m.member
                       WHERE r.rolname = 'kenpograph_loader' AND u.rolname = current_user) THEN
                SET ROLE kenpograph_loader;
            END IF;
        END
        $$
        """;

    public override async Task PrepareLoaderSessionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, null, LoadAsLoaderRoleSql, cancellationToken);

    public override string ListVersionSchemasSql =>
        $"SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname LIKE '{ServerWarehouseStore.VersionSchemaPrefix.Replace("_", "\\_", StringComparison.Ordinal)}%'";

    public override string SetCurrentSql =>
        "INSERT INTO kenpograph.current_version (singleton, version_id) VALUES (true, @id) "
        + "ON CONFLICT (singleton) DO UPDATE SET version_id = excluded.version_id";

    public override async Task DropSchemaAsync(DbConnection connection, DbTransaction transaction, string schema, CancellationToken cancellationToken) =>
        // A request still reading the version holds its tables' locks until its transaction ends; wait for it a while.
        await ExecuteAsync(connection, transaction, $"SET LOCAL lock_timeout = '10s'; DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", cancellationToken);

    public override async Task CreateVersionTablesAsync(WarehouseDbContext db, DbTransaction transaction, CancellationToken cancellationToken) =>
        // The model's script names the schema (CREATE SCHEMA, then every table in it): the same tables as 020_version_tables.sql,
        // which a test compares on a real server.
        await ExecuteAsync(db.Database.GetDbConnection(), transaction, db.Database.GenerateCreateScript(), cancellationToken);

    public override bool IsMissingTable(Exception exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable };

    public override bool IsLockTimeout(Exception exception) => exception is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable };

    // Npgsql has no type of its own for it: a NpgsqlException over a TimeoutException, with this message.
    public override bool IsPoolExhausted(Exception exception) =>
        exception is NpgsqlException { InnerException: TimeoutException } && exception.Message.Contains("connection pool has been exhausted", StringComparison.Ordinal);

    public override void ClearPool() => _readers.Clear();

    public void Dispose() => _readers.Dispose();
}
