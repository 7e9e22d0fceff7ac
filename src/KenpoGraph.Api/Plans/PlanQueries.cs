using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Paging;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Sorting;
using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Plans;

internal static class PlanQueries
{
    public static void AddPlanQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<PlanType, PlanDocument>>>("plans")
            .Says("Plan documents (business plans, KPI tables, budgets, reports) with their trees, by code unless `order` says otherwise.", "計画文書一覧。")
            .Argument<PlanFilterInputType>("where", "Filter (HotChocolate conventions).")
            .Argument<ListGraphType<NonNullGraphType<PlanSortInputType>>>("order", "Sort order (HotChocolate conventions).")
            .AddPagingArguments()
            .ResolveAsync(async context => await context.PageAsync(Plans(context)));

        // Offset paging beside cursor paging, as HotChocolate offers it (UseOffsetPaging).
        query.Field<NonNullGraphType<CollectionSegmentType<PlanType, PlanDocument>>>("planSegment")
            .Says("The same plan documents as `plans`, offset-paged (skip/take) as HotChocolate's CollectionSegment.", "計画文書一覧（オフセット）。")
            .Argument<PlanFilterInputType>("where", "Filter (HotChocolate conventions).")
            .Argument<ListGraphType<NonNullGraphType<PlanSortInputType>>>("order", "Sort order (HotChocolate conventions).")
            .AddOffsetPagingArguments()
            .ResolveAsync(async context => await context.SegmentAsync(Plans(context)));

        query.Field<PlanType>("plan")
            .Says("One plan document by its id or its code (seed-000/nagano-business-plan-2025); null when there is none.", "計画文書（ID・コード指定）。")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The plan's global id, or its code.")
            .ResolveAsync(async context =>
            {
                var id = context.GetArgument<string>("id");
                var code = NodeId.TryParse(id, out var typeName, out var key) && typeName == "Plan" ? key : id;
                return context.Warehouse().Model is { } model ? model.Rows<PlanDocument>().FirstOrDefault(x => x.Code == code)
                    : await context.Warehouse().Db.PlanDocuments.FirstOrDefaultAsync(x => x.Code == code, context.CancellationToken);
            });
    }

    private static IQueryable<PlanDocument> Plans(IResolveFieldContext context) => context.ApplyOrder<PlanSortInputType, PlanDocument, string>(
        context.ApplyWhere<PlanFilterInputType, PlanDocument>(context.Warehouse().Db.PlanDocuments), x => x.Code);
}
