using GraphQL.Types;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Incentives;

internal sealed class IncentiveRankingEntryType : ObjectGraphType<EntryView>
{
    public IncentiveRankingEntryType()
    {
        Name = "IncentiveRankingEntry";
        Description = "One branch in one results year's ranking: scores, rank, reward, rate effect, and the published rank where the sources print one. 支部の評価結果。";
        Field<NonNullGraphType<OrgUnitType>>("branch").Description("The branch. 支部。").Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.Entry.BranchCode, x => x.Code));
        Field<NonNullGraphType<IntGraphType>>("rank").Description("Computed overall rank, 1–47. 総合順位（計算）。").Resolve(c => c.Source.Entry.Rank);
        Field<NonNullGraphType<ExactDecimalGraphType>>("total").Description("Total score: Σ indicator scores. 総得点。").Resolve(c => c.Source.Entry.Total);
        Field<NonNullGraphType<BooleanGraphType>>("rewarded").Description("Ranked within the rewarded places. 報奨金対象。").Resolve(c => c.Source.Entry.Rewarded);
        Field<NonNullGraphType<ExactDecimalGraphType>>("reward").Description("Reward in whole yen (0 when not rewarded). 報奨金（円）。").Resolve(c => c.Source.Entry.Reward);
        Field<NonNullGraphType<ExactDecimalGraphType>>("premiumBase").Description("The premium base the pool and the reduction are computed on (yen). 保険料算定基礎（円）。")
            .Resolve(c => c.Source.Entry.PremiumBase);
        Field<NonNullGraphType<ExactDecimalGraphType>>("rateReductionPercent").Description("Premium-rate reduction the reward buys: reward ÷ premium base (percentage points). 引下げ率。")
            .Resolve(c => c.Source.Entry.RateReductionPercent);
        Field<NonNullGraphType<ExactDecimalGraphType>>("fundingRatePercent").Description("Funding rate the branch's premium carries (percentage points). 財源拠出率。")
            .Resolve(c => c.Source.Entry.FundingRatePercent);
        Field<NonNullGraphType<ExactDecimalGraphType>>("netEffectPercent")
            .Description("Net effect on the branch's premium rate in the premium year: funding minus reduction (positive raises the rate). 保険料率への純影響。")
            .Resolve(c => c.Source.Entry.NetEffectPercent);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveIndicatorScoreType>>>>("indicators").Description("Each indicator's values, deviation scores and score. 指標別得点。")
            .Resolve(c => c.Source.Entry.Indicators.Select(s => new IndicatorScoreView(c.Source, s)).ToArray());
        Field<IntGraphType>("publishedRank").Description("The overall rank the sources print for this branch and year; null where none is printed. 公表順位。")
            .Resolve(c => c.Source.PublishedRank(IncentivePublishedRank.Overall)?.Rank);
        Field<IntGraphType>("rankDifference").Description("Computed rank − published rank; null without a published rank. 順位差。")
            .Resolve(c => c.Source.PublishedRank(IncentivePublishedRank.Overall) is { } published ? c.Source.Entry.Rank - published.Rank : null);
        Field<BooleanGraphType>("agreesWithPublished")
            .Description("False flags a computed rank that disagrees with the printed one (expected while the inputs are demonstration data); null without a published rank. 公表順位と一致。")
            .Resolve(c => c.Source.PublishedRank(IncentivePublishedRank.Overall) is { } published ? c.Source.Entry.Rank == published.Rank : null);
        Field<SourceType>("publishedSource").Description("Where the published overall rank is printed. 公表順位の出典。")
            .Resolve(c => c.Source.PublishedRank(IncentivePublishedRank.Overall));
    }
}
