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
