using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Disclosure;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Incentives;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Domain.Rollups;

namespace KenpoGraph.Api.Incentives;

internal sealed class IncentiveRankingType : ObjectGraphType<RankingView>
{
    public IncentiveRankingType()
    {
        Name = "IncentiveRanking";
        this.Says("The 47 branches ranked for one results year by the scheme in force, with rewards and the effect on the premium rate two years later.", "インセンティブ制度の順位。");
        Field(x => x.Scheme, type: typeof(NonNullGraphType<IncentiveSchemeType>)).Says("The scheme version used (with any simulation overrides).", "適用した制度。");
        Field("resultsYear", x => x.Result.ResultsYear).Says("The results (evaluation) year.", "実績年度。");
        Field("premiumYear", x => x.Result.PremiumYear).Says("The premium-rate year the results apply to (results year + 2).", "反映保険料率年度。");
        Field("fundingRatePercent", x => x.Scheme.Scheme.FundingRatePercent, type: typeof(NonNullGraphType<ExactDecimalGraphType>))
            .Says("Funding rate added to every branch's rate (percentage points).", "インセンティブ分保険料率。");
        Field("rewardedBranches", x => x.Scheme.Scheme.RewardedBranches).Says("How many branches are rewarded.", "報奨金付与支部数。");
        // The pool is the funding rate times the national premium base: the national cell of the premium-base measure, under the same disclosure control.
        Field<NonNullGraphType<ExactDecimalGraphType>>("pool")
            .Says("Reward pool in yen: Σ funding rate × premium base over all branches. A DISCLOSURE_WITHHELD field error when poolWithheld.", "財源総額（円）。")
            .ResolveAsync(async c => await PoolWithheldAsync(c) ? throw Withheld("pool") : c.Source.Result.Pool);
        Field<NonNullGraphType<ExactDecimalGraphType>>("totalRewards").Says("Σ rewards in whole yen: the pool rounded to the yen. A DISCLOSURE_WITHHELD field error when poolWithheld.", "報奨金合計（円）。")
            .ResolveAsync(async c => await PoolWithheldAsync(c) ? throw Withheld("totalRewards") : c.Source.Result.Entries.Sum(e => e.Reward));
        Field<NonNullGraphType<BooleanGraphType>>("poolWithheld")
            .Says("True when disclosure control withholds pool and totalRewards from a branch-limited caller: the national premium base they are computed from would reveal a hidden branch's " +
                "figure (docs/partners-and-access.md).", "財源総額の秘匿。")
            .ResolveAsync(async c => await PoolWithheldAsync(c));
        Field(x => x.Quality, type: typeof(NonNullGraphType<QualityType>))
            .Says("Quality of the pool, the total rewards and every computed rank: DEMO when any input figure is demonstration data; DERIVED otherwise (computed).", "品質区分。");
        Field(x => x.Simulated).Says("True for a what-if ranking, false for the ranking of the recorded figures.", "シミュレーションか。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveRankingEntryType>>>>("entries")
            .Says("One entry per branch, by rank; a branch-scoped caller gets its own branches' entries (each still ranked among all 47).", "支部別順位。")
            .Resolve(c => c.Source.Result.Entries.Select(e => new EntryView(c.Source, e)).ToArray());
        Field<IncentiveRankingEntryType>("entry").Says("One branch's entry; null for an unknown code or a branch the caller may not see.", "支部の順位。")
            .Argument<NonNullGraphType<StringGraphType>>("branch", "Branch code 01–47.")
            .Resolve(c => c.Source.Result.Entries.FirstOrDefault(e => e.BranchCode == c.GetArgument<string>("branch"))
                is { } entry ? new EntryView(c.Source, entry) : null);
    }

    private static Task<bool> PoolWithheldAsync(IResolveFieldContext<RankingView> context) =>
        context.Disclosure().IsWithheldAsync(IncentiveSchemeParameters.FixedRules[IncentiveSchemeParameters.PremiumBase], context.Source.Result.ResultsYear,
            AggregateDisclosure.CellOf(RollupLevel.National, OrgUnitCode.HeadquartersCode, null)!, context.CancellationToken);

    private static KenpoError Withheld(string field) => new(ErrorCodes.DisclosureWithheld, $"{field}: {AggregateDisclosure.Reason}");
}
