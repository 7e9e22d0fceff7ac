using GraphQL.Types;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Provenance;

namespace KenpoGraph.Api.Incentives;

internal sealed class IncentiveIndicatorScoreType : ObjectGraphType<IndicatorScoreView>
{
    public IncentiveIndicatorScoreType()
    {
        Name = "IncentiveIndicatorScore";
        this.Says("One indicator of one branch: values, deviation scores (偏差値) and its score (素点) within 50–80.", "指標別得点。");
        Field("number", x => x.Score.Number).Says("Indicator number 1–5.", "指標番号。");
        Field<NonNullGraphType<StringGraphType>>("nameJa").Says("Indicator name.", "指標名。")
            .Resolve(c => c.Source.Entry.Ranking.Scheme.Indicators.First(i => i.Number == c.Source.Score.Number).NameJa);
        Field("value", x => x.Score.Value, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("Value in the results year (percent).", "実績値。");
        Field("previousValue", x => x.Score.PreviousValue, type: typeof(ExactDecimalGraphType)).Says("Value in the year before.", "前年度値。");
        Field<QualityType>("valueQuality").Says("Quality of value: PUBLISHED or PUBLIC_PAGE where printed, DEMO for demonstration data, DERIVED when computed from published figures.", "実績値の品質区分。")
            .Resolve(c => c.Source.Entry.Ranking.Inputs.Of(c.Source.Entry.Entry.BranchCode, c.Source.Entry.Ranking.Result.ResultsYear, c.Source.Score.Number));
        Field<QualityType>("previousValueQuality").Says("Quality of previousValue.", "前年度値の品質区分。")
            .Resolve(c => c.Source.Entry.Ranking.Inputs.Of(c.Source.Entry.Entry.BranchCode, c.Source.Entry.Ranking.Result.ResultsYear - 1, c.Source.Score.Number));
        Field<NonNullGraphType<QualityType>>("quality")
            .Says("Quality of the deviation scores, score and rank on this indicator: DEMO when any branch's value of this indicator in the results year or the year before is demonstration " +
                "data (the scores are measured against all 47), else DERIVED.", "得点の品質区分。")
            .Resolve(c => c.Source.Entry.Ranking.Inputs.Indicators[c.Source.Score.Number]);
        Field("improvement", x => x.Score.Improvement, type: typeof(ExactDecimalGraphType))
            .Says("Rise over the previous year (percentage points); null where the indicator scores its level only.", "上昇幅。");
        Field<NonNullGraphType<FloatGraphType>>("levelDeviation").Says("Deviation score (偏差値) of the level.", "水準の偏差値。")
            .Resolve(c => c.Scored(c.Source.Entry.Ranking, c.Source.Score.LevelT));
        Field<FloatGraphType>("improvementDeviation").Says("Deviation score of the improvement; null for a level-only indicator.", "上昇幅の偏差値。")
            .Resolve(c => c.Scored(c.Source.Entry.Ranking, c.Source.Score.ImprovementT));
        Field<NonNullGraphType<ExactDecimalGraphType>>("rawScore").Says("Weighted deviation scores before the 50–80 range.", "素点（範囲適用前）。")
            .Resolve(c => c.Scored(c.Source.Entry.Ranking, c.Source.Score.RawScore));
        Field<NonNullGraphType<ExactDecimalGraphType>>("score").Says("The indicator's score (素点), within the scheme's range.", "素点。")
            .Resolve(c => c.Scored(c.Source.Entry.Ranking, c.Source.Score.Score));
        Field("rank", x => x.Score.Rank).Says("The branch's computed rank on this indicator, 1–47.", "指標別順位（計算）。");
        Field<IntGraphType>("publishedRank").Says("The indicator rank the sources print; null where none is printed.", "指標別公表順位。")
            .Resolve(c => c.Source.Entry.PublishedRank(c.Source.Score.Number)?.Rank);
        Field<BooleanGraphType>("agreesWithPublished").Says("Computed indicator rank equals the printed one; null without one.", "公表順位と一致。")
            .Resolve(c => c.Source.Entry.PublishedRank(c.Source.Score.Number) is { } published ? c.Source.Score.Rank == published.Rank : null);
        Field<SourceType>("publishedSource").Says("Where the published indicator rank is printed (document and lines, or the public page's address); null without one.", "指標別公表順位の出典。")
            .Resolve(c => c.Source.Entry.PublishedRank(c.Source.Score.Number));
    }
}
