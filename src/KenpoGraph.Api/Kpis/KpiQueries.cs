using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.Checks;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Limits;
using KenpoGraph.Api.Paging;
using KenpoGraph.Api.Plans;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Sorting;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Plans;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Kpis;

internal static class KpiQueries
{
    public static void AddKpiQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiType>>>>("kpis")
            .Says("KPI definitions by code, optionally of one scheme.", "KPI一覧。")
            .Argument<SchemeType>("scheme", "Only this scheme's KPIs; omitted = both.")
            .ResolveAsync(async context =>
            {
                var scheme = context.GetArgument<Scheme?>("scheme");
                var kpis = context.Warehouse().Db.Kpis.AsQueryable();
                return await (scheme is null ? kpis : kpis.Where(k => k.Scheme == scheme)).OrderBy(k => k.Code).ToListAsync(context.CancellationToken);
            });

        query.Field<KpiType>("kpi")
            .Says("One KPI by code; null when there is none.", "KPI（コード指定）。")
            .Argument<NonNullGraphType<StringGraphType>>("code", "KPI code, e.g. K-CHECKUP-INSURED.")
            .ResolveAsync(async context =>
            {
                var code = context.GetArgument<string>("code");
                return await context.Warehouse().Db.Kpis.FirstOrDefaultAsync(k => k.Code == code, context.CancellationToken);
            });

        query.Field<NonNullGraphType<ConnectionType<KpiTargetType, KpiTarget>>>("kpiTargets")
            .Says("KPI targets with rule, threshold, result and published and computed attainment, by code unless `order` says otherwise.", "KPI目標一覧。")
            .Argument<KpiTargetFilterInputType>("where", "Filter (HotChocolate conventions), e.g. { orgUnit: { eq: \"20\" }, fiscalYear: { eq: 2025 } }.")
            .Argument<ListGraphType<NonNullGraphType<KpiTargetSortInputType>>>("order", "Sort order (HotChocolate conventions).")
            .AddPagingArguments()
            .ResolveAsync(async context => await context.PageAsync(Targets(context)));

        // Offset paging beside cursor paging, as HotChocolate offers it (UseOffsetPaging): page-numbered KPI tables.
        query.Field<NonNullGraphType<CollectionSegmentType<KpiTargetType, KpiTarget>>>("kpiTargetSegment")
            .Says("The same rows as `kpiTargets`, offset-paged (skip/take) as HotChocolate's CollectionSegment.", "KPI目標一覧（オフセット）。")
            .Argument<KpiTargetFilterInputType>("where", "Filter (HotChocolate conventions).")
            .Argument<ListGraphType<NonNullGraphType<KpiTargetSortInputType>>>("order", "Sort order (HotChocolate conventions).")
            .AddOffsetPagingArguments()
            .ResolveAsync(async context => await context.SegmentAsync(Targets(context)));

        query.Field<NonNullGraphType<ConnectionType<KpiResultType, KpiResult>>>("kpiResults")
            .Says("KPI results as the seeds print them (value, numerator and denominator, printed mark, period basis, source), by code unless `order` says otherwise.", "KPI実績一覧。")
            .Argument<KpiResultFilterInputType>("where", "Filter (HotChocolate conventions), e.g. { kpi: { eq: \"K-POSTAL-RATE\" }, orgUnit: { eq: \"00\" } }.")
            .Argument<ListGraphType<NonNullGraphType<KpiResultSortInputType>>>("order", "Sort order (HotChocolate conventions), e.g. [{ fiscalYear: DESC }].")
            .AddPagingArguments()
            .ResolveAsync(async context => await context.PageAsync(Results(context)));

