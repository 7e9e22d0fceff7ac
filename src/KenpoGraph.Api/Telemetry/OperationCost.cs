using GraphQL;
using GraphQL.Types;
using System.Runtime.CompilerServices;
using GraphQLParser.AST;

namespace KenpoGraph.Api.Telemetry;

/// <summary>
/// A static estimate of the work an operation asks for, from its document (no data): every selected field
/// costs 1, and a field with a <c>first</c> or <c>last</c> argument multiplies the cost of its own selection by
/// that page size. <c>{ branches(first: 10) { nodes { name code } } }</c> costs 1 + 10 × (1 + 2) = 31. Fragments
/// count wherever they are spread. Without the schema, a paged field without <c>first</c>/<c>last</c> counts its
/// selection once (a lower bound, what telemetry reports); with the schema (<see cref="Paging"/>), such a field is
/// multiplied by the page size the resolver will use, so the cost limit cannot be dodged by leaving the size out.
/// The same walk measures depth, aliases and fields for the other limits (Limits/OperationLimitsRule).
/// </summary>
internal static class OperationCost
{
    public static long Of(GraphQLDocument document, GraphQLOperationDefinition operation, IReadOnlyDictionary<string, object?>? variables = null) =>
        Measure(document, operation, variables).Cost;

    /// <summary>Depth, aliases, fields and cost of <paramref name="operation"/>; <paramref name="paging"/> makes the cost schema-aware.</summary>
    public static OperationMeasures Measure(GraphQLDocument document, GraphQLOperationDefinition operation,
        IReadOnlyDictionary<string, object?>? variables = null, Paging? paging = null)
    {
        if (variables is { Count: > 0 } || operation.Variables is { Items.Count: > 0 })
        {
            return new Walker(document, variables, paging).Operation(operation);
        }
        // Without variables an operation measures the same every time, and a cached document (Caching/DocumentCache) is
        // the same instance on every request: the limits rule and telemetry walked it twice per request (~8 % of a
        // small cold answer's CPU, perf of e in issue 20). Kept with the operation, so it goes when the document does.
        var kept = Fixed.GetOrCreateValue(operation);
        if ((paging is null ? kept.Plain : kept.Paged) is { } known && known.Paging == paging)
        {
            return known.Measures;
        }
        var measured = new Measured(paging, new Walker(document, null, paging).Operation(operation));
        if (paging is null)
        {
            kept.Plain = measured;
        }
        else
        {
            kept.Paged = measured;
        }
        return measured.Measures;
    }

    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, FixedMeasures> Fixed = new();

    /// <summary>An operation's measures without variables: by telemetry (no paging) and by the limits (the schema's paging).</summary>
    private sealed class FixedMeasures
    {
        public Measured? Plain { get; set; }

        public Measured? Paged { get; set; }
    }

    /// <summary>Measures and the sizing they were taken with (replaced whole, so a reader never sees half of one).</summary>
    private sealed record Measured(Paging? Paging, OperationMeasures Measures);

    /// <summary>The schema (to recognise paged fields: those with a <c>first</c> argument) and the page size they default to.</summary>
    public sealed record Paging(ISchema Schema, long DefaultPageSize);

    private sealed class Walker(GraphQLDocument document, IReadOnlyDictionary<string, object?>? variables, Paging? paging)
    {
        private static readonly string[] PageSizeArguments = ["first", "last"];

        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First());

        // A fragment measures the same wherever it is spread with the same sizing (its type condition fixes its type), so
        // each is walked once per sizing: a document that spreads fragments into fragments costs linear time, not exponential.
        private readonly Dictionary<(string Name, Sizing? Sizing, Chain? Chain), OperationMeasures> _measured = [];
        private readonly HashSet<string> _spreading = [];
        private IReadOnlyDictionary<string, GraphQLValue>? _defaults;

        public OperationMeasures Operation(GraphQLOperationDefinition operation)
        {
            _defaults = operation.Variables?.Items.Where(v => v.DefaultValue is not null)
                .ToDictionary(v => v.Variable.Name.StringValue, v => (GraphQLValue)v.DefaultValue!, StringComparer.Ordinal);
            var root = paging?.Schema is { } schema
                ? operation.Operation switch
                {
                    OperationType.Mutation => schema.Mutation,
                    OperationType.Subscription => schema.Subscription,
                    _ => schema.Query,
                }
                : null;
            return SelectionSet(operation.SelectionSet, root, null, null);
        }

