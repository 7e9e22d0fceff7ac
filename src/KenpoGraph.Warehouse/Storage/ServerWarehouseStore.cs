using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>
/// A warehouse on a database server (PostgreSQL or SQL Server; <see cref="ServerDialect"/> holds what is the server's own). Each data
/// version is its own schema, <c>kenpograph_v000003</c>, written once by a load and never changed; the catalog
/// (<c>kenpograph.warehouse_version</c>, <c>kenpograph.current_version</c>) says which versions are complete and which is
/// current. So, as with SQLite's one file per version:
/// <list type="bullet">
/// <item>a request reads one version: it looks the current version up and reads that version's tables inside one
/// read-only snapshot transaction (<see cref="Current"/>), which also keeps a version it reads from being dropped under it;</item>
/// <item>publishing is one small commit (the current row) after the new schema is complete, and a failed or killed load
/// leaves the current version as it was; the next load removes what it left;</item>
/// <item>the previous <see cref="_keepPreviousVersions"/> versions stay readable for `kenpograph diff`, the dry run's
/// comparison (with the current one) and `kenpograph rollback`.</item>
/// </list>
/// </summary>
internal sealed class ServerWarehouseStore : IWarehouseStore, IDisposable
{
    internal const string VersionSchemaPrefix = "kenpograph_v";
    private const string Loading = CatalogStatements.Loading;
    private const string Published = CatalogStatements.Published;

    private readonly ServerDialect _dialect;
    private readonly int _keepPreviousVersions;
    private readonly ConcurrentDictionary<string, DbContextOptions<WarehouseDbContext>> _options = new();
    // A published version's data_version row never changes: read once per version, not once per request.
    private readonly ConcurrentDictionary<int, DataVersion> _versions = new();

    public ServerWarehouseStore(ServerDialect dialect, int keepPreviousVersions)
    {
        _dialect = dialect;
        _keepPreviousVersions = keepPreviousVersions;
    }

    public string Location => _dialect.Location;

    internal static string SchemaOf(int id) => string.Create(CultureInfo.InvariantCulture, $"{VersionSchemaPrefix}{id:000000}");

