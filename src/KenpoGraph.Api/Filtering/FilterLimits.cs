using System.Globalization;
using System.Linq.Expressions;
using KenpoGraph.Api.Errors;

namespace KenpoGraph.Api.Filtering;

/// <summary>
/// What a <c>where</c> value may ask of the database. A 2,000-way <c>or</c> was an INTERNAL_SERVER_ERROR (issue 16):
/// the conditions were chained one inside the other, and SQLite refuses an expression nested more than 1,000 deep.
/// Conditions are now combined as a balanced tree (2,000 of them nest 11 deep), and one filter holds at most
/// <see cref="MaxConditions"/> conditions, every comparison and every value of an <c>in</c> / <c>nin</c> list counted
/// (each is one SQL parameter, and SQLite takes at most 32,766 per statement).
/// </summary>
internal static class FilterLimits
{
    public const int MaxConditions = 500;

    /// <exception cref="KenpoError">INVALID_ARGUMENT with <c>limit</c> and <c>actual</c>.</exception>
    public static void Ensure(IDictionary<string, object?> where)
    {
        var count = Count(where);
        if (count > MaxConditions)
        {
            throw new KenpoError(ErrorCodes.InvalidArgument, string.Create(CultureInfo.InvariantCulture,
                $"The filter holds {count:N0} conditions (comparisons and in/nin values); at most {MaxConditions:N0} are accepted. Use fewer, or ranges (gte/lte) instead of long lists."),
                new Dictionary<string, object?> { ["limit"] = MaxConditions, ["actual"] = count });
        }
    }

    /// <summary>The parts joined by <paramref name="join"/> as a balanced tree: depth log2(n), not n.</summary>
    public static Expression Balanced(IReadOnlyList<Expression> parts, Func<Expression, Expression, BinaryExpression> join) =>
        Balanced(parts, 0, parts.Count, join);

    private static Expression Balanced(IReadOnlyList<Expression> parts, int start, int end, Func<Expression, Expression, BinaryExpression> join)
    {
        if (end - start == 1)
        {
            return parts[start];
        }
        var middle = start + (end - start) / 2;
        return join(Balanced(parts, start, middle, join), Balanced(parts, middle, end, join));
    }

    // The input's own nesting is bounded by the parser (128 levels) and the JSON reader (64), so recursion is safe.
    private static long Count(object? value) => value switch
    {
        IDictionary<string, object?> fields => fields.Sum(field => field.Key is "in" or "nin" && field.Value is IEnumerable<object?> list
            ? Math.Max(1, list.LongCount())
            : field.Value is IDictionary<string, object?> or IEnumerable<object?> ? Count(field.Value) : 1),
        IEnumerable<object?> items => items.Sum(Count),
        _ => 1,
    };
}
