using GraphQL;
using GraphQLParser.AST;

namespace KenpoGraph.Api.Sorting;

/// <summary>
/// An argument's value in the order the client wrote it. GraphQL.NET hands resolvers input objects with their fields
/// in the schema's order, so <c>order: [{ fiscalYear: ASC, orgUnit: DESC }]</c> sorted by org unit first (issue 18);
/// HotChocolate sorts by the fields in the order they are written, inside one object as across the list. This reads
/// the argument from the document, and a variable from the request's own JSON, whose key order it keeps.
/// </summary>
internal static class ClientOrder
{
    private const string RawVariablesKey = "KenpoGraph.Sorting.RawVariables";

    /// <summary>Keeps the request's variables as sent (before coercion reorders them), for <see cref="Of"/>.</summary>
    public static void Remember(IDictionary<string, object?>? userContext, IReadOnlyDictionary<string, object?>? variables)
    {
        if (userContext is not null && variables is not null)
        {
            userContext[RawVariablesKey] = variables;
        }
    }

    /// <summary>
    /// The argument's value as lists, <see cref="OrderedDictionary{TKey, TValue}"/> objects and enum names, in the
    /// client's order; the validated value (schema order) where the request's JSON is not at hand.
    /// </summary>
    public static object? Of(IResolveFieldContext context, string argument)
    {
        var node = context.FieldAst.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == argument)?.Value;
        if (node is null)
        {
            return context.GetArgument<object?>(argument);
        }
        var raw = context.UserContext.TryGetValue(RawVariablesKey, out var variables) ? variables as IReadOnlyDictionary<string, object?> : null;
        return Read(node, context, raw);
    }

    private static object? Read(GraphQLValue node, IResolveFieldContext context, IReadOnlyDictionary<string, object?>? raw) => node switch
    {
        GraphQLVariable variable => raw is not null && raw.TryGetValue(variable.Name.StringValue, out var value)
            ? value
            : context.Variables?.ValueFor(variable.Name.StringValue),
        GraphQLListValue list => (list.Values ?? []).Select(item => Read(item, context, raw)).ToList(),
        GraphQLObjectValue fields => Ordered(fields, context, raw),
        GraphQLEnumValue name => name.Name.StringValue,
        _ => null,
    };

    private static OrderedDictionary<string, object?> Ordered(GraphQLObjectValue fields, IResolveFieldContext context, IReadOnlyDictionary<string, object?>? raw)
    {
        var ordered = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in fields.Fields ?? [])
        {
            ordered[field.Name.StringValue] = Read(field.Value, context, raw);
        }
        return ordered;
    }
}
