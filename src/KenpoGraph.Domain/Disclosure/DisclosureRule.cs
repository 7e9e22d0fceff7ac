namespace KenpoGraph.Domain.Disclosure;

/// <summary>
/// Disclosure control for aggregates (docs/partners-and-access.md "Aggregates: disclosure control"). For a caller who
/// may see only some branches, an aggregate is that caller's to see only if no hidden branch's figure can be worked out
/// from it, alone or with everything else the caller can obtain: its own branches' figures, the other aggregates of the
/// same measure and year (every region of every grouping, the nation) and the public national figures.
/// <list type="number">
/// <item>Primary rule: a cell is withheld when some but fewer than <see cref="MinimumHiddenContributors"/> of its
/// contributors are hidden from the caller (a region of one hidden branch is that branch's figure).</item>
/// <item>Complementary withholding: a hidden branch is determined when its unit vector lies in the row space of the
/// released cells' contributor vectors together with the unit vectors of the caller's visible branches. While one is,
/// one more cell is withheld: the least informative one (fewest hidden contributors, then fewest contributors, then by
/// key) whose withholding breaks that determination. The order is fixed, so the same structure gives the same answer.</item>
/// </list>
/// The answer depends only on which branches contribute to which cells, never on the values, so it can be computed once
/// per caller restriction and contributor structure and cached.
/// </summary>
public sealed class DisclosureRule
{
    public DisclosureRule(int minimumHiddenContributors)
    {
        if (minimumHiddenContributors < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumHiddenContributors), minimumHiddenContributors,
                "At least 1: a cell with hidden contributors is released only when enough of them are hidden.");
        }
        MinimumHiddenContributors = minimumHiddenContributors;
    }

    /// <summary>The default threshold: an aggregate of one hidden branch (plus visible ones) is withheld; of two or more it may be released.</summary>
    public const int DefaultMinimumHiddenContributors = 2;

    public int MinimumHiddenContributors { get; }

    /// <summary>The keys of the cells withheld from a caller who sees the branches <paramref name="visible"/> accepts.</summary>
    public IReadOnlySet<string> Withheld(IReadOnlyList<DisclosureCell> cells, Func<string, bool> visible)
    {
        var hiddenBranches = cells.SelectMany(c => c.Contributors).Where(b => !visible(b)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var column = hiddenBranches.Select((branch, index) => (branch, index)).ToDictionary(x => x.branch, x => x.index, StringComparer.Ordinal);
        // What a cell tells about hidden branches once the caller's own figures are subtracted.
        var hidden = cells.ToDictionary(c => c.Key, c => (IReadOnlyCollection<int>)c.Contributors.Where(column.ContainsKey).Select(b => column[b]).Distinct().Order().ToArray(),
            StringComparer.Ordinal);
        var withheld = cells.Where(c => hidden[c.Key].Count > 0 && hidden[c.Key].Count < MinimumHiddenContributors)
            .Select(c => c.Key).ToHashSet(StringComparer.Ordinal);

        IReadOnlySet<int> Determined(IEnumerable<DisclosureCell> known) =>
            RowSpace.DeterminedColumns(known.Select(c => hidden[c.Key]), hiddenBranches.Length);

        // Public cells stay known whatever is withheld: what they alone determine no withholding can protect.
        var publicCells = cells.Where(c => c.Public).ToArray();
        var unavoidable = Determined(publicCells);
        IEnumerable<DisclosureCell> Known(ISet<string> withholding) => cells.Where(c => c.Public || !withholding.Contains(c.Key));

        while (Determined(Known(withheld)).Except(unavoidable).Order().FirstOrDefault(-1) is var target and >= 0)
        {
            // Cells with the same hidden part tell the same: they are withheld together or not at all, and not if a public cell tells it too.
            var publicParts = publicCells.Select(c => PartKey(hidden[c.Key])).ToHashSet(StringComparer.Ordinal);
            var candidates = cells.Where(c => !c.Public && !withheld.Contains(c.Key) && hidden[c.Key].Count > 0)
                .GroupBy(c => PartKey(hidden[c.Key]), StringComparer.Ordinal)
                .Where(g => !publicParts.Contains(g.Key))
                .Select(g => (Cells: g.ToArray(), Part: hidden[g.First().Key]))
                .OrderBy(g => g.Part.Count).ThenBy(g => g.Cells.Min(c => c.Contributors.Count)).ThenBy(g => g.Cells.Min(c => c.Key), StringComparer.Ordinal)
                .ToArray();
            var breaking = candidates.FirstOrDefault(g => !Determined(Known(withheld.Union(g.Cells.Select(c => c.Key)).ToHashSet(StringComparer.Ordinal))).Contains(target));
            // Where no single cell breaks it (the branch is determined in two independent ways), withhold the least informative
            // cell that involves the branch and look again; every round withholds more, so this ends.
            var chosen = breaking.Cells ?? candidates.Where(g => g.Part.Contains(target)).Select(g => g.Cells).FirstOrDefault() ?? candidates[0].Cells;
            withheld.UnionWith(chosen.Select(c => c.Key));
        }
        return withheld;
    }

    private static string PartKey(IReadOnlyCollection<int> part) => string.Join(',', part);
}
