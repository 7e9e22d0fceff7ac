using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Branches;
using KenpoGraph.Api.Documents;
using KenpoGraph.Api.Facts;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Provenance;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Incentives;

internal sealed class IncentiveRankingType : ObjectGraphType<RankingView>
{
    public IncentiveRankingType()
    {
        Name = "IncentiveRanking";
        Description = "The 47 branches ranked for one results year by the scheme in force, with rewards and the effect on the premium rate two years later. インセンティブ制度の順位。";
        Field<NonNullGraphType<IncentiveSchemeType>>("scheme").Description("The scheme version used (with any simulation overrides). 適用した制度。").Resolve(c => c.Source.Scheme);
        Field<NonNullGraphType<IntGraphType>>("resultsYear").Description("The results (evaluation) year. 実績年度。").Resolve(c => c.Source.Result.ResultsYear);
        Field<NonNullGraphType<IntGraphType>>("premiumYear").Description("The premium-rate year the results apply to (results year + 2). 反映保険料率年度。")
            .Resolve(c => c.Source.Result.PremiumYear);
        Field<NonNullGraphType<ExactDecimalGraphType>>("fundingRatePercent").Description("Funding rate added to every branch's rate (percentage points). インセンティブ分保険料率。")
            .Resolve(c => c.Source.Scheme.Scheme.FundingRatePercent);
        Field<NonNullGraphType<IntGraphType>>("rewardedBranches").Description("How many branches are rewarded. 報奨金付与支部数。")
            .Resolve(c => c.Source.Scheme.Scheme.RewardedBranches);
        Field<NonNullGraphType<ExactDecimalGraphType>>("pool").Description("Reward pool in yen: Σ funding rate × premium base over all branches. 財源総額（円）。")
            .Resolve(c => c.Source.Result.Pool);
        Field<NonNullGraphType<ExactDecimalGraphType>>("totalRewards").Description("Σ rewards in whole yen: the pool rounded to the yen. 報奨金合計（円）。")
            .Resolve(c => c.Source.Result.Entries.Sum(e => e.Reward));
        Field<NonNullGraphType<QualityType>>("quality").Description("Quality of the pool, the total rewards and every computed rank: DEMO when any input figure is demonstration data; DERIVED otherwise (computed). 品質区分。")
            .Resolve(c => c.Source.Quality);
        Field<NonNullGraphType<BooleanGraphType>>("simulated").Description("True for a what-if ranking, false for the ranking of the recorded figures. シミュレーションか。")
            .Resolve(c => c.Source.Simulated);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveRankingEntryType>>>>("entries")
            .Description("One entry per branch, by rank; a branch-scoped caller gets its own branches' entries (each still ranked among all 47). 支部別順位。")
            .Resolve(c => c.Incentives().Visible(c.Source.Result.Entries, e => e.BranchCode).Select(e => new EntryView(c.Source, e)).ToArray());
        Field<IncentiveRankingEntryType>("entry").Description("One branch's entry; null for an unknown code or a branch the caller may not see. 支部の順位。")
            .Argument<NonNullGraphType<StringGraphType>>("branch", "Branch code 01–47.")
            .Resolve(c => c.Incentives().Visible(c.Source.Result.Entries, e => e.BranchCode).FirstOrDefault(e => e.BranchCode == c.GetArgument<string>("branch"))
                is { } entry ? new EntryView(c.Source, entry) : null);
    }
}

internal sealed class IncentiveRankingEntryType : ObjectGraphType<EntryView>
{
    public IncentiveRankingEntryType()
    {
        Name = "IncentiveRankingEntry";
        Description = "One branch in one results year's ranking: scores, rank, reward, rate effect, and the published rank where the sources print one. 支部の評価結果。";
        Field<NonNullGraphType<OrgUnitType>>("branch").Description("The branch. 支部。").Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.Entry.BranchCode, x => x.Code));
        Field<NonNullGraphType<IntGraphType>>("rank").Description("Computed overall rank, 1–47. 総合順位（計算）。").Resolve(c => c.Source.Entry.Rank);
        Field<NonNullGraphType<QualityType>>("quality")
            .Description("Quality of this entry's computed rank, total, reward, rate reduction and net effect: DEMO when any branch's input figure is demonstration data (a rank is a place among all 47), else DERIVED. publishedRank is a printed figure with its own source. 品質区分。")
            .Resolve(c => c.Source.Ranking.Quality);
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

