using KenpoGraph.Domain.Disclosure;

namespace KenpoGraph.Domain.Aggregation;

/// <summary>
/// Disclosure control for ad-hoc groups of one measure and year (docs/bi-developers.md "Ad-hoc aggregation"). A client
/// chooses its groups freely, across as many requests as it likes, so the row space of everything it could combine is
/// not known when one group is decided: two custom groups that differ by one hidden branch, each with enough hidden
/// contributors to pass the primary rule, would give that branch by subtraction. The rule is therefore conservative: a
/// group is released to a branch-limited caller only when its hidden contributors are a linear combination of the
/// hidden parts of cells the caller already knows: the cells <see cref="DisclosureRule"/> releases (regions of every
/// grouping, the nation) and the public ones. Such a group is a combination of known figures and the caller's own, so
/// it adds nothing to the row space already judged safe, however many groups are combined; any other group is withheld.
/// A group without hidden contributors is the caller's own figures and always released.
/// </summary>
public sealed class GroupDisclosure
{
    /// <summary>One measure-year's cells and which of them <see cref="DisclosureRule"/> withholds from the caller.</summary>
    public sealed record Structure(IReadOnlyList<DisclosureCell> Cells, IReadOnlySet<string> Withheld);

    private readonly Func<string, bool> _visible;
    private readonly Dictionary<string, int> _column;
    private readonly RowSpace.Span _known;

    /// <param name="structure">The measure-year's decided cells; null where nothing is known of it (then only groups without hidden contributors are released).</param>
    /// <param name="visible">Whether the caller sees a branch.</param>
    public GroupDisclosure(Structure? structure, Func<string, bool> visible)
    {
        _visible = visible;
        var known = structure?.Cells.Where(c => c.Public || !structure.Withheld.Contains(c.Key)).ToArray() ?? [];
        _column = known.SelectMany(c => c.Contributors).Where(b => !visible(b)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select((branch, index) => (branch, index)).ToDictionary(x => x.branch, x => x.index, StringComparer.Ordinal);
        _known = RowSpace.SpanOf(known.Select(c => (IReadOnlyCollection<int>)c.Contributors.Where(_column.ContainsKey).Select(b => _column[b]).Distinct().ToArray()),
            _column.Count);
    }

    /// <summary>Whether a group whose contributors in this measure-year are <paramref name="contributors"/> may be released.</summary>
    public bool Releasable(IEnumerable<string> contributors)
    {
        var hidden = contributors.Where(b => !_visible(b)).Distinct(StringComparer.Ordinal).ToArray();
        return hidden.Length == 0 || (hidden.All(_column.ContainsKey) && _known.Contains(hidden.Select(b => _column[b]).ToArray()));
    }

    /// <summary>
    /// Whether figures of single branches drawn from the group (its minimum, maximum, unweighted mean of branch values)
    /// may be released: only when every contributor is visible to the caller, since a minimum or maximum is one branch's
    /// value and a mean of branch values is no combination of the released totals.
    /// </summary>
    public static bool SpreadReleasable(IEnumerable<string> contributors, Func<string, bool> visible) => contributors.All(visible);
}
