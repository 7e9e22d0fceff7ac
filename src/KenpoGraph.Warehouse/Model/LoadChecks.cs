using KenpoGraph.Domain.Budgets;
using KenpoGraph.Domain.Checks;

namespace KenpoGraph.Warehouse.Model;

/// <summary>
/// check_result: one check the loader ran on published figures (a budget tree sum, a budget against last
/// year's, a printed tally of attainment marks) and how it came out. Only passing, rounding and recorded
/// outcomes are ever written: an unexplained mismatch refuses the load.
/// </summary>
public sealed class LoadCheckResult
{
    public required int Id { get; init; }

    /// <summary>BUDGET_SUM, BUDGET_PRIOR_YEAR or ATTAINMENT_TALLY.</summary>
    public required string Check { get; init; }

    /// <summary>What was checked, e.g. "NPB25-C2 2024 BUDGET" or "seed-004/national-kpi-attainment-2024 達成".</summary>
    public required string Subject { get; init; }
    public string? BudgetLineCode { get; init; }
    public int? FiscalYear { get; init; }
    public BudgetAmountKind? AmountKind { get; init; }
    public required decimal Expected { get; init; }
    public required decimal Actual { get; init; }
    public required decimal Difference { get; init; }
    public required decimal Tolerance { get; init; }
    public required CheckStatus Status { get; init; }

    /// <summary>What was compared, and for a known discrepancy the recorded explanation.</summary>
    public required string Detail { get; init; }
    public required string DocumentCode { get; init; }
    public required string Locator { get; init; }
}
