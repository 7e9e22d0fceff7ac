using KenpoGraph.Domain.Checks;

namespace KenpoGraph.Domain.Budgets;

/// <summary>A budget line's place in its tree.</summary>
public sealed record BudgetTreeLine(string Code, string? Parent);

/// <summary>One amount of one line: value in yen (null where "-" is printed) and half its printed rounding step in yen.</summary>
public sealed record BudgetFigure(string Line, int FiscalYear, BudgetAmountKind Kind, decimal? Value, decimal RoundingHalfStep);

/// <summary>A parent's printed amount against the sum of its children's.</summary>
public sealed record BudgetSumCheck(BudgetFigure Parent, IReadOnlyList<BudgetFigure> Children, CheckOutcome Outcome);

/// <summary>The load checks on budgets (docs/domain.md "Budget": trees must sum).</summary>
public static class BudgetChecks
{
    /// <summary>
    /// Every parent amount against the sum of the nearest descendants that carry an amount of the same kind
    /// and year; lines without an amount (group headings) are looked through. A child printed "-" adds nothing.
    /// </summary>
    public static IReadOnlyList<BudgetSumCheck> TreeSums(IEnumerable<BudgetTreeLine> lines, IEnumerable<BudgetFigure> figures)
    {
        var children = lines.Where(l => l.Parent is not null).ToLookup(l => l.Parent!, l => l.Code);
        var byLine = figures.ToLookup(f => f.Line);
        var checks = new List<BudgetSumCheck>();
        foreach (var parent in byLine.SelectMany(g => g).Where(f => f.Kind.IsAdditive() && f.Value is not null))
        {
            var summed = new List<BudgetFigure>();
            Collect(parent.Line);
            if (summed.Count > 0)
            {
                var actual = summed.Sum(f => f.Value ?? 0);
                var tolerance = parent.RoundingHalfStep + summed.Where(f => f.Value is not null).Sum(f => f.RoundingHalfStep);
                checks.Add(new BudgetSumCheck(parent, summed, new CheckOutcome(parent.Value!.Value, actual, tolerance)));
            }

            void Collect(string line)
            {
                foreach (var child in children[line])
                {
                    var own = byLine[child].FirstOrDefault(f => f.Kind == parent.Kind && f.FiscalYear == parent.FiscalYear);
                    if (own is not null)
                    {
                        summed.Add(own);
                    }
                    else
                    {
                        Collect(child);
                    }
                }
            }
        }
        return checks;
    }

    /// <summary>
    /// A budget minus its printed change against the previous budget, compared with the previous year's lines
    /// it continues (seed 000 L852-L932 against seed 001 L2110-L2182).
    /// </summary>
    public static CheckOutcome PriorYear(BudgetFigure budget, BudgetFigure change, IReadOnlyCollection<BudgetFigure> previous) =>
        new(previous.Sum(f => f.Value ?? 0), (budget.Value ?? 0) - (change.Value ?? 0),
            budget.RoundingHalfStep + change.RoundingHalfStep + previous.Where(f => f.Value is not null).Sum(f => f.RoundingHalfStep));
}
