using GraphQL.Types;
using KenpoGraph.Api.Provenance;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Incentives;

namespace KenpoGraph.Api.Incentives;

internal sealed class IncentiveSchemeType : ObjectGraphType<SchemeView>
{
    public IncentiveSchemeType()
    {
        Name = "IncentiveScheme";
        Description = "One version of the インセンティブ制度 (incentive system), valid for a span of results years. Every parameter is data, marked as stated by a source, by the association's public pages, or assumed. インセンティブ制度（版）。";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Scheme version code, e.g. REVISED-FY2022. 版コード。").Resolve(c => c.Source.Row.Code);
        Field<StringGraphType>("nameJa").Description("Japanese name. 名称。").Resolve(c => c.Source.Row.NameJa);
        Field<NonNullGraphType<StringGraphType>>("nameEn").Description("English name. 名称（英語）。").Resolve(c => c.Source.Row.NameEn);
        Field<NonNullGraphType<IntGraphType>>("firstResultsYear").Description("First results (evaluation) year the version applies to. 適用開始実績年度。")
            .Resolve(c => c.Source.Row.FirstResultsYear);
        Field<IntGraphType>("lastResultsYear").Description("Last results year it applies to; null while in force. 適用終了実績年度。").Resolve(c => c.Source.Row.LastResultsYear);
        Field<NonNullGraphType<IntGraphType>>("rewardedBranches").Description("How many top-ranked branches receive a reward (23 up to FY2021 results, 15 from FY2022). 報奨金付与支部数。")
            .Resolve(c => c.Source.Scheme.RewardedBranches);
        Field<NonNullGraphType<ExactDecimalGraphType>>("fundingRatePercent")
            .Description("Funding rate every branch's premium rate carries (percentage points; 0.01 = 0.01 %). インセンティブ分保険料率。").Resolve(c => c.Source.Scheme.FundingRatePercent);
        Field<NonNullGraphType<IntGraphType>>("premiumYearOffset").Description("Results of year N apply to the premium rate of year N + this (2). 反映年度差。")
            .Resolve(c => c.Source.Scheme.PremiumYearOffset);
        Field<NonNullGraphType<IncentiveStandardisationType>>("standardisation").Description("The distribution deviation scores are measured against. 偏差値の基準分布。")
            .Resolve(c => c.Source.Scheme.Standardisation);
        Field<NonNullGraphType<ExactDecimalGraphType>>("levelWeight").Description("Weight of the level's deviation score in an indicator's score. 水準の重み。")
            .Resolve(c => c.Source.Scheme.LevelWeight);
        Field<NonNullGraphType<ExactDecimalGraphType>>("improvementWeight").Description("Weight of the improvement's deviation score. 上昇幅の重み。")
            .Resolve(c => c.Source.Scheme.ImprovementWeight);
        Field<NonNullGraphType<ExactDecimalGraphType>>("scoreMin").Description("Lowest indicator score (素点), 50. 素点下限。").Resolve(c => c.Source.Scheme.ScoreMin);
        Field<NonNullGraphType<ExactDecimalGraphType>>("scoreMax").Description("Highest indicator score (素点), 80. 素点上限。").Resolve(c => c.Source.Scheme.ScoreMax);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveIndicatorRuleType>>>>("indicators").Description("The indicators scored, ① to ⑤. 評価指標。")
            .Resolve(c => c.Source.Indicators);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveSchemeParameterType>>>>("parameters")
            .Description("Every parameter with its basis (SOURCE, PUBLIC_PAGE or ASSUMPTION), locator and note. パラメータ一覧。").Resolve(c => c.Source.Parameters);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("assumptions")
            .Description("The names of the parameters that are assumptions (the sources are silent). 仮定したパラメータ。")
            .Resolve(c => c.Source.Parameters.Where(p => p.Stored.Basis == ParameterBasis.Assumption).Select(p => p.Stored.Name).ToArray());
        Field<NonNullGraphType<SourceType>>("source").Description("Where the scheme is described. 出典。").Resolve(c => c.Source.Row);
    }
}
