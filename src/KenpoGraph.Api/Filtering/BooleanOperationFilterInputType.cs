using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Filtering;

/// <summary>BooleanOperationFilterInput: eq neq, as HotChocolate names it.</summary>
internal sealed class BooleanOperationFilterInputType : InputObjectGraphType
{
    public BooleanOperationFilterInputType()
    {
        Name = "BooleanOperationFilterInput";
        this.Says("Conditions on a true/false field.", "真偽値の条件。");
        Field<ListGraphType<NonNullGraphType<BooleanOperationFilterInputType>>>("and").Description("All of these conditions hold.");
        Field<ListGraphType<NonNullGraphType<BooleanOperationFilterInputType>>>("or").Description("At least one of these conditions holds.");
        Field<BooleanGraphType>("eq").Description("Equal to.");
        Field<BooleanGraphType>("neq").Description("Not equal to.");
    }
}
