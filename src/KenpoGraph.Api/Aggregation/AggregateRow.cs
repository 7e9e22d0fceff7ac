using KenpoGraph.Api.Regions;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Aggregation;

/// <summary>
/// One branch-level roll-up row (a branch's figure of a measure and year, with the numerator and denominator its rule
/// adds up) as `aggregate` reads it: with the measure's subject and the branch's default-grouping region joined in, so
/// `where` filters in SQL.
/// </summary>
internal sealed class AggregateRow
{
    public required string OrgUnitCode { get; init; }
    public string? RegionCode { get; init; }
    public required int FiscalYear { get; init; }
    public required string MeasureCode { get; init; }
    public required string Subject { get; init; }
    public decimal? Value { get; init; }
    public decimal? Numerator { get; init; }
    public decimal? Denominator { get; init; }
    public required int Contributors { get; init; }
    public required Quality Quality { get; init; }

    /// <summary>The BRANCH rows of fact_rollup, joined with their measure and default-grouping region.</summary>
    public static IQueryable<AggregateRow> Query(WarehouseDbContext db) =>
        from r in db.Rollups
        where r.Level == RollupLevel.Branch
        join m in db.Measures on r.MeasureCode equals m.Code
        join g in DefaultGrouping.Members(db) on r.UnitCode equals g.OrgUnitCode into regions
        from g in regions.DefaultIfEmpty()
        select new AggregateRow
        {
            OrgUnitCode = r.UnitCode,
            RegionCode = g == null ? null : g.RegionCode,
            FiscalYear = r.FiscalYear,
            MeasureCode = r.MeasureCode,
            Subject = m.Subject,
            Value = r.Value,
            Numerator = r.Numerator,
            Denominator = r.Denominator,
            Contributors = r.Contributors,
            Quality = r.Quality,
        };
}
