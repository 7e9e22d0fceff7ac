using KenpoGraph.Domain.Plans;
using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.Warehouse.Model;

/// <summary>dim_plan_document: one plan, KPI table, budget or report inside a source document.</summary>
public sealed class PlanDocument : ISourced
{
    /// <summary>seed-NNN/slug, e.g. seed-000/nagano-business-plan-2025.</summary>
    public required string Code { get; init; }
    public required PlanDocumentKind Kind { get; init; }
    public required Scheme Scheme { get; init; }
    public required string OrgUnitCode { get; init; }
    public required int FiscalYear { get; init; }

    /// <summary>Null where no title survives in the extraction (the Mie plan).</summary>
    public string? TitleJa { get; init; }
    public string? SubtitleJa { get; init; }
    public required string TitleEn { get; init; }
    public string? TitleLocator { get; init; }
    public required string DocumentCode { get; init; }
    public required string Locator { get; init; }
    public required Quality Quality { get; init; }
    public required bool Uncertain { get; init; }
    public string? Note { get; init; }
}

/// <summary>dim_plan_node: one printed node of a plan tree (area, group, measure, sub-measure, action).</summary>
public sealed class PlanNode : ISourced
{
    /// <summary>fy-org-doc-path, e.g. 2025-20-BP-2.2.2.</summary>
    public required string Code { get; init; }
    public required string PlanDocumentCode { get; init; }
    public string? ParentCode { get; init; }

    /// <summary>1 for a root.</summary>
    public required int Depth { get; init; }

    /// <summary>Position among its siblings, as printed.</summary>
    public required int SortOrder { get; init; }

    /// <summary>Position in the whole document read top to bottom (pre-order), so a flat list reads like the print.</summary>
    public required int TreeOrder { get; init; }
    public required PlanNodeLevel Level { get; init; }
    public string? OrdinalLabel { get; init; }
    public required string TitleJa { get; init; }
    public required string TitleEn { get; init; }
    public string? BodyJa { get; init; }
    public required bool ImportanceHigh { get; init; }
    public required bool DifficultyHigh { get; init; }
    public required bool IsNew { get; init; }
    public required bool IsExpanded { get; init; }
    public string? ImportanceReasonJa { get; init; }
    public string? DifficultyReasonJa { get; init; }
    public required string HeadingLocator { get; init; }
    public required string DocumentCode { get; init; }
    public required string Locator { get; init; }
    public required Quality Quality { get; init; }
    public required bool Uncertain { get; init; }
    public string? Note { get; init; }
}
