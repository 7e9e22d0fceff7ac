using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Incentives;

internal sealed class IncentiveSchemeOverridesInputType : InputObjectGraphType
{
    /// <summary>Input field → scheme parameter name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Parameters = new Dictionary<string, string>
    {
        ["rewardedBranches"] = "rewarded_branches", ["fundingRatePercent"] = "funding_rate_percent", ["levelWeight"] = "level_weight",
        ["improvementWeight"] = "improvement_weight", ["scoreMin"] = "score_min", ["scoreMax"] = "score_max", ["standardisation"] = "standardisation",
    };

    public IncentiveSchemeOverridesInputType()
    {
        Name = "IncentiveSchemeOverridesInput";
        this.Says("Scheme parameters to replace for a simulation; omitted fields keep the stored values.", "制度パラメータの変更。");
        Field<IntGraphType>("rewardedBranches").Description("How many branches are rewarded, e.g. 23.");
        Field<ExactDecimalGraphType>("fundingRatePercent").Description("Funding rate in percentage points, e.g. 0.01.");
        Field<ExactDecimalGraphType>("levelWeight").Description("Weight of the level (level + improvement weights must be 1).");
        Field<ExactDecimalGraphType>("improvementWeight").Description("Weight of the improvement.");
        Field<ExactDecimalGraphType>("scoreMin").Description("Lowest indicator score.");
        Field<ExactDecimalGraphType>("scoreMax").Description("Highest indicator score.");
        Field<IncentiveStandardisationType>("standardisation").Description("PREVIOUS_YEAR or RESULTS_YEAR.");
    }
}
