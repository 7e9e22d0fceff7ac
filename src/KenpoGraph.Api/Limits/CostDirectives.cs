using GraphQL.Types;
using GraphQLParser.AST;

namespace KenpoGraph.Api.Limits;

/// <summary>
/// <c>@cost</c> of the IBM GraphQL cost directive specification, as HotChocolate 14 defines it: a field's weight, what
/// each occurrence of it adds to an operation's cost (1 where it is not printed).
/// </summary>
internal sealed class CostDirective : Directive
{
    public const string DirectiveName = "cost";

    public CostDirective()
        : base(DirectiveName, DirectiveLocation.Scalar, DirectiveLocation.Object, DirectiveLocation.FieldDefinition,
            DirectiveLocation.ArgumentDefinition, DirectiveLocation.Enum, DirectiveLocation.InputFieldDefinition)
    {
        Description = "The purpose of the `cost` directive is to define a `weight` for GraphQL types, fields, and arguments. Static analysis can use these weights when calculating the " +
            "overall cost of a query or response.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = "weight",
            Description = "The `weight` argument defines what value to add to the overall cost for every appearance, or possible appearance, of a type, field, argument, etc.",
        });
    }
}

/// <summary>
/// <c>@listSize</c> of the IBM GraphQL cost directive specification, as HotChocolate 14 defines it: how long a list
/// field's answer can be (<see cref="ListSize"/>).
/// </summary>
internal sealed class ListSizeDirective : Directive
{
    public const string DirectiveName = "listSize";

    public ListSizeDirective()
        : base(DirectiveName, DirectiveLocation.FieldDefinition)
    {
        Description = "The purpose of the `@listSize` directive is to either inform the static analysis about the size of returned lists (if that information is statically available), or to " +
            "point the analysis to where to find that information.";
        Arguments = new QueryArguments(
            new QueryArgument<IntGraphType>
            {
                Name = "assumedSize",
                Description = "The `assumedSize` argument can be used to statically define the maximum length of a list returned by a field.",
            },
            new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>>
            {
                Name = "slicingArguments",
                Description = "The `slicingArguments` argument can be used to define which of the field's arguments with numeric type are slicing arguments, so that their value determines " +
                    "the size of the list returned by that field. It may specify a list of multiple slicing arguments.",
            },
            new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>>
            {
                Name = "sizedFields",
                Description = "The `sizedFields` argument can be used to define that the value of the `assumedSize` argument or of a slicing argument does not affect the size of a list " +
                    "returned by a field itself, but that of a list returned by one of its sub-fields.",
            },
            new QueryArgument<NonNullGraphType<BooleanGraphType>>
            {
                Name = "requireOneSlicingArgument",
                DefaultValue = true,
                Description = "The `requireOneSlicingArgument` argument can be used to inform the static analysis that it should expect that exactly one of the defined slicing arguments is " +
                    "present in a query. If that is not the case (i.e., if none or multiple slicing arguments are present), the static analysis may throw an error.",
            });
    }
}
