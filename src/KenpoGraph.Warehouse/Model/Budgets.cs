using KenpoGraph.Domain.Budgets;
using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.Warehouse.Model;

// Budget rows are finance data: the API serves them only through Api/Budgets, the fields a later access
// rule reserves for the Kenpo.Finance.Read scope (docs/architecture.md "Access control").

/// <summary>dim_budget_line: one line of a budget tree (chart of accounts of one budget document).</summary>
public sealed class BudgetLine : ISourced
{
    /// <summary>tree-path, e.g. HA24-E.04.01.</summary>
    public required string Code { get; init; }
    public required string PlanDocumentCode { get; init; }
    public string? ParentCode { get; init; }
    public required int SortOrder { get; init; }
    public required int Depth { get; init; }

    /// <summary>Pre-order position in the whole tree, so a flat list reads like the print.</summary>
    public required int TreeOrder { get; init; }
    public required BudgetAccount Account { get; init; }
    public BudgetSide? Side { get; init; }
    public required string TitleJa { get; init; }
    public required string TitleEn { get; init; }
    public string? DescriptionJa { get; init; }
    public required bool IsNew { get; init; }

    /// <summary>Space-separated codes of the previous year's lines this line continues (for the change check).</summary>
    public string? PriorYearLines { get; init; }
    public required string DocumentCode { get; init; }
    public required string Locator { get; init; }
    public required Quality Quality { get; init; }
    public required bool Uncertain { get; init; }
    public string? Note { get; init; }
}

/// <summary>fact_budget_amount: one amount of one line, year and kind; "-" is kept as printed with no value.</summary>
public sealed class BudgetAmount : ISourced
{
    public required string LineCode { get; init; }
    public required int FiscalYear { get; init; }
    public required BudgetAmountKind Kind { get; init; }

    /// <summary>Yen; null where the source prints "-" (no amount, never zero).</summary>
    public decimal? Value { get; init; }
    public required string PrintedValue { get; init; }
    public required string PrintedUnit { get; init; }
    public required string DocumentCode { get; init; }
    public required string Locator { get; init; }
    public required Quality Quality { get; init; }
    public required bool Uncertain { get; init; }
    public string? Note { get; init; }
}
