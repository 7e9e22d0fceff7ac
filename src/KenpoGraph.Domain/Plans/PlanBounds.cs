namespace KenpoGraph.Domain.Plans;

/// <summary>
/// How large one plan may be. The loader refuses a plan with more nodes (OUT_OF_RANGE), and the API's cost model sizes
/// a plan's nodes by the same number (Api/Limits/ListSizes), so its estimate stays an upper bound of what a plan query
/// really resolves. 86 nodes in the largest shipped plan (seed-000's FY2025 basic policy).
/// </summary>
public static class PlanBounds
{
    public const int MaxNodesPerPlan = 150;
}
