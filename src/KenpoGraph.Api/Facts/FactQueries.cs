using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Disclosure;
using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Paging;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Sorting;
using KenpoGraph.Domain.Rollups;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Facts;

/// <summary>
/// facts and factSegment: every measure's value at every level (BRANCH, REGION, NATIONAL) as one flat, paged feed with
/// Node ids (issue 18 item 3). <c>rollup</c> is the same rows at one level (docs/bi-developers.md "The fact feed").
/// </summary>
internal static class FactQueries
{
    public static void AddFactQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<FactType, FactRecord>>>("facts")
            .Says("Every measure's value at every level (BRANCH, REGION, NATIONAL) as flat rows with Node ids, published figures and provenance; cursor-paged (HotChocolate conventions). " +
                "rollup is a view of these rows at one level.",
                "事実行一覧（全レベル）。")
            .Argument<FactFilterInputType>("where", "Filter (HotChocolate conventions).")
            .Argument<ListGraphType<NonNullGraphType<FactSortInputType>>>("order", "Sort order; ties broken by measure, year, level and unit.")
            .AddPagingArguments()
            .ResolveAsync(async context => await context.PageAsync(Filtered(context)));

        query.Field<NonNullGraphType<CollectionSegmentType<FactType, FactRecord>>>("factSegment")
            .Says("The same rows as `facts`, offset-paged (skip/take) as HotChocolate's CollectionSegment.", "事実行一覧（オフセット）。")
            .Argument<FactFilterInputType>("where", "Filter (HotChocolate conventions).")
            .Argument<ListGraphType<NonNullGraphType<FactSortInputType>>>("order", "Sort order; ties broken by measure, year, level and unit.")
            .AddOffsetPagingArguments()
            .ResolveAsync(async context => await context.SegmentAsync(Filtered(context)));
    }

    private static IQueryable<FactRecord> Filtered(IResolveFieldContext context)
    {
        var rows = FactRecord.Query(context.Warehouse().Db);
        // A branch-limited caller's conditions and sorts on figures answer BRANCH rows only (Disclosure/FigureConditions).
        if (context.Disclosure().Applies
            && (FigureConditions.Mentioned(context.GetArgument<object?>("where")) || FigureConditions.Mentioned(context.GetArgument<object?>("order"))))
        {
            rows = rows.Where(x => x.Level == RollupLevel.Branch);
        }
        rows = context.ApplyWhere<FactFilterInputType, FactRecord>(rows);
        return Ordered(context.ApplyOrder<FactSortInputType, FactRecord, string>(rows, x => x.MeasureCode));
    }

    /// <summary>After the client's order and the measure: the rest of fact_rollup's key, so the order is total and pages never overlap.</summary>
    public static IQueryable<FactRecord> Ordered(IQueryable<FactRecord> sorted) =>
        ((IOrderedQueryable<FactRecord>)sorted).ThenBy(x => x.FiscalYear).ThenBy(x => x.Level).ThenBy(x => x.UnitCode);
}
