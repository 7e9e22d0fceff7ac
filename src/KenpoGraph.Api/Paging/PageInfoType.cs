using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Paging;

internal sealed class PageInfoType : ObjectGraphType<ICursorPage>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        this.Says("Where a page stands in the whole list.", "ページ情報。");
        Field(x => x.HasNextPage).Says("More items follow.", "次ページあり。");
        Field(x => x.HasPreviousPage).Says("Items precede.", "前ページあり。");
        Field(x => x.StartCursor, nullable: true).Says("Cursor of the first item.", "先頭カーソル。");
        Field(x => x.EndCursor, nullable: true).Says("Cursor of the last item.", "末尾カーソル。");
    }
}
