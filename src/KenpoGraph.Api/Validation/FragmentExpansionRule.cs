using System.Globalization;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace KenpoGraph.Api.Validation;

/// <summary>
/// Refuses an operation that expands to more than <see cref="MaxFieldSelections"/> field selections once every
/// fragment spread is replaced by its fragment. A fragment that spreads another twice, which spreads another
/// twice …, is valid GraphQL of a few hundred bytes that expands to 2^n selections; the executor expands spreads
/// where they occur, so 28 such fragments took minutes and 17 GB (found by the hostile-input fuzzer). Counting
/// is linear: each fragment's expansion is computed once.
/// </summary>
internal sealed class FragmentExpansionRule : ValidationRuleBase
{
    /// <summary>Banana Cake Pop's introspection query, the largest in use, expands to about 200.</summary>
    public const long MaxFieldSelections = 10_000;

    public static readonly FragmentExpansionRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var fragments = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var expansion = new Expansion(fragments);
        var size = expansion.Of(context.Operation.SelectionSet);
        if (size > MaxFieldSelections)
        {
            context.ReportError(new FragmentExpansionLimitError(context.Document.Source, context.Operation, size));
        }
        return default;
    }

    /// <summary>Field selections of a selection set with every spread expanded; saturating, so an absurd document reads as huge.</summary>
    private sealed class Expansion(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<string, long> _fragmentSizes = new(StringComparer.Ordinal);
        private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);

        public long Of(GraphQLSelectionSet? selectionSet)
        {
            long size = 0;
            foreach (var selection in selectionSet?.Selections ?? [])
            {
                size = Add(size, selection switch
                {
                    GraphQLField field => Add(1, Of(field.SelectionSet)),
                    GraphQLInlineFragment inline => Of(inline.SelectionSet),
                    GraphQLFragmentSpread spread => OfFragment(spread.FragmentName.Name.StringValue),
                    _ => 0,
                });
            }
            return size;
        }

        private long OfFragment(string name)
        {
            if (_fragmentSizes.TryGetValue(name, out var known))
            {
                return known;
            }
            // An unknown fragment or a cycle is another rule's error (5.5.2.2); here it adds nothing.
            if (!fragments.TryGetValue(name, out var fragment) || !_expanding.Add(name))
            {
                return 0;
            }
            var size = Of(fragment.SelectionSet);
            _expanding.Remove(name);
            _fragmentSizes[name] = size;
            return size;
        }

        private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
    }
}

/// <summary>extensions.rule FRAGMENT_EXPANSION_LIMIT; specSection 6.3.2, where the specification collects fields through fragments.</summary>
internal sealed class FragmentExpansionLimitError(GraphQLParser.ROM source, ASTNode node, long size)
    : ValidationError(source, "6.3.2", string.Create(CultureInfo.InvariantCulture,
        $"The operation expands to {(size == long.MaxValue ? "more than 9,223,372,036,854,775,807" : size.ToString("N0", CultureInfo.InvariantCulture))} field selections once its fragments are spread; at most {FragmentExpansionRule.MaxFieldSelections:N0} are served. Fragments that spread other fragments several times multiply: spread each once."),
        node);