    private static int? IdOf(string schema) =>
        schema.StartsWith(VersionSchemaPrefix, StringComparison.Ordinal)
        && int.TryParse(schema.AsSpan(VersionSchemaPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public WarehouseSnapshot? Current()
    {
        // A pooled connection may have died with a server restart; it fails on first use, so one fresh try follows.
        for (var attempt = 1; ; attempt++)
        {
            var session = OpenSession(out var fault);
            if (session is not null)
            {
                try
                {
                    return ReadCurrent(session);
                }
                catch (Exception exception) when (WarehouseFaults.IsConnectionFault(exception))
                {
                    session.Dispose();
                    fault = exception;
                }
                catch
                {
                    session.Dispose();
                    throw;
                }
            }
            // Out of pooled connections, the request has already waited the pool's Timeout: no second wait.
            if (attempt == 2 || _dialect.IsPoolExhausted(fault!))
            {
                throw Unreachable(fault!);
            }
            _dialect.ClearPool();
        }
    }

    private WarehouseSnapshot? ReadCurrent(ReadSession session)
    {
        int? id;
        try
        {
            id = session.Scalar(CatalogStatements.CurrentVersion) as int?;
        }
        catch (Exception exception) when (_dialect.IsMissingTable(exception))
        {
            id = null;
        }
        if (id is null)
        {
            session.Dispose();
            return null;
        }
        return SnapshotOf(session, id.Value);
    }

    public IReadOnlyList<int> StoredVersions()
    {
        using var session = OpenSession(out var fault) ?? throw Unreachable(fault!);
        try
        {
            return [.. session.Ids(CatalogStatements.PublishedIds)];
        }
        catch (Exception exception) when (_dialect.IsMissingTable(exception))
        {
            return [];
        }
    }

    public WarehouseSnapshot Version(int id)
    {
        var session = OpenSession(out var fault) ?? throw Unreachable(fault!);
        try
        {
            var stored = session.Ids(CatalogStatements.PublishedId(id));
            if (stored.Count == 0)
            {
                throw new WarehouseUnavailableException($"Data version {id} is not stored at {Location} (never published, or pruned: Warehouse:KeepPreviousVersions).");
            }
            return SnapshotOf(session, id);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>A snapshot of version <paramref name="id"/> over the session, which it then owns.</summary>
    private WarehouseSnapshot SnapshotOf(ReadSession session, int id)
    {
        var schema = SchemaOf(id);
        WarehouseDbContext Create()
        {
            var db = new WarehouseDbContext(OptionsFor(schema));
            db.Database.SetDbConnection(session.Connection);
            db.Database.UseTransaction(session.Transaction);
            return db;
        }
        if (!_versions.TryGetValue(id, out var version))
        {
            using var db = Create();
            version = db.DataVersions.Single();
            _versions.TryAdd(id, version);
        }
        return new WarehouseSnapshot(version, Create, session);
    }

    private DbContextOptions<WarehouseDbContext> OptionsFor(string schema) => _options.GetOrAdd(schema, s =>
    {
        var builder = new DbContextOptionsBuilder<WarehouseDbContext>().UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        _dialect.UseProvider(builder);
        return WarehouseSchema.Use(builder, s).Options;
    });

    /// <summary>An open connection in a read-only snapshot transaction, or null with the fault when the server cannot be reached.</summary>
    private ReadSession? OpenSession(out Exception? fault)
    {
        var connection = _dialect.CreateConnection(forLoad: false);
        try
        {
            connection.Open();
            fault = null;
            return new ReadSession(connection, _dialect.BeginSnapshot(connection));
        }
        catch (Exception exception) when (WarehouseFaults.IsConnectionFault(exception))
        {
            connection.Dispose();
            fault = exception;
            return null;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private WarehouseUnavailableException Unreachable(Exception fault) => _dialect.IsPoolExhausted(fault)
        ? new($"Every connection to the warehouse at {Location} is in use: {fault.Message.TrimEnd('.')}. Requests are served again as connections are returned.",
            fault, "The warehouse has no free connection right now. Try again shortly.")
        : new($"The warehouse at {Location} cannot be reached: {fault.Message.TrimEnd('.')}. It is served again as soon as the database answers.",
            fault, "The warehouse database cannot be reached.");

    public async Task<DataVersion> MakeCurrentAsync(int id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenLoaderAsync(cancellationToken);
        if (!(await Catalog(connection, cancellationToken)).Any(v => v.Id == id && v.State == Published))
        {
            throw new WarehouseUnavailableException($"Data version {id} is not stored at {Location} (never published, or pruned: Warehouse:KeepPreviousVersions).");
        }
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await ExecuteAsync(connection, transaction, _dialect.SetCurrentSql, cancellationToken, ("@id", id));
            await transaction.CommitAsync(CancellationToken.None);
        }
        using var snapshot = Version(id);
        return snapshot.Version;
    }

    public async Task<PublishedVersion> PublishAsync(SeedSet seeds, DateTimeOffset loadedAt, IProgress<LoadProgress>? progress,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenLoaderAsync(cancellationToken);
        // Ids are never given twice, not even a killed load's, which no reader saw: the leftovers count too.
        var (warnings, highest) = await RemoveLeftoversAsync(connection, cancellationToken);
        var id = highest + 1;
        var schema = SchemaOf(id);

        // Registered first, in its own commit: a load killed from here on leaves a LOADING row naming what to clean up.
        await ExecuteAsync(connection, null, CatalogStatements.RegisterLoading,
            cancellationToken, ("@id", id), ("@now", loadedAt));
        try
        {
            DataVersion version;
            await using (var db = new WarehouseDbContext(OptionsFor(schema)))
            {
                db.Database.SetDbConnection(connection);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await db.Database.UseTransactionAsync(transaction, cancellationToken);
                // The schema, its tables and every row in one transaction: killed, the server rolls all of it back.
                await _dialect.CreateVersionTablesAsync(db, transaction, cancellationToken);
                (version, _) = await WarehouseWriter.WriteAsync(db, transaction, rowsPerCommit: null, seeds, id, loadedAt, progress, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            progress?.Report(new LoadProgress(LoadPhase.Publishing, 0, 1, $"data version {id}"));
            // The last point a cancellation stops the load: the publication below is one commit, finished once begun.
            cancellationToken.ThrowIfCancellationRequested();
            await using (var publish = await connection.BeginTransactionAsync(CancellationToken.None))
            {
                await ExecuteAsync(connection, publish, CatalogStatements.MarkPublished,
                    CancellationToken.None, ("@id", id), ("@now", loadedAt));
                await ExecuteAsync(connection, publish, _dialect.SetCurrentSql, CancellationToken.None, ("@id", id));
                // This commit is the publication: readers that begin after it read version id.
                await publish.CommitAsync(CancellationToken.None);
            }
            _versions.TryAdd(id, version);
            warnings.AddRange(await PruneAsync(connection, id));
            progress?.Report(new LoadProgress(LoadPhase.Publishing, 1, 1, $"data version {id}"));
            return new PublishedVersion(version, warnings);
        }
        catch (Exception)
        {
            // Failed or cancelled before the publication: nothing half-written stays. The schema went with its transaction;
            // the catalog row goes now, on this connection or, if a cancelled COPY ended it, a new one holding the lock
            // again. If that fails too (the server is gone), the next load removes the LOADING row.
            await ForgetUnpublishedAsync(connection, id);
            throw;
        }
    }

    private async Task ForgetUnpublishedAsync(DbConnection connection, int id)
    {
        // A few tries: PostgreSQL's cancel request is asynchronous, so a cancelled load's cancel can arrive after the statement
        // it was meant for and stop this clean-up's first statement instead ("canceling statement due to user request", which
        // Npgsql raises as an OperationCanceledException); and a connection the cancellation broke leaves its session, and the
        // load lock, on the server for a moment. The LOADING row then stayed behind until the next load (PostgreSqlStoreTests
        // failed so twice in the fresh-clone CI).
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            if (await TryForgetUnpublishedAsync(connection, id))
            {
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), CancellationToken.None);
        }
    }

    /// <summary>Removes the unpublished version <paramref name="id"/>; false when the server refused or could not be reached.</summary>
    private async Task<bool> TryForgetUnpublishedAsync(DbConnection connection, int id)
    {
        try
        {
            if (connection.State != System.Data.ConnectionState.Open)
            {
                await connection.OpenAsync(CancellationToken.None);
                if (!await _dialect.TryLockLoadsAsync(connection, CancellationToken.None))
                {
                    // The broken session may still hold it: closed again, so the next try opens and locks afresh.
                    await connection.CloseAsync();
                    return false;
                }
            }
            if (!(await Catalog(connection, CancellationToken.None)).Any(v => v.Id == id && v.State == Published))
            {
                await DropVersionAsync(connection, id, CancellationToken.None);
            }
            return true;
        }
        catch (Exception exception) when (exception is DbException or OperationCanceledException)
        {
            // Refused, cancelled by the load's late cancel request, or the server cannot be reached: tried again, and after
            // that the next load cleans up.
            return false;
        }
    }

    /// <summary>An unpooled connection holding the load lock, with the catalog in place.</summary>
    private async Task<DbConnection> OpenLoaderAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection(forLoad: true);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (!await _dialect.TryLockLoadsAsync(connection, cancellationToken))
            {
                throw new LoadLockedException($"another load is running on {Location} (it holds the load lock); wait for it to finish",
                    new InvalidOperationException("load lock held by another session"));
            }
            await _dialect.PrepareLoaderSessionAsync(connection, cancellationToken);
            await ExecuteAsync(connection, null, _dialect.CatalogDdl, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// What a killed load left: LOADING rows of the catalog (holding the lock, no other load can own them) and version
    /// schemas the catalog does not list. Neither was ever served.
    /// </summary>
    /// <returns>The warnings, and the highest version id the catalog or a schema name has used.</returns>
    private async Task<(List<string> Warnings, int HighestId)> RemoveLeftoversAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var catalog = await Catalog(connection, cancellationToken);
        var known = catalog.Where(v => v.State == Published).Select(v => v.Id).ToHashSet();
        var schemas = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = _dialect.ListVersionSchemasSql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                schemas.Add(reader.GetString(0));
            }
        }
        var leftovers = catalog.Where(v => v.State == Loading).Select(v => v.Id)
            .Concat(schemas.Select(IdOf).OfType<int>().Where(id => !known.Contains(id)))
            .Distinct().Order().ToList();
        foreach (var id in leftovers)
        {
            await DropVersionAsync(connection, id, cancellationToken);
        }
        var highest = catalog.Select(v => v.Id).Concat(schemas.Select(IdOf).OfType<int>()).Append(0).Max();
        return (leftovers.Count == 0 ? []
            : [$"Removed what {leftovers.Count} interrupted load(s) had left: {string.Join(", ", leftovers.Select(SchemaOf))} (never published)."], highest);
    }

    /// <summary>Versions beyond the current one and the <see cref="_keepPreviousVersions"/> newest others are dropped.</summary>
    private async Task<List<string>> PruneAsync(DbConnection connection, int current)
    {
        var old = (await Catalog(connection, CancellationToken.None))
            .Where(v => v.State == Published && v.Id != current)
            .OrderByDescending(v => v.Id)
            .Skip(_keepPreviousVersions)
            .Select(v => v.Id)
            .ToList();
        var warnings = new List<string>();
        foreach (var id in old)
        {
            try
            {
                await DropVersionAsync(connection, id, CancellationToken.None);
                _versions.TryRemove(id, out _);
            }
            catch (Exception exception) when (_dialect.IsLockTimeout(exception) || exception is DbException)
            {
                warnings.Add($"Old version {SchemaOf(id)} beyond Warehouse:KeepPreviousVersions could not be removed (the next load tries again): {exception.Message}");
            }
        }
        return warnings;
    }

    private async Task DropVersionAsync(DbConnection connection, int id, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await _dialect.DropSchemaAsync(connection, transaction, SchemaOf(id), cancellationToken);
        await ExecuteAsync(connection, transaction, CatalogStatements.Forget, cancellationToken, ("@id", id));
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<List<(int Id, string State)>> Catalog(DbConnection connection, CancellationToken cancellationToken)
    {
        var rows = new List<(int, string)>();
        await using var command = connection.CreateCommand();
        command.CommandText = CatalogStatements.Versions;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetInt32(0), reader.GetString(1)));
        }
        return rows;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => (_dialect as IDisposable)?.Dispose();
}
