using GraphQL.Types;

namespace KenpoGraph.Api.Paging;

internal sealed class PageInfoType : ObjectGraphType<ICursorPage>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page stands in the whole list. ページ情報。";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("More items follow. 次ページあり。").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Items precede. 前ページあり。").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first item. 先頭カーソル。").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("Cursor of the last item. 末尾カーソル。").Resolve(c => c.Source.EndCursor);
    }
}
