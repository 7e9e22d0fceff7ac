using GraphQL.Types;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Incentives;

internal sealed class IncentiveMoveType : ObjectGraphType<MoveView>
{
    public IncentiveMoveType()
    {
        Name = "IncentiveMove";
        Description = "What a simulation did to one branch. 支部の変化。";
        Field<NonNullGraphType<OrgUnitType>>("branch").Description("The branch. 支部。").Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.Move.BranchCode, x => x.Code));
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
