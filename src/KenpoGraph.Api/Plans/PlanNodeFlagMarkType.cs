using GraphQL.Types;

namespace KenpoGraph.Api.Plans;

internal sealed class PlanNodeFlagMarkType : ObjectGraphType<PlanNodeFlagMark>
{
    public PlanNodeFlagMarkType()
    {
        Name = "PlanNodeFlag";
        Description = "A mark printed on a plan node, with its reason. 区分表示と理由。";
        Field<NonNullGraphType<PlanNodeFlagKindType>>("kind").Description("Which mark. 区分。").Resolve(c => c.Source.Flag);
        Field<NonNullGraphType<StringGraphType>>("labelJa").Description("The mark as printed, e.g. 【重要度：高】. 表示。").Resolve(c => c.Source.LabelJa);
        Field<StringGraphType>("reasonJa").Description("The printed reason (重要度・困難度 only); null where none is printed. 理由。").Resolve(c => c.Source.ReasonJa);
    }
}
