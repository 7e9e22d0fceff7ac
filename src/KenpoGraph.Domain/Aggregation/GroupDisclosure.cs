using KenpoGraph.Domain.Disclosure;

namespace KenpoGraph.Domain.Aggregation;

/// <summary>
/// Disclosure control for ad-hoc groups (docs/bi-developers.md "Ad-hoc aggregation"). A client chooses its groups
/// freely, across as many requests as it likes, so the row space of everything it could combine is not known when one
/// group is decided: two custom groups that differ by one hidden branch, each with enough hidden contributors to pass
/// the primary rule, would give that branch by subtraction. The rule is therefore conservative: a group is released to
/// a branch-limited caller only when, for every measure-year it adds up, its hidden contributors are exactly the hidden
/// contributors of a cell <see cref="DisclosureRule"/> releases (a region of some grouping, or the nation), or it has
/// none. Such a group equals that released cell minus and plus figures the caller sees itself, so it lies in the row
/// space already judged safe and tells nothing more, however many groups are combined. Anything else is withheld.
/// </summary>
public static class GroupDisclosure
{
    /// <summary>One measure-year's cells and which of them <see cref="DisclosureRule"/> withholds from the caller.</summary>
    public sealed record Structure(IReadOnlyList<DisclosureCell> Cells, IReadOnlySet<string> Withheld);

    /// <summary>
    /// Whether a group whose contributors in one measure-year are <paramref name="contributors"/> may be released to a
    /// caller who sees the branches <paramref name="visible"/> accepts; <paramref name="structure"/> is that measure-year's
    /// decided cells (null: nothing is known of it, so only a group without hidden contributors is released).
    /// </summary>
    public static bool Releasable(IEnumerable<string> contributors, Structure? structure, Func<string, bool> visible)
    {
        var hidden = HiddenPart(contributors, visible);
        if (hidden.Length == 0)
        {
            return true;
        }
        return structure is not null && structure.Cells.Any(c => !structure.Withheld.Contains(c.Key)
            && HiddenPart(c.Contributors, visible).SequenceEqual(hidden, StringComparer.Ordinal));
    }

    /// <summary>
    /// Whether figures of single branches drawn from the group (its minimum, maximum, unweighted mean of branch values)
    /// may be released: only when every contributor is visible to the caller, since a minimum or maximum is one branch's
    /// value and a mean of branch values is no combination of the released totals.
    /// </summary>
    public static bool SpreadReleasable(IEnumerable<string> contributors, Func<string, bool> visible) => contributors.All(visible);

    private static string[] HiddenPart(IEnumerable<string> contributors, Func<string, bool> visible) =>
        contributors.Where(b => !visible(b)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
