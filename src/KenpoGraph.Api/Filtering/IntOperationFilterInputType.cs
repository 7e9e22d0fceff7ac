using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Filtering;

/// <summary>IntOperationFilterInput: eq neq in nin gt ngt gte ngte lt nlt lte nlte.</summary>
internal sealed class IntOperationFilterInputType : InputObjectGraphType
{
    public IntOperationFilterInputType()
    {
        Name = "IntOperationFilterInput";
        this.Says("Conditions on a whole-number field; all conditions given must hold.", "整数の条件。");
        Field<ListGraphType<NonNullGraphType<IntOperationFilterInputType>>>("and").Description("All of these conditions hold.");
        Field<ListGraphType<NonNullGraphType<IntOperationFilterInputType>>>("or").Description("At least one of these conditions holds.");
        Field<IntGraphType>("eq").Description("Equal to.");
        Field<IntGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<IntGraphType>>("in").Description("Equal to one of.");
        Field<ListGraphType<IntGraphType>>("nin").Description("Equal to none of.");
        Field<IntGraphType>("gt").Description("Greater than.");
        Field<IntGraphType>("ngt").Description("Not greater than.");
        Field<IntGraphType>("gte").Description("Greater than or equal to.");
        Field<IntGraphType>("ngte").Description("Not greater than or equal to.");
        Field<IntGraphType>("lt").Description("Less than.");
        Field<IntGraphType>("nlt").Description("Not less than.");
        Field<IntGraphType>("lte").Description("Less than or equal to.");
        Field<IntGraphType>("nlte").Description("Not less than or equal to.");
    }
}