internal sealed class IncentiveIndicatorScoreType : ObjectGraphType<IndicatorScoreView>
{
    public IncentiveIndicatorScoreType()
    {
        Name = "IncentiveIndicatorScore";
        Description = "One indicator of one branch: values, deviation scores (偏差値) and its score (素点) within 50–80. 指標別得点。";
        Field<NonNullGraphType<IntGraphType>>("number").Description("Indicator number 1–5. 指標番号。").Resolve(c => c.Source.Score.Number);
        Field<NonNullGraphType<StringGraphType>>("nameJa").Description("Indicator name. 指標名。")
            .Resolve(c => c.Source.Entry.Ranking.Scheme.Indicators.First(i => i.Number == c.Source.Score.Number).NameJa);
        Field<NonNullGraphType<ExactDecimalGraphType>>("value").Description("Value in the results year (percent). 実績値。").Resolve(c => c.Source.Score.Value);
        Field<ExactDecimalGraphType>("previousValue").Description("Value in the year before. 前年度値。").Resolve(c => c.Source.Score.PreviousValue);
        Field<QualityType>("valueQuality").Description("Quality of value: PUBLISHED or PUBLIC_PAGE where printed, DEMO for demonstration data, DERIVED when computed from published figures. 実績値の品質区分。")
            .Resolve(c => c.Source.Entry.Ranking.Inputs.Of(c.Source.Entry.Entry.BranchCode, c.Source.Entry.Ranking.Result.ResultsYear, c.Source.Score.Number));
        Field<QualityType>("previousValueQuality").Description("Quality of previousValue. 前年度値の品質区分。")
            .Resolve(c => c.Source.Entry.Ranking.Inputs.Of(c.Source.Entry.Entry.BranchCode, c.Source.Entry.Ranking.Result.ResultsYear - 1, c.Source.Score.Number));
        Field<NonNullGraphType<QualityType>>("quality")
            .Description("Quality of the deviation scores, score and rank on this indicator: DEMO when any branch's value of this indicator in the results year or the year before is demonstration data (the scores are measured against all 47), else DERIVED. 得点の品質区分。")
            .Resolve(c => c.Source.Entry.Ranking.Inputs.Indicators[c.Source.Score.Number]);
        Field<ExactDecimalGraphType>("improvement").Description("Rise over the previous year (percentage points); null where the indicator scores its level only. 上昇幅。")
            .Resolve(c => c.Source.Score.Improvement);
        Field<NonNullGraphType<FloatGraphType>>("levelDeviation").Description("Deviation score (偏差値) of the level. 水準の偏差値。").Resolve(c => c.Source.Score.LevelT);
        Field<FloatGraphType>("improvementDeviation").Description("Deviation score of the improvement; null for a level-only indicator. 上昇幅の偏差値。")
            .Resolve(c => c.Source.Score.ImprovementT);
        Field<NonNullGraphType<ExactDecimalGraphType>>("rawScore").Description("Weighted deviation scores before the 50–80 range. 素点（範囲適用前）。")
            .Resolve(c => c.Source.Score.RawScore);
        Field<NonNullGraphType<ExactDecimalGraphType>>("score").Description("The indicator's score (素点), within the scheme's range. 素点。").Resolve(c => c.Source.Score.Score);
        Field<NonNullGraphType<IntGraphType>>("rank").Description("The branch's computed rank on this indicator, 1–47. 指標別順位（計算）。").Resolve(c => c.Source.Score.Rank);
        Field<IntGraphType>("publishedRank").Description("The indicator rank the sources print; null where none is printed. 指標別公表順位。")
            .Resolve(c => c.Source.Entry.PublishedRank(c.Source.Score.Number)?.Rank);
        Field<BooleanGraphType>("agreesWithPublished").Description("Computed indicator rank equals the printed one; null without one. 公表順位と一致。")
            .Resolve(c => c.Source.Entry.PublishedRank(c.Source.Score.Number) is { } published ? c.Source.Score.Rank == published.Rank : null);
        Field<SourceType>("publishedSource").Description("Where the published indicator rank is printed (document and lines, or the public page's address); null without one. 指標別公表順位の出典。")
            .Resolve(c => c.Source.Entry.PublishedRank(c.Source.Score.Number));
    }
}
