using KenpoGraph.Api.Regions;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Facts;

/// <summary>
/// One observation as BI clients read it: flat, with the branch's region (default grouping) and the
/// measure's subject joined in, so `where` can filter on them in SQL.
/// </summary>
internal sealed class ObservationRecord
{
    public required string OrgUnitCode { get; init; }
    public string? RegionCode { get; init; }
    public required int FiscalYear { get; init; }
    public required string MeasureCode { get; init; }
    public required string Subject { get; init; }
    public required decimal Value { get; init; }
    public required string PrintedValue { get; init; }
    public required string PrintedUnit { get; init; }
    public required ValueBasis Basis { get; init; }
    public required Quality Quality { get; init; }
    public required string DocumentCode { get; init; }
    public required string Locator { get; init; }
    public string? Note { get; init; }

    /// <summary>All observations joined with their measure and default-grouping region, ready for where/order.</summary>
    public static IQueryable<ObservationRecord> Query(WarehouseDbContext db) =>
        from o in db.Observations
        join m in db.Measures on o.MeasureCode equals m.Code
        join r in DefaultGrouping.Members(db) on o.OrgUnitCode equals r.OrgUnitCode into regions
        from r in regions.DefaultIfEmpty()
        select new ObservationRecord
        {
            OrgUnitCode = o.OrgUnitCode,
            RegionCode = r == null ? null : r.RegionCode,
            FiscalYear = o.FiscalYear,
            MeasureCode = o.MeasureCode,
            Subject = m.Subject,
            Value = o.Value,
            PrintedValue = o.PrintedValue,
            PrintedUnit = o.PrintedUnit,
            Basis = o.Basis,
            Quality = o.Quality,
            DocumentCode = o.DocumentCode,
            Locator = o.Locator,
            Note = o.Note,
        };
}
