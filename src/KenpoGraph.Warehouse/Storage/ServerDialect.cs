using System.Data.Common;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>
/// What differs between the server warehouses (PostgreSQL, SQL Server) that <see cref="ServerWarehouseStore"/> runs on:
/// connections, the reader's isolation, the load lock, DDL (the catalog, a version's tables, dropping a version) and
/// which errors mean "the database cannot be reached". Bulk copy is chosen by connection type in the writer
/// (<see cref="PostgreSqlBulkRows"/>, <see cref="SqlServerBulkRows"/>). Everything else is the store's, shared.
/// </summary>
internal abstract class ServerDialect
{
    /// <summary>"PostgreSQL host:port/database", never a password.</summary>
    public abstract string Location { get; }

    /// <summary>The EF Core provider, without a connection: each context is given its session's connection.</summary>
    public abstract void UseProvider(DbContextOptionsBuilder<WarehouseDbContext> builder);

    /// <summary>A new, closed connection: pooled for readers; unpooled for a load, whose session lock must end with it.</summary>
    public abstract DbConnection CreateConnection(bool forLoad);

    /// <summary>Begins a reader's transaction that sees one committed state for all its statements, and writes nothing.</summary>
    public abstract DbTransaction BeginSnapshot(DbConnection connection);

    /// <summary>The catalog's DDL, idempotent (run by every load).</summary>
    public abstract string CatalogDdl { get; }

    /// <summary>Takes the load lock for the connection's session, or returns false at once if another session holds it.</summary>
    public abstract Task<bool> TryLockLoadsAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Sets up a loader's session before it writes anything (after the lock is taken): by default nothing.</summary>
    public virtual Task PrepareLoaderSessionAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Schemas on the server named like version schemas (kenpograph_v…), whether the catalog knows them or not.</summary>
    public abstract string ListVersionSchemasSql { get; }

    /// <summary>Makes <c>@id</c> the current version (the one catalog row).</summary>
    public abstract string SetCurrentSql { get; }

    /// <summary>Drops one version's schema and all its tables, waiting at most a few seconds for readers' locks.</summary>
    public abstract Task DropSchemaAsync(DbConnection connection, DbTransaction transaction, string schema, CancellationToken cancellationToken);

    /// <summary>Creates a version's schema and its tables (the model's script, plus what this server adds to it).</summary>
    public abstract Task CreateVersionTablesAsync(WarehouseDbContext db, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>The statement failed because a table does not exist (the catalog was never created: nothing is published).</summary>
    public abstract bool IsMissingTable(Exception exception);

    /// <summary>The lock wait of <see cref="DropSchemaAsync"/> ran out (readers still on that version).</summary>
    public abstract bool IsLockTimeout(Exception exception);

    /// <summary>Opening a connection failed because the pool had none free within its timeout (not the server's fault).</summary>
    public abstract bool IsPoolExhausted(Exception exception);

    /// <summary>Forgets pooled connections (after the server went away, each would fail once more).</summary>
    public abstract void ClearPool();

    /// <summary>A file of db/ embedded in this assembly (the csproj names it): the file a DBA reads is the one the loader runs.</summary>
    protected static Lazy<string> EmbeddedScript(string repositoryPath) => new(() =>
    {
        var name = "KenpoGraph.Warehouse." + repositoryPath.Replace('/', '.');
        using var stream = typeof(ServerDialect).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{repositoryPath} is not embedded in KenpoGraph.Warehouse.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    protected static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
