using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Paging;

internal sealed class EdgeType<TNodeType, TNode> : ObjectGraphType<(string Cursor, TNode Node)> where TNodeType : IGraphType, new()
{
    public EdgeType()
    {
        var nodeName = new TNodeType().Name;
        Name = $"{nodeName}Edge";
        Description = $"A {nodeName} with its cursor. 項目とカーソル。";
        Field<NonNullGraphType<StringGraphType>>("cursor").Says("Pass to after/before to page from here.", "カーソル。").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Says("The item.", "項目。").Resolve(c => c.Source.Node);
    }
}
