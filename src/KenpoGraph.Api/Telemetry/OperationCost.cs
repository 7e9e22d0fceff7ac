using GraphQLParser.AST;

namespace KenpoGraph.Api.Telemetry;

/// <summary>
/// A static estimate of the work an operation asks for, from its document alone (no schema, no data):
/// every selected field costs 1, and a field with a <c>first</c> or <c>last</c> argument multiplies the cost
/// of its own selection by that page size. <c>{ branches(first: 10) { nodes { name code } } }</c> costs
/// 1 + 10 × (1 + 2) = 31. Fragments count wherever they are spread. A paged field without <c>first</c>/<c>last</c>
/// counts its selection once, so the figure is a lower bound there; a cost limit built on it should
/// require page sizes or apply the default page size through the schema.
/// </summary>
internal static class OperationCost
{
    private static readonly string[] PageSizeArguments = ["first", "last"];

    public static long Of(GraphQLDocument document, GraphQLOperationDefinition operation, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());
        return Of(operation.SelectionSet, fragments, variables, [], []);
    }

    /// <param name="costs">Each fragment's cost, computed once: fragments that spread others several times would otherwise take exponential time.</param>
    private static long Of(GraphQLSelectionSet? selectionSet, Dictionary<string, GraphQLFragmentDefinition> fragments,
        IReadOnlyDictionary<string, object?>? variables, HashSet<string> spreading, Dictionary<string, long> costs)
    {
        long cost = 0;
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            cost = Add(cost, selection switch
            {
                GraphQLField field => Add(1, Multiply(PageSize(field, variables), Of(field.SelectionSet, fragments, variables, spreading, costs))),
                GraphQLInlineFragment inline => Of(inline.SelectionSet, fragments, variables, spreading, costs),
                GraphQLFragmentSpread spread => OfSpread(spread.FragmentName.Name.StringValue, fragments, variables, spreading, costs),
                _ => 0,
            });
        }
        return cost;
    }

    private static long OfSpread(string name, Dictionary<string, GraphQLFragmentDefinition> fragments,
        IReadOnlyDictionary<string, object?>? variables, HashSet<string> spreading, Dictionary<string, long> costs)
    {
        if (costs.TryGetValue(name, out var known))
        {
            return known;
        }
        // A cycle or an unknown fragment is a validation error reported elsewhere; here it just adds nothing.
        if (!fragments.TryGetValue(name, out var fragment) || !spreading.Add(name))
        {
            return 0;
        }
        var cost = Of(fragment.SelectionSet, fragments, variables, spreading, costs);
        spreading.Remove(name);
        costs[name] = cost;
        return cost;
    }

    /// <summary>The <c>first</c> or <c>last</c> argument as a literal or a variable; 1 when neither is given or usable.</summary>
    private static long PageSize(GraphQLField field, IReadOnlyDictionary<string, object?>? variables)
    {
        foreach (var argument in field.Arguments?.Items ?? [])
        {
            if (!PageSizeArguments.Contains(argument.Name.StringValue))
            {
                continue;
            }
            long? size = argument.Value switch
            {
                GraphQLIntValue literal when long.TryParse(literal.Value.Span, out var value) => value,
                GraphQLVariable variable when variables is not null
                    && variables.TryGetValue(variable.Name.StringValue, out var value) => AsLong(value),
                _ => null,
            };
            if (size is > 0)
            {
                return size.Value;
            }
        }
        return 1;
    }

    private static long? AsLong(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        System.Numerics.BigInteger big when big <= long.MaxValue && big >= long.MinValue => (long)big,
        _ => null,
    };

    // Saturating: an absurd document must read as "huge", never wrap round to small.
    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Multiply(long a, long b) => b != 0 && a > long.MaxValue / b ? long.MaxValue : a * b;
}
