using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Sorting;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Warehouse.Model;
using KenpoGraph.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.OrgUnits;

internal static class BranchQueries
{
    public static void AddBranchQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgUnitType>>>>("branches")
            .Says("The 47 prefectural branches, in JIS order unless `order` says otherwise.", "47支部。")
            .Argument<OrgUnitFilterInputType>("where", "Filter (HotChocolate conventions).")
            .Argument<ListGraphType<NonNullGraphType<OrgUnitSortInputType>>>("order", "Sort order (HotChocolate conventions).")
            .ResolveAsync(async context =>
            {
                if (context.Warehouse().Model is { } model && context.GetArgument<object?>("where") is null && context.GetArgument<object?>("order") is null)
                {
                    return model.Index("orgUnits:branches", view => view.Rows<OrgUnit>().Where(x => x.Kind == OrgUnitKind.Branch)
                        .OrderBy(x => x.Code, StringComparer.Ordinal).ToList());
                }
                var branches = context.Warehouse().Db.OrgUnits.Where(x => x.Kind == OrgUnitKind.Branch);
                branches = context.ApplyWhere<OrgUnitFilterInputType, OrgUnit>(branches);
                return await context.ApplyOrder<OrgUnitSortInputType, OrgUnit, string>(branches, x => x.Code).ToListAsync(context.CancellationToken);
            });

        query.Field<OrgUnitType>("branch")
            .Says("One branch by its JIS prefecture code (01–47); null when there is no such branch.", "支部（コード指定）。")
            .Argument<NonNullGraphType<StringGraphType>>("code", "JIS prefecture code, e.g. 19 for 山梨.")
            .ResolveAsync(async context =>
            {
                var code = context.GetArgument<string>("code");
                if (context.Warehouse().Model is { } model)
                {
                    return model.Rows<OrgUnit>().FirstOrDefault(x => x.Code == code && x.Kind == OrgUnitKind.Branch);
                }
                return await context.Warehouse().Db.OrgUnits
                    .FirstOrDefaultAsync(x => x.Code == code && x.Kind == OrgUnitKind.Branch, context.CancellationToken);
            });

        query.Field<NonNullGraphType<OrgUnitType>>("headquarters")
            .Says("The headquarters (本部), whose facts are the national figures.", "本部（全国）。")
            .ResolveAsync(async context => context.Warehouse().Model is { } model
                ? model.Rows<OrgUnit>().Single(x => x.Kind == OrgUnitKind.Headquarters)
                : await context.Warehouse().Db.OrgUnits.SingleAsync(x => x.Kind == OrgUnitKind.Headquarters, context.CancellationToken));
    }
}
