using GraphQL.Types;
using KenpoGraph.Api.RequestData;
using Microsoft.EntityFrameworkCore;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Measures;

internal static class MeasureQueries
{
    public static void AddMeasureQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasureType>>>>("measures")
            .Says("Every declared measure, by code.", "指標一覧。")
            .ResolveAsync(async context => context.Warehouse().Model is { } model
                ? model.Index("measures:byCode", view => view.Rows<KenpoGraph.Warehouse.Model.Measure>().OrderBy(m => m.Code, StringComparer.Ordinal).ToList())
                : await context.Warehouse().Db.Measures.OrderBy(m => m.Code).ToListAsync(context.CancellationToken));
    }
}
