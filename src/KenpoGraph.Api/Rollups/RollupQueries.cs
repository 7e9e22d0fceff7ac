using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Disclosure;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Limits;
using KenpoGraph.Api.ReadModel;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Rollups;

internal static class RollupQueries
{
    /// <summary>rollup(measures, fiscalYears, level) covers at most this many rows: 47 branches × 11 years × 20 measures.</summary>
    private const int MaxRows = 47 * 11 * 20;

    public static void AddRollupQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RollupType>>>>("rollup")
            .Says("Measures rolled up to BRANCH, REGION or NATIONAL level by each measure's rule, materialised at load time, with the published figure and the difference: a view of the fact " +
                "feed's rows at one level, unpaged (`facts` pages all levels with the same fields and nested filters).", "集計（事実行の1レベル分）。")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("measures", "Measure codes, e.g. [\"membership.insured\"] (see `measures`).")
            .Argument<ListGraphType<NonNullGraphType<IntGraphType>>>("fiscalYears", "Fiscal years; omitted = all.")
            .Argument<NonNullGraphType<RollupLevelType>>("level", "BRANCH, REGION or NATIONAL.")
            .Argument<RollupFilterInputType>("where", "Filter on the rows (HotChocolate conventions).")
            .ResolveAsync(async context =>
            {
                var measures = context.Distinct<string>("measures", ListArguments.MaxMeasures)!;
                var years = context.Distinct<int>("fiscalYears", ListSizes.FiscalYears);
                var level = context.GetArgument<RollupLevel>("level");
                var figuresOnlyOfBranches = context.Disclosure().Applies && FigureConditions.Mentioned(context.GetArgument<object?>("where"));
                if (context.Warehouse().Model is { } model && InMemory(context, model, measures, years, level, figuresOnlyOfBranches) is { } fromMemory)
                {
                    return AtMostMaxRows(fromMemory);
                }
                var db = context.Warehouse().Db;
                CheckKnown(measures, await db.Measures.Where(m => measures.Contains(m.Code)).Select(m => m.Code).ToListAsync(context.CancellationToken));
                var rows = db.Rollups.Where(r => r.Level == level && measures.Contains(r.MeasureCode));
                if (years is not null)
                {
                    rows = rows.Where(r => years.Contains(r.FiscalYear));
                }
                // A branch-limited caller's condition on a figure answers BRANCH rows only (Disclosure/FigureConditions):
                // rollup(level: REGION, where: { value: { gt: … } }) told where a withheld regional figure lay.
                if (figuresOnlyOfBranches)
                {
                    rows = rows.Where(r => r.Level == RollupLevel.Branch);
                }
                rows = context.ApplyWhere<RollupFilterInputType, Rollup>(rows);
                return AtMostMaxRows(await rows.OrderBy(r => r.MeasureCode).ThenBy(r => r.FiscalYear).ThenBy(r => r.UnitCode)
                    .Take(MaxRows + 1).ToListAsync(context.CancellationToken));
            });
    }

    private static void CheckKnown(IReadOnlyCollection<string> measures, IEnumerable<string> known)
    {
        var unknown = measures.Except(known).ToArray();
        if (unknown.Length > 0)
        {
            throw new KenpoError(ErrorCodes.InvalidArgument, $"Unknown measure(s): {string.Join(", ", unknown)}. The `measures` query lists them.");
        }
    }

    private static List<Rollup> AtMostMaxRows(List<Rollup> rows) => rows.Count <= MaxRows ? rows
        : throw new KenpoError(ErrorCodes.InvalidArgument, $"The roll-up would return more than {MaxRows} rows; ask for fewer measures or years.");

    /// <summary>
    /// The same rows from the request's read model, in the same order (measure, year, unit: SQL's), or null when the
    /// <c>where</c> needs SQL. The rows of one level and measure are indexed once per view.
    /// </summary>
    private static List<Rollup>? InMemory(IResolveFieldContext context, ReadModelView model, IReadOnlyCollection<string> measures,
        IReadOnlyCollection<int>? years, RollupLevel level, bool figuresOnlyOfBranches)
    {
        var byLevelAndMeasure = model.Index("rollups:byLevelAndMeasure", view => view.Rows<Rollup>()
            .OrderBy(r => r.FiscalYear).ThenBy(r => r.UnitCode, StringComparer.Ordinal)
            .GroupBy(r => (r.Level, r.MeasureCode)).ToDictionary(group => group.Key, group => group.ToArray()));
        CheckKnown(measures, model.Index("measures:codes", view => view.Rows<Measure>().Select(m => m.Code).ToHashSet(StringComparer.Ordinal))
            .Intersect(measures));
        var rows = measures.Order(StringComparer.Ordinal)
            .SelectMany(measure => byLevelAndMeasure.TryGetValue((level, measure), out var group) ? group : [])
            .Where(r => (years is null || years.Contains(r.FiscalYear)) && (!figuresOnlyOfBranches || r.Level == RollupLevel.Branch));
        return context.TryApplyWhere<RollupFilterInputType, Rollup>(rows, out var filtered) ? filtered.Take(MaxRows + 1).ToList() : null;
    }
}
