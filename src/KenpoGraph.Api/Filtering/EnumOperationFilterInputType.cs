using GraphQL.Types;

namespace KenpoGraph.Api.Filtering;

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
