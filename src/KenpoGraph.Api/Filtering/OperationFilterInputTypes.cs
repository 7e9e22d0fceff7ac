using GraphQL.Types;

namespace KenpoGraph.Api.Filtering;

// The operation inputs HotChocolate clients know (DOMAIN.md "API conventions"): same type names,
// same operator names, so a query written against a HotChocolate server works here unchanged.

/// <summary>StringOperationFilterInput: eq neq in nin contains ncontains startsWith nstartsWith endsWith nendsWith.</summary>
internal sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field; all conditions given must hold. 文字列の条件。";
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

/// <summary>IntOperationFilterInput: eq neq in nin gt ngt gte ngte lt nlt lte nlte.</summary>
internal sealed class IntOperationFilterInputType : InputObjectGraphType
{
    public IntOperationFilterInputType()
    {
        Name = "IntOperationFilterInput";
        Description = "Conditions on a whole-number field; all conditions given must hold. 整数の条件。";
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

/// <summary>&lt;Enum&gt;OperationFilterInput: eq neq in nin over one enum type.</summary>
internal sealed class EnumOperationFilterInputType<TEnumType> : InputObjectGraphType where TEnumType : EnumerationGraphType, new()
{
    public EnumOperationFilterInputType()
    {
        var enumName = new TEnumType().Name;
        Name = $"{enumName}OperationFilterInput";
        Description = $"Conditions on a {enumName} field; all conditions given must hold.";
        Field<ListGraphType<NonNullGraphType<EnumOperationFilterInputType<TEnumType>>>>("and").Description("All of these conditions hold.");
        Field<ListGraphType<NonNullGraphType<EnumOperationFilterInputType<TEnumType>>>>("or").Description("At least one of these conditions holds.");
        Field<TEnumType>("eq").Description("Equal to.");
        Field<TEnumType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<TEnumType>>>("in").Description("Equal to one of.");
        Field<ListGraphType<NonNullGraphType<TEnumType>>>("nin").Description("Equal to none of.");
    }
}
