using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Paging;

/// <summary>XConnection { nodes edges { cursor node } pageInfo totalCount }, as HotChocolate names it.</summary>
internal sealed class ConnectionType<TNodeType, TNode> : ObjectGraphType<CursorPage<TNode>> where TNodeType : IGraphType, new()
{
    public ConnectionType()
    {
        var nodeName = new TNodeType().Name;
        Name = $"{nodeName}Connection";
        Description = $"A page of {nodeName} items with cursors. ページ。";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Says("The items of this page.", "項目。")
            .Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field(x => x.Edges, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TNode>>>>)).Says("The items with their cursors.", "項目とカーソル。");
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Says("Where this page stands.", "ページ情報。").Resolve(c => c.Source);
        Field(x => x.TotalCount).Says("Items matching the filter, over all pages.", "総件数。");
    }
}
