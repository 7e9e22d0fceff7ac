using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Plans;

internal sealed class PlanNodeFlagMarkType : ObjectGraphType<PlanNodeFlagMark>
{
    public PlanNodeFlagMarkType()
    {
        Name = "PlanNodeFlag";
        this.Says("A mark printed on a plan node, with its reason.", "区分表示と理由。");
        Field("kind", x => x.Flag, type: typeof(NonNullGraphType<PlanNodeFlagKindType>)).Says("Which mark.", "区分。");
        Field(x => x.LabelJa).Says("The mark as printed, e.g. 【重要度：高】.", "表示。");
        Field(x => x.ReasonJa, nullable: true).Says("The printed reason (重要度・困難度 only); null where none is printed.", "理由。");
    }
}
