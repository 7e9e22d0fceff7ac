using KenpoGraph.Api.Facts;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.ReadModel;

/// <summary>
/// What a read model holds: every table resolvers read, and the projections they filter, each read once through a
/// context restricted to the view's rights. The row filter is the warehouse's own (its query filters), so a view holds
/// exactly the rows the same caller's SQL queries would see, and no second copy of the access rules exists.
/// </summary>
internal static class ReadModelTables
{
    /// <summary>One table: its row type, the query that reads it (for the SQL Server shape test) and its reading.</summary>
    public sealed record Table(Type RowType, Func<WarehouseDbContext, IQueryable> Query, Func<WarehouseDbContext, Array> Read);

    public static readonly IReadOnlyList<Table> All =
    [
        Of(db => db.OrgUnits),
        Of(db => db.RegionGroupings),
        Of(db => db.Regions),
        Of(db => db.RegionMembers),
        Of(db => db.FiscalYears),
        Of(db => db.Documents),
        Of(db => db.Units),
        Of(db => db.Measures),
        Of(db => db.Observations),
        Of(db => db.Rollups),
        Of(db => db.PlanDocuments),
        Of(db => db.PlanNodes),
        Of(db => db.Kpis),
        Of(db => db.KpiMethodVersions),
        Of(db => db.KpiTargets),
        Of(db => db.KpiResults),
        Of(db => db.BudgetLines),
        Of(db => db.BudgetAmounts),
        Of(db => db.LoadCheckResults),
        Of(db => db.IncentiveSchemes),
        Of(db => db.IncentiveSchemeParameters),
        Of(db => db.IncentiveSchemeIndicators),
        Of(db => db.IncentivePublishedRanks),
        Of(ObservationRecord.Query),
        Of(Aggregation.AggregateRow.Query),
    ];

    private static Table Of<T>(Func<WarehouseDbContext, IQueryable<T>> query) => new(typeof(T), query, db => query(db).ToArray());
}
