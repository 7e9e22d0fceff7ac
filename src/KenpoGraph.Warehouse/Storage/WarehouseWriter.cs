using System.Data.Common;
using System.Text.Json;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>Writes a validated seed set into an empty warehouse schema; the caller owns the transaction.</summary>
internal static class WarehouseWriter
{
    /// <param name="transaction">The load's transaction, begun by the caller on the context's connection.</param>
    /// <param name="rowsPerCommit">Commit every this many rows and go on in a new transaction (see <see cref="WarehouseDbContextAccess"/>); null: never.</param>
    /// <returns>The data_version row, and the transaction the last rows were written in, for the caller to commit.</returns>
    public static async Task<(DataVersion Version, DbTransaction Transaction)> WriteAsync(WarehouseDbContext db, DbTransaction transaction,
        int? rowsPerCommit, SeedSet seeds, int versionId, DateTimeOffset loadedAt, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        // Every table's rows and the data_version row.
        var rows = progress is null ? null : new RowProgress(progress, seeds.RowCounts.Values.Sum() + 1L);
        var access = new WarehouseDbContextAccess(db, db.Database.GetDbConnection(), transaction, rows, rowsPerCommit);
        // Parents before children, so foreign keys hold at every statement.
        await TableInserter.InsertAsync(access, seeds.RegionGroupings, cancellationToken);
        await TableInserter.InsertAsync(access, seeds.Regions, cancellationToken);
        await TableInserter.InsertAsync(access, seeds.OrgUnits, cancellationToken);
        await TableInserter.InsertAsync(access, seeds.RegionMembers, cancellationToken);
        await TableInserter.InsertAsync(access, seeds.FiscalYears, cancellationToken);
        await TableInserter.InsertAsync(access, seeds.Documents, cancellationToken);
        await TableInserter.InsertAsync(access, seeds.Units, cancellationToken);
        await TableInserter.InsertAsync(access, seeds.Measures, cancellationToken);
        // The two large tables: bulk copy on SQL Server, prepared inserts elsewhere.
        if (access.Connection is Microsoft.Data.SqlClient.SqlConnection)
        {
            await SqlServerBulkRows.InsertAsync(access, seeds.Observations, cancellationToken);
            await SqlServerBulkRows.InsertAsync(access, seeds.Rollups, cancellationToken);
        }
        else
        {
            await TableInserter.InsertAsync(access, seeds.Observations, cancellationToken);
            await TableInserter.InsertAsync(access, seeds.Rollups, cancellationToken);
        }
        await PlanningWriter.InsertAsync(access, seeds.Planning, cancellationToken);
        await TableInserter.InsertAsync(access, seeds.Incentives.Schemes, cancellationToken);
        await TableInserter.InsertAsync(access, seeds.Incentives.Parameters, cancellationToken);
        await TableInserter.InsertAsync(access, seeds.Incentives.Indicators, cancellationToken);
        await TableInserter.InsertAsync(access, seeds.Incentives.PublishedRanks, cancellationToken);
        var version = new DataVersion
        {
            Id = versionId,
            LoadedAt = loadedAt,
            InputDigest = seeds.InputDigest,
            RowCountsJson = JsonSerializer.Serialize(seeds.RowCounts),
        };
        await TableInserter.InsertAsync(access, [version], cancellationToken);
        return (version, access.Transaction);
    }
}
