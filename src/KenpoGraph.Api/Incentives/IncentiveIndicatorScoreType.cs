using GraphQL.Types;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Incentives;

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
    }
}
