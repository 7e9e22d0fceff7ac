using System.Text.Json;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>Writes a validated seed set into an empty warehouse schema; the caller owns the transaction.</summary>
internal static class WarehouseWriter
{
    public static async Task<DataVersion> WriteAsync(WarehouseDbContext db, SeedSet seeds, int versionId, DateTimeOffset loadedAt,
        CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(seeds.RegionGroupings);
        db.AddRange(seeds.Regions);
        db.AddRange(seeds.OrgUnits);
        db.AddRange(seeds.RegionMembers);
        db.AddRange(seeds.FiscalYears);
        db.AddRange(seeds.Documents);
        db.AddRange(seeds.Units);
        db.AddRange(seeds.Measures);
        db.AddRange(seeds.Observations);
        PlanningWriter.Add(db, seeds.Planning);
        var version = new DataVersion
        {
            Id = versionId,
            LoadedAt = loadedAt,
            InputDigest = seeds.InputDigest,
            RowCountsJson = JsonSerializer.Serialize(seeds.RowCounts),
        };
        db.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return version;
    }
}