        query.Field<NonNullGraphType<CollectionSegmentType<KpiResultType, KpiResult>>>("kpiResultSegment")
            .Says("The same rows as `kpiResults`, offset-paged (skip/take) as HotChocolate's CollectionSegment.", "KPI実績一覧（オフセット）。")
            .Argument<KpiResultFilterInputType>("where", "Filter (HotChocolate conventions).")
            .Argument<ListGraphType<NonNullGraphType<KpiResultSortInputType>>>("order", "Sort order (HotChocolate conventions).")
            .AddOffsetPagingArguments()
            .ResolveAsync(async context => await context.SegmentAsync(Results(context)));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<KpiComparisonCellType>>>>("kpiComparison")
            .Says("One KPI side by side across org units and years (seed 000's table: national FY2025, Nagano FY2025, Nagano FY2024): one cell per org unit and year, in the order given.", "KPI比較表。")
            .Argument<NonNullGraphType<StringGraphType>>("kpi", "KPI code, e.g. K-CHECKUP-INSURED.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("fiscalYears", "Fiscal years, e.g. [2025, 2024].")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("orgUnits", "Org unit codes, e.g. [\"00\", \"20\"].")
            .Argument<StringGraphType>("plan", "Only targets and results of this plan document, e.g. seed-000/kpi-table-2025.")
            .ResolveAsync(async context =>
            {
                var kpi = context.GetArgument<string>("kpi");
                // Distinct and capped: the cells are years × org units (Limits/ListArguments).
                var years = context.Distinct<int>("fiscalYears", Limits.ListSizes.FiscalYears)!;
                var orgUnits = context.Distinct<string>("orgUnits", Limits.ListSizes.OrgUnits)!;
                var plan = context.GetArgument<string?>("plan");
                // From the request's read model when it has one, else from SQL (the same pinned version either way).
                var model = context.Warehouse().Model;
                var db = model is null ? context.Warehouse().Db : null;
                if (!(model is not null ? model.Rows<Kpi>().Any(k => k.Code == kpi) : await db!.Kpis.AnyAsync(k => k.Code == kpi, context.CancellationToken)))
                {
                    throw new KenpoError(ErrorCodes.InvalidArgument, $"'{kpi}' is not a KPI code; the kpis query lists them.");
                }
                // Every cell names its org unit, a non-null field: an unknown code is the caller's mistake, said here,
                // not a failure of each cell's orgUnit (found by the hostile-input fuzzer: '00|' gave INTERNAL_SERVER_ERROR).
                // The domain's code rule, not the org-unit table: under a branch restriction the table hides other branches,
                // whose columns are left out below rather than refused.
                if (orgUnits.Where(code => !OrgUnitCode.TryParse(code, out _)).ToArray() is { Length: > 0 } unknown)
                {
                    throw new KenpoError(ErrorCodes.InvalidArgument,
                        $"{string.Join(", ", unknown.Select(u => $"'{u}'"))}: not an org unit code; use 00 (headquarters) or a JIS prefecture code 01–47.");
                }
                Func<KpiTarget, bool> targetInCells = t => t.KpiCode == kpi && years.Contains(t.FiscalYear) && orgUnits.Contains(t.OrgUnitCode)
                    && (plan == null || t.PlanDocumentCode == plan);
                Func<KpiResult, bool> resultInCells = r => r.KpiCode == kpi && years.Contains(r.FiscalYear) && orgUnits.Contains(r.OrgUnitCode)
                    && (plan == null || r.PlanDocumentCode == plan);
                var targets = model is not null ? model.Rows<KpiTarget>().Where(targetInCells).OrderBy(t => t.Code, StringComparer.Ordinal).ToList()
                    : await db!.KpiTargets
                        .Where(t => t.KpiCode == kpi && years.Contains(t.FiscalYear) && orgUnits.Contains(t.OrgUnitCode) && (plan == null || t.PlanDocumentCode == plan))
                        .OrderBy(t => t.Code).ToListAsync(context.CancellationToken);
                var results = model is not null ? model.Rows<KpiResult>().Where(resultInCells).OrderBy(r => r.Code, StringComparer.Ordinal).ToList()
                    : await db!.KpiResults
                        .Where(r => r.KpiCode == kpi && years.Contains(r.FiscalYear) && orgUnits.Contains(r.OrgUnitCode) && (plan == null || r.PlanDocumentCode == plan))
                        .OrderBy(r => r.Code).ToListAsync(context.CancellationToken);
                var kinds = model is not null ? model.Index("planDocuments:kinds", view => view.Rows<PlanDocument>().ToDictionary(p => p.Code, p => p.Kind))
                    : await db!.PlanDocuments.ToDictionaryAsync(p => p.Code, p => p.Kind, context.CancellationToken);
                // The cells are made here, not read: the visibility guard leaves out a column for an org unit outside the
                // caller's branches, as the row filter leaves out its rows.
                return orgUnits.SelectMany(unit => years.Select(year =>
                {
                    var cellTargets = targets.Where(t => t.OrgUnitCode == unit && t.FiscalYear == year).ToArray();
                    return new KpiComparisonCell(kpi, unit, year, cellTargets, [.. results.Where(r => r.OrgUnitCode == unit && r.FiscalYear == year)])
                    {
                        Target = KpiComparisonCell.Preferred(cellTargets, kinds),
                    };
                })).ToArray();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LoadCheckType>>>>("attainmentTallies")
            .Says("The printed tallies of attainment marks checked against the KPI results at load (seed 004 L1162: 達成 10 概ね達成 1 未達成 8).", "達成状況の集計の検算。")
            .ResolveAsync(async context => await context.Warehouse().Db.LoadCheckResults
                .Where(c => c.Check == "ATTAINMENT_TALLY").OrderBy(c => c.Id).ToListAsync(context.CancellationToken));
    }

    private static IQueryable<KpiTarget> Targets(IResolveFieldContext context) => context.ApplyOrder<KpiTargetSortInputType, KpiTarget, string>(
        context.ApplyWhere<KpiTargetFilterInputType, KpiTarget>(context.Warehouse().Db.KpiTargets), x => x.Code);

    private static IQueryable<KpiResult> Results(IResolveFieldContext context) => context.ApplyOrder<KpiResultSortInputType, KpiResult, string>(
        context.ApplyWhere<KpiResultFilterInputType, KpiResult>(context.Warehouse().Db.KpiResults), x => x.Code);
}
