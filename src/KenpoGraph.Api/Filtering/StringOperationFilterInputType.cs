using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Filtering;

/// <summary>StringOperationFilterInput: eq neq in nin contains ncontains startsWith nstartsWith endsWith nendsWith.</summary>
internal sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        this.Says("Conditions on a text field; all conditions given must hold.", "文字列の条件。");
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("and").Description("All of these conditions hold.");
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("or").Description("At least one of these conditions holds.");
        Field<StringGraphType>("eq").Description("Equal to.");
        Field<StringGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<StringGraphType>>("in").Description("Equal to one of.");
        Field<ListGraphType<StringGraphType>>("nin").Description("Equal to none of.");
        Field<StringGraphType>("contains").Description("Contains the text.");
        Field<StringGraphType>("ncontains").Description("Does not contain the text.");
        Field<StringGraphType>("startsWith").Description("Starts with the text.");
        Field<StringGraphType>("nstartsWith").Description("Does not start with the text.");
        Field<StringGraphType>("endsWith").Description("Ends with the text.");
        Field<StringGraphType>("nendsWith").Description("Does not end with the text.");
    }
}
