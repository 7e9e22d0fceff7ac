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
            .ResolveAsync(async context =>
            {
                var plans = context.ApplyWhere<PlanFilterInputType, PlanDocument>(context.Warehouse().Db.PlanDocuments);
                return await context.PageAsync(context.ApplyOrder<PlanSortInputType, PlanDocument, string>(plans, x => x.Code));
            });

        query.Field<PlanType>("plan")
            .Says("One plan document by its id or its code (seed-000/nagano-business-plan-2025); null when there is none.", "計画文書（ID・コード指定）。")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The plan's global id, or its code.")
            .ResolveAsync(async context =>
            {
                var id = context.GetArgument<string>("id");
                var code = NodeId.TryParse(id, out var typeName, out var key) && typeName == "Plan" ? key : id;
                return await context.Warehouse().Db.PlanDocuments.FirstOrDefaultAsync(x => x.Code == code, context.CancellationToken);
            });
    }
}
