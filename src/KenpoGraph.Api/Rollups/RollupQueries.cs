using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Disclosure;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Limits;
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
                var db = context.Warehouse().Db;
                var unknown = measures.Except(await db.Measures.Where(m => measures.Contains(m.Code)).Select(m => m.Code).ToListAsync(context.CancellationToken)).ToArray();
                if (unknown.Length > 0)
                {
                    throw new KenpoError(ErrorCodes.InvalidArgument, $"Unknown measure(s): {string.Join(", ", unknown)}. The `measures` query lists them.");
                }
                var rows = db.Rollups.Where(r => r.Level == level && measures.Contains(r.MeasureCode));
                if (years is not null)
                {
                    rows = rows.Where(r => years.Contains(r.FiscalYear));
                }
                // A branch-limited caller's condition on a figure answers BRANCH rows only (Disclosure/FigureConditions):
                // rollup(level: REGION, where: { value: { gt: … } }) told where a withheld regional figure lay.
                if (context.Disclosure().Applies && FigureConditions.Mentioned(context.GetArgument<object?>("where")))
                {
                    rows = rows.Where(r => r.Level == RollupLevel.Branch);
                }
                rows = context.ApplyWhere<RollupFilterInputType, Rollup>(rows);
                var result = await rows.OrderBy(r => r.MeasureCode).ThenBy(r => r.FiscalYear).ThenBy(r => r.UnitCode)
                    .Take(MaxRows + 1).ToListAsync(context.CancellationToken);
                return result.Count <= MaxRows ? result
                    : throw new KenpoError(ErrorCodes.InvalidArgument, $"The roll-up would return more than {MaxRows} rows; ask for fewer measures or years.");
            });
    }
}
