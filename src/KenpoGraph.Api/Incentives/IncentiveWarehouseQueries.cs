using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Incentives;

/// <summary>A branch roll-up value the ranking reads.</summary>
internal sealed record IndicatorInputRow(string UnitCode, int FiscalYear, string MeasureCode, decimal? Value, Domain.Provenance.Quality Quality);

/// <summary>
/// Every statement the incentive resolvers run, as named queries: the resolvers execute them and the
/// SQL Server query-shape test translates the very same ones, so the two cannot drift.
/// </summary>
internal static class IncentiveWarehouseQueries
{
    public static IQueryable<IncentiveSchemeRow> Schemes(WarehouseDbContext db) => db.IncentiveSchemes.OrderBy(s => s.FirstResultsYear);

    public static IQueryable<IncentiveSchemeParameter> Parameters(WarehouseDbContext db) => db.IncentiveSchemeParameters.OrderBy(p => p.SchemeCode).ThenBy(p => p.Name);

    public static IQueryable<IncentiveSchemeIndicator> Indicators(WarehouseDbContext db) => db.IncentiveSchemeIndicators.OrderBy(i => i.SchemeCode).ThenBy(i => i.Number);

    /// <summary>The branch values of <paramref name="measures"/> in the results year and the year before, in one statement.</summary>
    /// <param name="years">How many years up to the results year: 2 (the year before, for the improvement and the yardstick), or 3
    /// when the scheme measures improvements against the previous year's (improvement_scale PREVIOUS_YEAR_IMPROVEMENTS).</param>
    /// <param name="rollups">The warehouse's roll-ups, or a read model's as a query (Incentives/IncentiveRankings).</param>
    public static IQueryable<IndicatorInputRow> InputRows(IQueryable<Rollup> rollups, string[] measures, int resultsYear, int years = 2)
    {
        var firstYear = resultsYear - years + 1;
        return rollups
            .Where(r => r.Level == RollupLevel.Branch && r.FiscalYear >= firstYear && r.FiscalYear <= resultsYear && measures.Contains(r.MeasureCode)
                && r.Value != null)
            .Select(r => new IndicatorInputRow(r.UnitCode, r.FiscalYear, r.MeasureCode, r.Value, r.Quality));
    }

    public static IQueryable<string> BranchCodes(WarehouseDbContext db) =>
        db.OrgUnits.Where(o => o.Kind == OrgUnitKind.Branch).OrderBy(o => o.Code).Select(o => o.Code);

    public static IQueryable<IncentivePublishedRank> PublishedRanks(WarehouseDbContext db, int resultsYear) =>
        db.IncentivePublishedRanks.Where(p => p.ResultsYear == resultsYear);
}
