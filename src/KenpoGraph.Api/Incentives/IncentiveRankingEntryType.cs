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
        this.Says("One branch in one results year's ranking: scores, rank, reward, rate effect, and the published rank where the sources print one.", "支部の評価結果。");
        Field<NonNullGraphType<OrgUnitType>>("branch").Says("The branch.", "支部。").Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.Entry.BranchCode, x => x.Code));
        Field("rank", x => x.Entry.Rank).Says("Computed overall rank, 1–47.", "総合順位（計算）。");
        Field<NonNullGraphType<QualityType>>("quality")
            .Says("Quality of this entry's computed rank, total, reward, rate reduction and net effect: DEMO when any branch's input figure is demonstration data (a rank is a place among " +
                "all 47), else DERIVED. publishedRank is a printed figure with its own source.", "品質区分。")
            .Resolve(c => c.Source.Ranking.Quality);
        Field<NonNullGraphType<ExactDecimalGraphType>>("total").Says("Total score: Σ indicator scores.", "総得点。")
            .Resolve(c => c.Scored(c.Source.Ranking, c.Source.Entry.Total));
        Field("rewarded", x => x.Entry.Rewarded).Says("Ranked within the rewarded places.", "報奨金対象。");
        Field<NonNullGraphType<ExactDecimalGraphType>>("reward").Says("Reward in whole yen (0 when not rewarded).", "報奨金（円）。")
            .Resolve(c => c.Scored(c.Source.Ranking, c.Source.Entry.Reward));
        Field("premiumBase", x => x.Entry.PremiumBase, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("The premium base the pool and the reduction are computed on (yen).", "保険料算定基礎（円）。");
        Field<NonNullGraphType<ExactDecimalGraphType>>("rateReductionPercent").Says("Premium-rate reduction the reward buys: reward ÷ premium base (percentage points).", "引下げ率。")
            .Resolve(c => c.Scored(c.Source.Ranking, c.Source.Entry.RateReductionPercent));
        Field("fundingRatePercent", x => x.Entry.FundingRatePercent, type: typeof(NonNullGraphType<ExactDecimalGraphType>))
            .Says("Funding rate the branch's premium carries (percentage points).", "財源拠出率。");
        Field<NonNullGraphType<ExactDecimalGraphType>>("netEffectPercent")
            .Says("Net effect on the branch's premium rate in the premium year: funding minus reduction (positive raises the rate).", "保険料率への純影響。")
            .Resolve(c => c.Scored(c.Source.Ranking, c.Source.Entry.NetEffectPercent));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveIndicatorScoreType>>>>("indicators").Says("Each indicator's values, deviation scores and score.", "指標別得点。")
            .Resolve(c => c.Source.Entry.Indicators.Select(s => new IndicatorScoreView(c.Source, s)).ToArray());
        Field<IntGraphType>("publishedRank").Says("The overall rank the sources print for this branch and year; null where none is printed.", "公表順位。")
            .Resolve(c => c.Source.PublishedRank(IncentivePublishedRank.Overall)?.Rank);
        Field<IntGraphType>("rankDifference").Says("Computed rank − published rank; null without a published rank.", "順位差。")
            .Resolve(c => c.Source.PublishedRank(IncentivePublishedRank.Overall) is { } published ? c.Source.Entry.Rank - published.Rank : null);
        Field<BooleanGraphType>("agreesWithPublished")
            .Says("False flags a computed rank that disagrees with the printed one (expected while the inputs are demonstration data); null without a published rank.", "公表順位と一致。")
            .Resolve(c => c.Source.PublishedRank(IncentivePublishedRank.Overall) is { } published ? c.Source.Entry.Rank == published.Rank : null);
        Field<SourceType>("publishedSource").Says("Where the published overall rank is printed.", "公表順位の出典。")
            .Resolve(c => c.Source.PublishedRank(IncentivePublishedRank.Overall));
    }
}
