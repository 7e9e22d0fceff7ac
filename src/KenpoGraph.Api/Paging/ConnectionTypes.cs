using GraphQL.Types;

namespace KenpoGraph.Api.Paging;

/// <summary>XConnection { nodes edges { cursor node } pageInfo totalCount }, as HotChocolate names it.</summary>
internal sealed class ConnectionType<TNodeType, TNode> : ObjectGraphType<CursorPage<TNode>> where TNodeType : IGraphType, new()
{
    public ConnectionType()
    {
        var nodeName = new TNodeType().Name;
        Name = $"{nodeName}Connection";
        Description = $"A page of {nodeName} items with cursors. ページ。";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description("The items of this page. 項目。")
            .Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TNode>>>>>("edges").Description("The items with their cursors. 項目とカーソル。")
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page stands. ページ情報。").Resolve(c => c.Source);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Items matching the filter, over all pages. 総件数。").Resolve(c => c.Source.TotalCount);
    }
}

internal sealed class EdgeType<TNodeType, TNode> : ObjectGraphType<(string Cursor, TNode Node)> where TNodeType : IGraphType, new()
{
    public EdgeType()
    {
        var nodeName = new TNodeType().Name;
        Name = $"{nodeName}Edge";
        Description = $"A {nodeName} with its cursor. 項目とカーソル。";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass to after/before to page from here. カーソル。").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item. 項目。").Resolve(c => c.Source.Node);
    }
}

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
