using KenpoGraph.Domain.Plans;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Plans;

/// <summary>One printed mark of a node, with the printed reason where the plan gives one.</summary>
internal sealed record PlanNodeFlagMark(PlanNodeFlag Flag, string LabelJa, string? ReasonJa)
{
    public static IEnumerable<PlanNodeFlagMark> Of(PlanNode node)
    {
        if (node.ImportanceHigh)
        {
            yield return new(PlanNodeFlag.ImportanceHigh, "【重要度：高】", node.ImportanceReasonJa);
        }
        if (node.DifficultyHigh)
        {
            yield return new(PlanNodeFlag.DifficultyHigh, "【困難度：高】", node.DifficultyReasonJa);
        }
        if (node.IsNew)
        {
            yield return new(PlanNodeFlag.New, "（新規）", null);
        }
        if (node.IsExpanded)
        {
            yield return new(PlanNodeFlag.Expanded, "（拡充）", null);
        }
    }
}
