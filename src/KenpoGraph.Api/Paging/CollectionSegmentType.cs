using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Paging;

/// <summary>XCollectionSegment { items pageInfo totalCount }, as HotChocolate's offset paging names it.</summary>
internal sealed class CollectionSegmentType<TNodeType, TNode> : ObjectGraphType<CollectionSegment<TNode>> where TNodeType : IGraphType, new()
{
    public CollectionSegmentType()
    {
        var nodeName = new TNodeType().Name;
        Name = $"{nodeName}CollectionSegment";
        Description = $"An offset page (skip/take) of {nodeName} items. ページ（オフセット）。";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("items").Says("The items of this page.", "項目。")
            .Resolve(c => c.Source.Items);
        Field<NonNullGraphType<CollectionSegmentInfoType>>("pageInfo").Says("Whether items follow or precede.", "ページ情報。").Resolve(c => c.Source);
        Field(x => x.TotalCount).Says("Items matching the filter, over all pages.", "総件数。");
    }
}
