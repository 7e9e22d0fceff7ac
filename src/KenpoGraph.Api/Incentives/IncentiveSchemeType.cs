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
        this.Says("One version of the インセンティブ制度 (incentive system), valid for a span of results years. Every parameter is data, marked as stated by a source, by the association's public " +
            "pages, or assumed.", "インセンティブ制度（版）。");
        Field("code", x => x.Row.Code).Says("Scheme version code, e.g. REVISED-FY2022.", "版コード。");
        Field("nameJa", x => x.Row.NameJa, nullable: true).Says("Japanese name.", "名称。");
        Field("nameEn", x => x.Row.NameEn).Says("English name.", "名称（英語）。");
        Field("firstResultsYear", x => x.Row.FirstResultsYear).Says("First results (evaluation) year the version applies to.", "適用開始実績年度。");
        Field("lastResultsYear", x => x.Row.LastResultsYear, nullable: true).Says("Last results year it applies to; null while in force.", "適用終了実績年度。");
        Field("rewardedBranches", x => x.Scheme.RewardedBranches).Says("How many top-ranked branches receive a reward (23 up to FY2021 results, 15 from FY2022).", "報奨金付与支部数。");
        Field("fundingRatePercent", x => x.Scheme.FundingRatePercent, type: typeof(NonNullGraphType<ExactDecimalGraphType>))
            .Says("Funding rate every branch's premium rate carries (percentage points; 0.01 = 0.01 %).", "インセンティブ分保険料率。");
        Field("premiumYearOffset", x => x.Scheme.PremiumYearOffset).Says("Results of year N apply to the premium rate of year N + this (2).", "反映年度差。");
        Field("standardisation", x => x.Scheme.Standardisation, type: typeof(NonNullGraphType<IncentiveStandardisationType>))
            .Says("The distribution deviation scores are measured against.", "偏差値の基準分布。");
        Field("levelWeight", x => x.Scheme.LevelWeight, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("Weight of the level's deviation score in an indicator's score.", "水準の重み。");
        Field("improvementWeight", x => x.Scheme.ImprovementWeight, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("Weight of the improvement's deviation score.", "上昇幅の重み。");
        Field("scoreMin", x => x.Scheme.ScoreMin, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("Lowest indicator score (素点), 50.", "素点下限。");
        Field("scoreMax", x => x.Scheme.ScoreMax, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("Highest indicator score (素点), 80.", "素点上限。");
        Field(x => x.Indicators, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveIndicatorRuleType>>>)).Says("The indicators scored, ① to ⑤.", "評価指標。");
        Field(x => x.Parameters, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IncentiveSchemeParameterType>>>))
            .Says("Every parameter with its basis (SOURCE, PUBLIC_PAGE or ASSUMPTION), locator and note.", "パラメータ一覧。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("assumptions")
            .Says("The names of the parameters that are assumptions (the sources are silent).", "仮定したパラメータ。")
            .Resolve(c => c.Source.Parameters.Where(p => p.Stored.Basis == ParameterBasis.Assumption).Select(p => p.Stored.Name).ToArray());
        Field("source", x => x.Row, type: typeof(NonNullGraphType<SourceType>)).Says("Where the scheme is described.", "出典。");
    }
}
