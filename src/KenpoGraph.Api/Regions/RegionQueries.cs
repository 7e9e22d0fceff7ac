using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.RequestData;
using Microsoft.EntityFrameworkCore;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Regions;

internal static class RegionQueries
{
    public static void AddRegionQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions")
            .Says("The regional blocks of a grouping (default: the eight standard regions), in their customary order.", "地域ブロック一覧。")
            .Argument<StringGraphType>("grouping", "Grouping code; omitted = the default grouping.")
            .ResolveAsync(async context =>
            {
                var db = context.Warehouse().Db;
                var grouping = context.GetArgument<string?>("grouping")
                    ?? await db.RegionGroupings.Where(g => g.IsDefault).Select(g => g.Code).SingleAsync(context.CancellationToken);
                return await db.Regions.Where(r => r.GroupingCode == grouping).OrderBy(r => r.SortOrder).ThenBy(r => r.Code)
                    .ToListAsync(context.CancellationToken);
            });
    }
}
