using GraphQL.Types;
using KenpoGraph.Api.RequestData;
using Microsoft.EntityFrameworkCore;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Documents;

internal static class DocumentQueries
{
    public static void AddDocumentQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceDocumentType>>>>("documents")
            .Says("The source documents, by code.", "出典資料一覧。")
            .ResolveAsync(async context => await context.Warehouse().Db.Documents.OrderBy(d => d.Code).ToListAsync(context.CancellationToken));
    }
}
