using System.Collections;
using GraphQLParser.AST;

namespace KenpoGraph.Api.Limits;

/// <summary>
/// How long a list field's answer can be: the bound the cost estimate multiplies the field's selection by
/// (Telemetry/OperationCost), published as <c>@listSize</c>. <see cref="AssumedSize"/> is the largest the list can be;
/// a paged field's size is its slicing argument (<c>first</c>/<c>last</c>, else <see cref="AssumedSize"/>), applying to
/// its <see cref="SizedFields"/>; a list whose length follows from its arguments (the ids asked for, years × org units)
/// is sized by <see cref="Bound"/> from the arguments as sent, never more than the resolver allows.
/// </summary>
internal sealed record ListSize
{
    public const string MetadataKey = "kenpograph:listSize";

    public required int AssumedSize { get; init; }

    public IReadOnlyList<string> SlicingArguments { get; init; } = [];

    public IReadOnlyList<string> SizedFields { get; init; } = [];

    public bool RequireOneSlicingArgument { get; init; } = true;

    /// <summary>The length the arguments allow, or null where they do not bound it (then <see cref="AssumedSize"/>).</summary>
    public Func<FieldArguments, long?>? Bound { get; init; }

    /// <summary>
    /// A family of fields whose items are distinct entities however they nest (a plan's nodes through roots, children and
    /// nodes; a grouping's regions and their branches): nested directly in one another, their items are counted together,
    /// at most <see cref="PerRoot"/> per root and <see cref="Total"/> in all, instead of multiplied level by level.
    /// </summary>
    public string? Chain { get; init; }

    /// <summary>Within <see cref="Chain"/>: the most items per root (a plan, a grouping).</summary>
    public long PerRoot { get; init; } = long.MaxValue;

    /// <summary>Within <see cref="Chain"/>: the most items there are at all.</summary>
    public long Total { get; init; } = long.MaxValue;

    /// <summary>Within <see cref="Chain"/>: this list's items are the roots (the plans of a page).</summary>
    public bool ItemsAreRoots { get; init; }

    /// <summary>The size of this list for one occurrence of the field, with its arguments.</summary>
    public long SizeFor(FieldArguments arguments)
    {
        foreach (var name in SlicingArguments)
        {
            if (arguments.Int(name) is { } size)
            {
                return Math.Max(0, size);
            }
        }
        return Bound?.Invoke(arguments) is { } bound ? Math.Max(0, bound) : AssumedSize;
    }
}

/// <summary>A field's arguments as a document and its variables give them, for sizing lists before anything runs.</summary>
/// <remarks>A variable the request leaves out takes its default from the operation (<paramref name="defaults"/>), as execution will.</remarks>
internal sealed class FieldArguments(GraphQLField field, IReadOnlyDictionary<string, object?>? variables, IReadOnlyDictionary<string, GraphQLValue>? defaults = null)
{
    /// <summary>An Int argument (literal or variable); null when absent, null or not an integer.</summary>
    public long? Int(string name) => Value(name) switch
    {
        GraphQLIntValue literal when long.TryParse(literal.Value.Span, out var value) => value,
        GraphQLVariable variable => AsLong(Variable(variable)),
        _ => null,
    };

    /// <summary>How many distinct values a list argument holds (a single value counts one); null when absent or null.</summary>
    public long? DistinctCount(string name) => Value(name) switch
    {
        null or GraphQLNullValue => null,
        GraphQLListValue list => list.Values?.Select(Text).Distinct(StringComparer.Ordinal).LongCount() ?? 0,
        GraphQLVariable variable => Variable(variable) switch
        {
            null => null,
            string => 1,
            IEnumerable items => items.Cast<object?>().Select(item => item?.ToString() ?? "").Distinct(StringComparer.Ordinal).LongCount(),
            _ => 1,
        },
        _ => 1,
    };

    /// <summary>How many values a list argument holds, duplicates included; null when absent or null.</summary>
    public long? Count(string name) => Value(name) switch
    {
        null or GraphQLNullValue => null,
        GraphQLListValue list => list.Values?.Count ?? 0,
        GraphQLVariable variable => Variable(variable) switch
        {
            null => null,
            string => 1,
            IEnumerable items => items.Cast<object?>().LongCount(),
            _ => 1,
        },
        _ => 1,
    };

    /// <summary>An enum argument's value name (literal or variable).</summary>
    public string? Enum(string name) => Value(name) switch
    {
        GraphQLEnumValue literal => literal.Name.StringValue,
        GraphQLVariable variable => Variable(variable)?.ToString(),
        _ => null,
    };

    /// <summary>Years from <c>fromYear</c> to <c>toYear</c> (inclusive), at most <paramref name="most"/>; an open end counts as many as there can be.</summary>
    public long YearRange(long most)
    {
        var (from, to) = (Int("fromYear"), Int("toYear"));
        if (from is null || to is null)
        {
            return most;
        }
        return to < from ? 0 : Math.Min(most, to.Value - from.Value + 1);
    }

    private GraphQLValue? Value(string name)
    {
        var value = field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name)?.Value;
        return value is GraphQLVariable variable && (variables is null || !variables.ContainsKey(variable.Name.StringValue))
            && defaults is not null && defaults.TryGetValue(variable.Name.StringValue, out var fallback)
            ? fallback
            : value;
    }

    private object? Variable(GraphQLVariable variable) =>
        variables is not null && variables.TryGetValue(variable.Name.StringValue, out var value) ? value : null;

    private static string Text(GraphQLValue value) => value switch
    {
        GraphQLIntValue i => i.Value.ToString(),
        GraphQLStringValue s => s.Value.ToString(),
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLFloatValue f => f.Value.ToString(),
        _ => value.GetHashCode().ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

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
