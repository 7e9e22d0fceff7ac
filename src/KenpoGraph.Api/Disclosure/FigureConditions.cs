namespace KenpoGraph.Api.Disclosure;

/// <summary>
/// Conditions and sorts on an aggregate's figures (value, numerator, denominator, difference). A REGION or NATIONAL row's
/// figures may be withheld from a branch-limited caller; a condition or a sort on them would still tell where the
/// withheld figure lies (value gt 1000 or not, its place in the order). Where such a caller names a figure field, the
/// feeds (facts, rollup) answer BRANCH rows only, which the row filter has already limited to the caller's branches.
/// </summary>
internal static class FigureConditions
{
    /// <summary>The figure fields of the feeds' filter and sort inputs.</summary>
    public static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.Ordinal) { "value", "numerator", "denominator", "difference" };

    /// <summary>Whether a where or order argument names a figure field anywhere (in and / or, nested or not).</summary>
    public static bool Mentioned(object? argument) => argument switch
    {
        IDictionary<string, object?> fields => fields.Any(f => (Fields.Contains(f.Key) && f.Value is not null) || Mentioned(f.Value)),
        IEnumerable<KeyValuePair<string, object?>> pairs => pairs.Any(f => (Fields.Contains(f.Key) && f.Value is not null) || Mentioned(f.Value)),
        string => false,
        IEnumerable<object?> items => items.Any(Mentioned),
        _ => false,
    };
}
