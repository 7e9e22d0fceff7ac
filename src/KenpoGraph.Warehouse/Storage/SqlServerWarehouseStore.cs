using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>
/// The production warehouse on SQL Server. A load replaces every table's rows inside one
/// transaction, so readers (under read-committed snapshot isolation) see the previous version until
/// it commits. The data_version table keeps the history; the current version is the highest id.
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

    public WarehouseSnapshot? Current()
    {
        using var db = new WarehouseDbContext(_options);
        try
        {
            var version = db.DataVersions.OrderByDescending(v => v.Id).FirstOrDefault();
            return version is null ? null : new WarehouseSnapshot(version, _options);
        }
        catch (Microsoft.Data.SqlClient.SqlException exception)
        {
            throw new WarehouseUnavailableException($"The warehouse at {Location} cannot be read: {exception.Message}", exception);
        }
    }

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
