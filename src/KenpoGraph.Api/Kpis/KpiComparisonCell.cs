using KenpoGraph.Domain.Plans;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Kpis;

/// <summary>One column of a KPI comparison table: one org unit in one fiscal year.</summary>
internal sealed record KpiComparisonCell(string KpiCode, string OrgUnitCode, int FiscalYear, IReadOnlyList<KpiTarget> Targets, IReadOnlyList<KpiResult> Results)
{
    /// <summary>
    /// The target a reader means by "the target": the business plan's (it carries the planned volumes), then a
    /// KPI table's, then a report's; the others stay in Targets.
    /// </summary>
    public static KpiTarget? Preferred(IEnumerable<KpiTarget> targets, IReadOnlyDictionary<string, PlanDocumentKind> kinds) => targets
        .OrderBy(t => Array.IndexOf(Preference, kinds[t.PlanDocumentCode]) is var i && i < 0 ? Preference.Length : i)
        .ThenBy(t => t.Code, StringComparer.Ordinal)
        .FirstOrDefault();

    private static readonly PlanDocumentKind[] Preference = [PlanDocumentKind.BusinessPlan, PlanDocumentKind.KpiTable, PlanDocumentKind.GoalAttainment];

    public KpiTarget? Target { get; init; }
}
