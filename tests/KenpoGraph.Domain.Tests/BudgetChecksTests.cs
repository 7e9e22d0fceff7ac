using KenpoGraph.Domain.Budgets;
using KenpoGraph.Domain.Checks;
using KenpoGraph.Domain.Figures;

namespace KenpoGraph.Domain.Tests;

public sealed class BudgetChecksTests
{
    private const decimal Million = 1_000_000m;
    private const decimal Oku = 100_000_000m;

    private static BudgetFigure Figure(string line, string printed, decimal factor, BudgetAmountKind kind = BudgetAmountKind.Budget, int year = 2024) =>
        new(line, year, kind, PrintedNumber.IsNoAmount(printed) ? null : Parse(printed) * factor,
            PrintedNumber.IsNoAmount(printed) ? 0 : PrintedNumber.RoundingHalfStep(printed) * factor);

    private static decimal Parse(string printed) => PrintedNumber.TryParse(printed, out var value) ? value : throw new FormatException(printed);

    [Fact]
    public void A_parent_equals_the_sum_of_its_children()
    {
        // seed 001 L2150-L2155: 拠出金等 3,636,113 = 1,289,888 + 2,346,206 + 11 + 8 (百万円)
        var lines = new[] { new BudgetTreeLine("E.02", null), new("E.02.01", "E.02"), new("E.02.02", "E.02"), new("E.02.03", "E.02"), new("E.02.04", "E.02") };
        var figures = new[]
        {
            Figure("E.02", "3,636,113", Million), Figure("E.02.01", "1,289,888", Million), Figure("E.02.02", "2,346,206", Million),
            Figure("E.02.03", "11", Million), Figure("E.02.04", "8", Million),
        };
        var check = Assert.Single(BudgetChecks.TreeSums(lines, figures));
        Assert.Equal(CheckStatus.Exact, check.Outcome.Status);
        Assert.Equal(4, check.Children.Count);
    }

    [Fact]
    public void Rounded_figures_may_differ_by_their_rounding_and_no_more()
    {
        // seed 000 L854-L905: 業務経費 2,391億円 against 80.7 + 2,030.8 + 279.1 = 2,390.6 (tolerance 0.5 + 3 × 0.05)
        var lines = new[] { new BudgetTreeLine("T.1", null), new("T.1.1", "T.1"), new("T.1.2", "T.1"), new("T.1.3", "T.1") };
        var figures = new[] { Figure("T.1", "2,391", Oku), Figure("T.1.1", "80.7", Oku), Figure("T.1.2", "2,030.8", Oku), Figure("T.1.3", "279.1", Oku) };
        var outcome = Assert.Single(BudgetChecks.TreeSums(lines, figures)).Outcome;
        Assert.Equal(0.4m * Oku, outcome.Difference);
        Assert.Equal(0.65m * Oku, outcome.Tolerance);
        Assert.Equal(CheckStatus.WithinRounding, outcome.Status);

        // seed 002 L1570-L1642: 保健事業予算 50,697千円 against 50,610: 87千円 is beyond rounding
        var mie = new[] { new BudgetTreeLine("G2", null), new("G2.1", "G2"), new("G2.2", "G2") };
        var amounts = new[] { Figure("G2", "50,697", 1000), Figure("G2.1", "45,129", 1000), Figure("G2.2", "5,481", 1000) };
        Assert.Equal(CheckStatus.Mismatch, Assert.Single(BudgetChecks.TreeSums(mie, amounts)).Outcome.Status);
    }

    [Fact]
    public void Headings_without_amounts_are_looked_through_drivers_are_never_summed_and_a_dash_adds_nothing()
    {
        var lines = new[]
        {
            new BudgetTreeLine("C1", null), new("C1.1", "C1"), new("C1.1.1", "C1.1"), new("C1.2", "C1"), new("C1.D1", "C1"),
        };
        var figures = new[]
        {
            Figure("C1", "10,957", 1000), Figure("C1.1.1", "10,957", 1000), Figure("C1.2", "―", 1000),
            Figure("C1.D1", "＋3.1", 1000, BudgetAmountKind.ChangeDriver),
        };
        var check = Assert.Single(BudgetChecks.TreeSums(lines, figures));
        Assert.Equal(["C1.1.1", "C1.2"], check.Children.Select(c => c.Line));
        Assert.Equal(CheckStatus.Exact, check.Outcome.Status);
    }

    [Fact]
    public void A_budget_minus_its_change_gives_last_years_lines()
    {
        // seed 000 L854 and seed 001 L2158: 2,391億円 − 91億円 = 2,300億円 against 229,957百万円
        var outcome = BudgetChecks.PriorYear(Figure("T.1", "2,391", Oku, year: 2025), Figure("T.1", "+91", Oku, BudgetAmountKind.ChangeFromPrevious, 2025),
            [Figure("E.04", "229,957", Million)]);
        Assert.Equal(-43m * Million, outcome.Difference);
        Assert.Equal(CheckStatus.WithinRounding, outcome.Status);
    }
}