        /// <param name="sizing">A paged parent's page size, for its sized fields (nodes, edges) among these selections.</param>
        /// <param name="chain">The chain of entity lists these selections are nested in, if any (<see cref="Limits.ListSize.Chain"/>).</param>
        private OperationMeasures SelectionSet(GraphQLSelectionSet? selectionSet, IGraphType? parent, Sizing? sizing, Chain? chain)
        {
            var total = OperationMeasures.None;
            foreach (var selection in selectionSet?.Selections ?? [])
            {
                total = total.Beside(selection switch
                {
                    GraphQLField field => Field(field, parent, sizing, chain),
                    GraphQLInlineFragment inline => SelectionSet(inline.SelectionSet, TypeNamed(inline.TypeCondition) ?? parent, sizing, chain),
                    GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue, sizing, chain),
                    _ => OperationMeasures.None,
                });
            }
            return total;
        }

        private OperationMeasures Field(GraphQLField field, IGraphType? parent, Sizing? sizing, Chain? chain)
        {
            var definition = (parent as IComplexGraphType)?.GetField(field.Name.StringValue);
            var type = definition?.ResolvedType?.GetNamedType();
            if (paging is null)
            {
                return SelectionSet(field.SelectionSet, type, null, null).Below(field.Alias is not null, PageSize(field, definition), 1);
            }
            // With the schema: every list is sized by its declaration (Limits/ListSizes); a paged field's page size sizes its nodes and edges.
            var weight = definition?.GetMetadata<int?>(Limits.ListSizeGuard.WeightKey) ?? 1;
            var declared = definition?.GetMetadata<Limits.ListSize?>(Limits.ListSize.MetadataKey);
            long size = 1;
            Sizing? inner = null;
            if (sizing is { } outer && outer.Fields.Contains(field.Name.StringValue))
            {
                size = outer.Size;
            }
            else if (declared is not null)
            {
                var measured = declared.SizeFor(new Limits.FieldArguments(field, variables, _defaults));
                if (declared.SizedFields.Count > 0)
                {
                    inner = new Sizing(declared.SizedFields, measured);
                }
                else
                {
                    size = measured;
                }
            }
            // Entity lists of one chain count their items together (at most PerRoot per root, Total in all); any other field ends the chain.
            Chain? next = null;
            if (declared?.Chain is { } family)
            {
                var active = chain is { } c && c.Name == family;
                var parentCount = active ? chain!.Value.Current : 1;
                var roots = active ? chain!.Value.Roots : 1;
                var raw = Saturating(parentCount, size);
                if (declared.ItemsAreRoots)
                {
                    var items = Math.Min(raw, declared.Total);
                    size = parentCount == 0 ? 0 : (items + parentCount - 1) / parentCount;
                    next = new Chain(family, Saturating(parentCount, size), Saturating(parentCount, size));
                }
                else
                {
                    var capped = Math.Max(0, Math.Min(raw, Math.Min(Saturating(roots, declared.PerRoot), declared.Total)));
                    // The walk multiplies level by level: the factor that takes this level to at least the capped count.
                    size = parentCount == 0 ? 0 : (capped + parentCount - 1) / parentCount;
                    next = new Chain(family, roots, Saturating(parentCount, size));
                }
            }
            return SelectionSet(field.SelectionSet, type, inner, next).Below(field.Alias is not null, size, weight);
        }

        private static long Saturating(long a, long b) => b != 0 && a > long.MaxValue / b ? long.MaxValue : a * b;

        private OperationMeasures Spread(string name, Sizing? sizing, Chain? chain)
        {
            if (_measured.TryGetValue((name, sizing, chain), out var known))
            {
                return known;
            }
            // A cycle or an unknown fragment is a validation error reported elsewhere; here it just adds nothing.
            if (!_fragments.TryGetValue(name, out var fragment) || !_spreading.Add(name))
            {
                return OperationMeasures.None;
            }
            var measured = SelectionSet(fragment.SelectionSet, TypeNamed(fragment.TypeCondition), sizing, chain);
            _spreading.Remove(name);
            return _measured[(name, sizing, chain)] = measured;
        }

        private IGraphType? TypeNamed(GraphQLTypeCondition? condition) =>
            condition is not null && paging?.Schema is { } schema ? schema.AllTypes[condition.Type.Name.StringValue] : null;

        /// <summary>Without the schema: the <c>first</c> or <c>last</c> argument as a literal or a variable, else 1.</summary>
        private long PageSize(GraphQLField field, FieldType? definition)
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
                if (size is 0)
                {
                    return 1;
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
    }

    /// <summary>Where a chain of entity lists stands: how many roots, and how many items at the current level.</summary>
    private readonly record struct Chain(string Name, long Roots, long Current);

    /// <summary>A paged field's page size, and the fields of its type it sizes.</summary>
    private sealed record Sizing(IReadOnlyList<string> Fields, long Size)
    {
        public bool Equals(Sizing? other) => other is not null && Size == other.Size && Fields.SequenceEqual(other.Fields);

        public override int GetHashCode() => HashCode.Combine(Size, Fields.Count);
    }
}

/// <summary>What an operation asks for: how deep its fields nest, how many aliases and fields it selects, and its cost.</summary>
internal readonly record struct OperationMeasures(long Depth, long Aliases, long Fields, long Cost)
{
    public static OperationMeasures None => default;

    /// <summary>Two selections side by side: counts add, depth is the deeper one's.</summary>
    public OperationMeasures Beside(OperationMeasures other) =>
        new(Math.Max(Depth, other.Depth), Add(Aliases, other.Aliases), Add(Fields, other.Fields), Add(Cost, other.Cost));

    /// <summary>This selection under one field (aliased or not) of <paramref name="weight"/> whose list multiplies it by <paramref name="size"/>.</summary>
    public OperationMeasures Below(bool aliased, long size, long weight) =>
        new(Depth + 1, Add(Aliases, aliased ? 1 : 0), Add(Fields, 1), Add(weight, Multiply(size, Cost)));

    // Saturating: an absurd document must read as "huge", never wrap round to small.
    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Multiply(long a, long b) => b != 0 && a > long.MaxValue / b ? long.MaxValue : a * b;
}
