using GraphQL.Types;
using KenpoGraph.Api.Branches;
using KenpoGraph.Api.Facts;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Incentives;

internal sealed class IncentiveSimulationType : ObjectGraphType<SimulationView>
{
    public IncentiveSimulationType()
    {
        Name = "IncentiveSimulation";
        Description = "A what-if: the ranking recomputed with changed indicator values and/or scheme parameters, beside the recorded ranking, and what moved. Nothing stored changes. シミュレーション結果。";
        Field<NonNullGraphType<QualityType>>("quality")
            .Description("DEMO when the recorded figures the simulation starts from include demonstration data, else DERIVED: the quality of both rankings and every move. 品質区分。")
            .Resolve(c => ComputedQuality.Combined(c.Source.Baseline.Quality, c.Source.Simulated.Quality));
        Field<NonNullGraphType<IncentiveRankingType>>("baseline").Description("The ranking of the recorded figures, unchanged. 実績に基づく順位。").Resolve(c => c.Source.Baseline);
        Field<NonNullGraphType<IncentiveRankingType>>("ranking").Description("The simulated ranking. シミュレーション後の順位。").Resolve(c => c.Source.Simulated);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveChangeType>>>>("changes")
            .Description("The changes applied, as absolute values (a delta resolved against the recorded value). 適用した変更。").Resolve(c => c.Source.Changes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveMoveType>>>>("moves")
            .Description("Every branch's change in rank, reward and rate, in simulated rank order (a branch-scoped caller: its own branches). 支部別の変化。")
            .Resolve(c => c.Incentives().Visible(c.Source.Moves, m => m.Move.BranchCode).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveMoveType>>>>("changedBranches")
            .Description("The moves of the branches whose values were changed. 変更した支部の変化。")
            .Resolve(c => c.Incentives().Visible(c.Source.Moves, m => m.Move.BranchCode)
                .Where(m => c.Source.Changes.Any(ch => ch.BranchCode == m.Move.BranchCode)).ToArray());
    }
}

internal sealed class IncentiveChangeType : ObjectGraphType<Domain.Incentives.IndicatorChange>
{
    public IncentiveChangeType()
    {
        Name = "IncentiveChange";
        Description = "One indicator value set by a simulation. 変更内容。";
        Field<NonNullGraphType<StringGraphType>>("branch").Description("Branch code. 支部コード。").Resolve(c => c.Source.BranchCode);
        Field<NonNullGraphType<IntGraphType>>("indicator").Description("Indicator number 1–5. 指標番号。").Resolve(c => c.Source.Indicator);
        Field<NonNullGraphType<ExactDecimalGraphType>>("value").Description("The simulated value. 変更後の値。").Resolve(c => c.Source.Value);
    }
}

internal sealed class IncentiveMoveType : ObjectGraphType<MoveView>
{
    public IncentiveMoveType()
    {
        Name = "IncentiveMove";
        Description = "What a simulation did to one branch. 支部の変化。";
        Field<NonNullGraphType<OrgUnitType>>("branch").Description("The branch. 支部。").Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.Move.BranchCode, x => x.Code));
        Field<NonNullGraphType<QualityType>>("quality")
            .Description("Quality of every figure of this move: DEMO when the recorded figures the simulation starts from include demonstration data, else DERIVED. 品質区分。")
            .Resolve(c => ComputedQuality.Combined(c.Source.Before.Quality, c.Source.After.Quality));
        Field<NonNullGraphType<IntGraphType>>("rankBefore").Description("Rank in the recorded ranking. 変更前順位。").Resolve(c => c.Source.Move.Before.Rank);
        Field<NonNullGraphType<IntGraphType>>("rankAfter").Description("Rank in the simulated ranking. 変更後順位。").Resolve(c => c.Source.Move.After.Rank);
        Field<NonNullGraphType<IntGraphType>>("rankChange").Description("Places gained (positive) or lost (negative). 順位変動。").Resolve(c => c.Source.Move.RankChange);
        Field<NonNullGraphType<ExactDecimalGraphType>>("rewardBefore").Description("Reward in yen before. 変更前報奨金。").Resolve(c => c.Source.Move.Before.Reward);
        Field<NonNullGraphType<ExactDecimalGraphType>>("rewardAfter").Description("Reward in yen after. 変更後報奨金。").Resolve(c => c.Source.Move.After.Reward);
        Field<NonNullGraphType<ExactDecimalGraphType>>("rewardChange").Description("Change in reward (yen). 報奨金の変化。").Resolve(c => c.Source.Move.RewardChange);
        Field<NonNullGraphType<ExactDecimalGraphType>>("netEffectPercentBefore").Description("Net effect on the premium rate before (percentage points). 変更前の純影響。")
            .Resolve(c => c.Source.Move.Before.NetEffectPercent);
        Field<NonNullGraphType<ExactDecimalGraphType>>("netEffectPercentAfter").Description("Net effect on the premium rate after. 変更後の純影響。")
            .Resolve(c => c.Source.Move.After.NetEffectPercent);
        Field<NonNullGraphType<ExactDecimalGraphType>>("rateChangePercent")
            .Description("Change in the branch's premium rate the simulation implies (percentage points; negative is lower). 保険料率の変化。")
            .Resolve(c => c.Source.Move.NetEffectChange);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgUnitType>>>>("passed")
            .Description("Branches ranked above before and below after (those the caller may see; rankChange counts them all). 追い抜いた支部。")
            .Resolve(c => c.Incentives().Visible(c.Source.Move.Passed, code => code).Select(code => c.LoadByKey<OrgUnit, string>(code, x => x.Code)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgUnitType>>>>("fellBehind")
            .Description("Branches ranked below before and above after (those the caller may see). 追い抜かれた支部。")
            .Resolve(c => c.Incentives().Visible(c.Source.Move.FellBehind, code => code).Select(code => c.LoadByKey<OrgUnit, string>(code, x => x.Code)).ToArray());
    }
}

internal sealed class IncentiveChangeInputType : InputObjectGraphType<SimulationChange>
{
    public IncentiveChangeInputType()
    {
        Name = "IncentiveChangeInput";
        Description = "Set one branch's indicator value for the simulation: give `value` (the new value) or `delta` (added to the recorded value). 指標値の変更。";
        Field<NonNullGraphType<StringGraphType>>("branch").Description("Branch code 01–47.");
        Field<NonNullGraphType<IntGraphType>>("indicator").Description("Indicator number 1–5.");
        Field<ExactDecimalGraphType>("value").Description("The new value (percent).");
        Field<ExactDecimalGraphType>("delta").Description("Percentage points added to the recorded value, e.g. 5.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new SimulationChange(
        (string)value["branch"]!, (int)value["indicator"]!, value.TryGetValue("value", out var v) ? (decimal?)v : null,
        value.TryGetValue("delta", out var d) ? (decimal?)d : null);
}

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
        Description = "Scheme parameters to replace for a simulation; omitted fields keep the stored values. 制度パラメータの変更。";
        Field<IntGraphType>("rewardedBranches").Description("How many branches are rewarded, e.g. 23.");
        Field<ExactDecimalGraphType>("fundingRatePercent").Description("Funding rate in percentage points, e.g. 0.01.");
        Field<ExactDecimalGraphType>("levelWeight").Description("Weight of the level (level + improvement weights must be 1).");
        Field<ExactDecimalGraphType>("improvementWeight").Description("Weight of the improvement.");
        Field<ExactDecimalGraphType>("scoreMin").Description("Lowest indicator score.");
        Field<ExactDecimalGraphType>("scoreMax").Description("Highest indicator score.");
        Field<IncentiveStandardisationType>("standardisation").Description("PREVIOUS_YEAR or RESULTS_YEAR.");
    }
}
