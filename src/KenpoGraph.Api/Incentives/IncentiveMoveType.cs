using GraphQL.Types;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Domain.Provenance;

namespace KenpoGraph.Api.Incentives;

internal sealed class IncentiveMoveType : ObjectGraphType<MoveView>
{
    public IncentiveMoveType()
    {
        Name = "IncentiveMove";
        this.Says("What a simulation did to one branch.", "支部の変化。");
        Field<NonNullGraphType<OrgUnitType>>("branch").Says("The branch.", "支部。").Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.Move.BranchCode, x => x.Code));
        Field<NonNullGraphType<QualityType>>("quality")
            .Says("Quality of every figure of this move: DEMO when the recorded figures the simulation starts from include demonstration data, else DERIVED.", "品質区分。")
            .Resolve(c => ComputedQuality.Combined(c.Source.Before.Quality, c.Source.After.Quality));
        Field("rankBefore", x => x.Move.Before.Rank).Says("Rank in the recorded ranking.", "変更前順位。");
        Field("rankAfter", x => x.Move.After.Rank).Says("Rank in the simulated ranking.", "変更後順位。");
        Field("rankChange", x => x.Move.RankChange).Says("Places gained (positive) or lost (negative).", "順位変動。");
        Field("rewardBefore", x => x.Move.Before.Reward, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("Reward in yen before.", "変更前報奨金。");
        Field("rewardAfter", x => x.Move.After.Reward, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("Reward in yen after.", "変更後報奨金。");
        Field("rewardChange", x => x.Move.RewardChange, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("Change in reward (yen).", "報奨金の変化。");
        Field("netEffectPercentBefore", x => x.Move.Before.NetEffectPercent, type: typeof(NonNullGraphType<ExactDecimalGraphType>))
            .Says("Net effect on the premium rate before (percentage points).", "変更前の純影響。");
        Field("netEffectPercentAfter", x => x.Move.After.NetEffectPercent, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("Net effect on the premium rate after.", "変更後の純影響。");
        Field("rateChangePercent", x => x.Move.NetEffectChange, type: typeof(NonNullGraphType<ExactDecimalGraphType>))
            .Says("Change in the branch's premium rate the simulation implies (percentage points; negative is lower).", "保険料率の変化。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgUnitType>>>>("passed")
            .Says("Branches ranked above before and below after (those the caller may see; rankChange counts them all).", "追い抜いた支部。")
            .Resolve(c => c.Source.Move.Passed.Select(code => c.LoadByKey<OrgUnit, string>(code, x => x.Code)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgUnitType>>>>("fellBehind")
            .Says("Branches ranked below before and above after (those the caller may see).", "追い抜かれた支部。")
            .Resolve(c => c.Source.Move.FellBehind.Select(code => c.LoadByKey<OrgUnit, string>(code, x => x.Code)).ToArray());
    }
}
