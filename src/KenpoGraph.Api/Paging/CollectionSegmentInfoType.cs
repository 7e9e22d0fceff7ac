using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Paging;

internal sealed class CollectionSegmentInfoType : ObjectGraphType<ICollectionSegmentInfo>
{
    public CollectionSegmentInfoType()
    {
        Name = "CollectionSegmentInfo";
        this.Says("Where an offset page stands in the whole list.", "ページ情報。");
        Field(x => x.HasNextPage).Says("More items follow.", "次ページあり。");
        Field(x => x.HasPreviousPage).Says("Items precede.", "前ページあり。");
    }
}
