using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Paging;

internal sealed class PageInfoType : ObjectGraphType<ICursorPage>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        this.Says("Where a page stands in the whole list.", "ページ情報。");
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Says("More items follow.", "次ページあり。").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Says("Items precede.", "前ページあり。").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Says("Cursor of the first item.", "先頭カーソル。").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Says("Cursor of the last item.", "末尾カーソル。").Resolve(c => c.Source.EndCursor);
    }
}
