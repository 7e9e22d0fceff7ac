using GraphQL.Types;

namespace KenpoGraph.Api.Filtering;

/// <summary>
/// HotChocolate's comparable operation input (<c>{Scalar}OperationFilterInput</c>): eq neq in nin gt ngt gte ngte lt nlt
/// lte nlte, with and / or. Operands are nullable in the schema, as in HotChocolate: whether null is accepted depends
/// on the field filtered (see <see cref="FilterField.Nullable"/>), and is checked when the filter is translated.
/// </summary>
internal abstract class ComparableOperationFilterInputType<TSelf, TScalar> : InputObjectGraphType
    where TSelf : ComparableOperationFilterInputType<TSelf, TScalar>
    where TScalar : ScalarGraphType
{
    protected ComparableOperationFilterInputType(string name)
    {
        Name = name;
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("All of these conditions hold.");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("At least one of these conditions holds.");
        Field<TScalar>("eq").Description("Equal to.");
        Field<TScalar>("neq").Description("Not equal to.");
        Field<ListGraphType<TScalar>>("in").Description("Equal to one of.");
        Field<ListGraphType<TScalar>>("nin").Description("Equal to none of.");
        Field<TScalar>("gt").Description("Greater than.");
        Field<TScalar>("ngt").Description("Not greater than.");
        Field<TScalar>("gte").Description("Greater than or equal to.");
        Field<TScalar>("ngte").Description("Not greater than or equal to.");
        Field<TScalar>("lt").Description("Less than.");
        Field<TScalar>("nlt").Description("Not less than.");
        Field<TScalar>("lte").Description("Less than or equal to.");
        Field<TScalar>("nlte").Description("Not less than or equal to.");
    }
}
