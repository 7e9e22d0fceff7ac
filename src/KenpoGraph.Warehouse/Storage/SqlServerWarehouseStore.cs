using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>
/// The production warehouse on SQL Server. A load replaces every table's rows inside one
/// transaction, so readers see the previous version until it commits; each request reads in one
/// snapshot transaction (<see cref="Current"/>). The data_version table keeps the history; the current
/// version is the highest id. Earlier versions' rows are gone (unlike SQLite and PostgreSQL, which keep them).
/// </summary>
public sealed class SqlServerWarehouseStore(string connectionString) : IWarehouseStore
{
    private readonly DbContextOptions<WarehouseDbContext> _options = new DbContextOptionsBuilder<WarehouseDbContext>()
        .UseSqlServer(connectionString)
        .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
        .Options;

    public string Location
    {
        get
        {
            var builder = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(connectionString);
            return $"SQL Server {builder.DataSource}/{builder.InitialCatalog}";
        }
    }

    /// <summary>
    /// The current version and a session to read it in: one connection in a SNAPSHOT transaction
    /// (<c>ALLOW_SNAPSHOT_ISOLATION ON</c>, db/sqlserver/010_database.sql), in which the version row is read and every
    /// statement of the request then runs, so all of them see the committed state of the request's first statement,
    /// whatever a load commits meanwhile (read-committed snapshot alone gives each statement its own).
    /// </summary>
    public WarehouseSnapshot? Current()
    {
        var connection = new Microsoft.Data.SqlClient.SqlConnection(connectionString);
        ReadSession? session = null;
        try
        {
            connection.Open();
            session = new ReadSession(connection, connection.BeginTransaction(System.Data.IsolationLevel.Snapshot));
            WarehouseDbContext Create()
            {
                var db = new WarehouseDbContext(_options);
                db.Database.SetDbConnection(session.Connection);
                db.Database.UseTransaction(session.Transaction);
                return db;
            }
            using var db = Create();
            var version = db.DataVersions.OrderByDescending(v => v.Id).FirstOrDefault();
            if (version is null)
            {
                session.Dispose();
                return null;
            }
            return new WarehouseSnapshot(version, Create, session);
        }
        catch (Exception exception)
        {
            if (session is null)
            {
                connection.Dispose();
            }
            else
            {
                session.Dispose();
            }
            if (exception is Microsoft.Data.SqlClient.SqlException)
            {
                throw new WarehouseUnavailableException($"The warehouse at {Location} cannot be read: {exception.Message}", exception);
            }
            throw;
        }
    }

    /// <summary>SQL Server keeps only the current version: a load replaces every table's rows.</summary>
    public IReadOnlyList<int> StoredVersions()
    {
        using var current = Current();
        return current is null ? [] : [current.Version.Id];
    }

    public WarehouseSnapshot Version(int id)
    {
        var current = Current();
        if (current?.Version.Id == id)
        {
            return current;
        }
        current?.Dispose();
        throw new WarehouseUnavailableException($"Data version {id} is not stored at {Location}: SQL Server keeps only the current version.");
    }

    public Task<DataVersion> MakeCurrentAsync(int id, CancellationToken cancellationToken) =>
        throw new WarehouseUnavailableException(
            $"SQL Server keeps only the current version, so version {id} cannot be made current again: load its input again (`kenpograph load <folder>`).");

    public async Task<PublishedVersion> PublishAsync(SeedSet seeds, DateTimeOffset loadedAt, IProgress<LoadProgress>? progress,
        CancellationToken cancellationToken)
    {
        await using var db = new WarehouseDbContext(_options);
        await db.Database.EnsureCreatedAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var id = (await db.DataVersions.MaxAsync(v => (int?)v.Id, cancellationToken) ?? 0) + 1;
        // Children before parents, so foreign keys hold at every statement.
        await db.IncentivePublishedRanks.ExecuteDeleteAsync(cancellationToken);
        await db.IncentiveSchemeIndicators.ExecuteDeleteAsync(cancellationToken);
        await db.IncentiveSchemeParameters.ExecuteDeleteAsync(cancellationToken);
        await db.IncentiveSchemes.ExecuteDeleteAsync(cancellationToken);
        await db.LoadCheckResults.ExecuteDeleteAsync(cancellationToken);
        await db.BudgetAmounts.ExecuteDeleteAsync(cancellationToken);
        await db.BudgetLines.ExecuteDeleteAsync(cancellationToken);
        await db.KpiResults.ExecuteDeleteAsync(cancellationToken);
        await db.KpiTargets.ExecuteDeleteAsync(cancellationToken);
        await db.KpiMethodVersions.ExecuteDeleteAsync(cancellationToken);
        await db.Kpis.ExecuteDeleteAsync(cancellationToken);
        await db.PlanNodes.ExecuteDeleteAsync(cancellationToken);
        await db.PlanDocuments.ExecuteDeleteAsync(cancellationToken);
        await db.Rollups.ExecuteDeleteAsync(cancellationToken);
        await db.Observations.ExecuteDeleteAsync(cancellationToken);
        await db.Documents.ExecuteDeleteAsync(cancellationToken);
        await db.RegionMembers.ExecuteDeleteAsync(cancellationToken);
        await db.Regions.ExecuteDeleteAsync(cancellationToken);
        await db.RegionGroupings.ExecuteDeleteAsync(cancellationToken);
        await db.Measures.ExecuteDeleteAsync(cancellationToken);
        await db.Units.ExecuteDeleteAsync(cancellationToken);
        await db.FiscalYears.ExecuteDeleteAsync(cancellationToken);
        await db.OrgUnits.ExecuteDeleteAsync(cancellationToken);
        // One transaction, never committed before the end: committing here is what publishes the version.
        var (version, _) = await WarehouseWriter.WriteAsync(db, transaction.GetDbTransaction(), rowsPerCommit: null, seeds, id, loadedAt, progress,
            cancellationToken);
        progress?.Report(new LoadProgress(LoadPhase.Publishing, 0, 1, $"data version {id}"));
        // Committing is the publication: not cancellable once the rows are all written.
        await transaction.CommitAsync(CancellationToken.None);
        progress?.Report(new LoadProgress(LoadPhase.Publishing, 1, 1, $"data version {id}"));
        return new PublishedVersion(version, []);
    }
}
