using GraphQL.Types;
using KenpoGraph.Api.Documents;
using KenpoGraph.Api.Measures;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Incentives;
using KenpoGraph.Warehouse.Model;

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

internal sealed class IncentiveIndicatorRuleType : ObjectGraphType<IncentiveSchemeIndicator>
{
    public IncentiveIndicatorRuleType()
    {
        Name = "IncentiveIndicatorRule";
        Description = "An indicator a scheme scores, and the branch measure holding its value. 評価指標。";
        Field<NonNullGraphType<IntGraphType>>("number").Description("Indicator number, 1–5 (printed ①–⑤). 指標番号。").Resolve(c => c.Source.Number);
        Field<NonNullGraphType<StringGraphType>>("nameJa").Description("The indicator as the source prints it. 指標名。").Resolve(c => c.Source.NameJa);
        Field<NonNullGraphType<MeasureType>>("measure").Description("The branch measure holding its value, e.g. incentive.i1.value. 測定項目。")
            .Resolve(c => c.LoadByKey<Measure, string>(c.Source.MeasureCode, x => x.Code));
        Field<NonNullGraphType<BooleanGraphType>>("scoresImprovement")
            .Description("True: scored on level and rise over the previous year; false: on level only (③ is itself a change). 上昇幅も評価するか。")
            .Resolve(c => c.Source.ScoresImprovement);
        Field<NonNullGraphType<ParameterBasisType>>("scoresImprovementBasis").Description("Whether scoresImprovement is stated or assumed. 根拠区分。")
            .Resolve(c => c.Source.ScoresImprovementBasis);
        Field<NonNullGraphType<SourceDocumentType>>("document").Description("Where the indicator is printed. 資料。")
            .Resolve(c => c.LoadByKey<SourceDocument, string>(c.Source.DocumentCode, x => x.Code));
        Field<NonNullGraphType<StringGraphType>>("locator").Description("Lines in the document, e.g. L90. 行番号。").Resolve(c => c.Source.Locator);
        Field<StringGraphType>("note").Description("Why it is scored as it is. 注記。").Resolve(c => c.Source.Note);
    }
}

internal sealed class IncentiveSchemeParameterType : ObjectGraphType<SchemeParameterView>
{
    public IncentiveSchemeParameterType()
    {
        Name = "IncentiveSchemeParameter";
        Description = "One named parameter of a scheme version and what it rests on. 制度パラメータ。";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Parameter name, e.g. rewarded_branches, funding_rate_percent, standardisation. 名称。")
            .Resolve(c => c.Source.Stored.Name);
        Field<NonNullGraphType<StringGraphType>>("value").Description("Its value as text (a simulation override where overridden). 値。").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<BooleanGraphType>>("overridden").Description("True when a simulation replaced the stored value. シミュレーションで変更。")
            .Resolve(c => c.Source.Overridden);
        Field<NonNullGraphType<StringGraphType>>("storedValue").Description("The value the warehouse holds. 格納値。").Resolve(c => c.Source.Stored.Value);
        Field<NonNullGraphType<ParameterBasisType>>("basis").Description("SOURCE, PUBLIC_PAGE or ASSUMPTION. 根拠区分。").Resolve(c => c.Source.Stored.Basis);
        Field<SourceDocumentType>("document").Description("The seed document stating it (SOURCE). 資料。")
            .Resolve(c => c.Source.Stored.DocumentCode is { } code ? c.LoadByKey<SourceDocument, string>(code, x => x.Code) : null);
        Field<StringGraphType>("locator").Description("Lines in the document. 行番号。").Resolve(c => c.Source.Stored.Locator);
        Field<StringGraphType>("note").Description("The quotation, the public page's address, or the reason for the assumption. 注記。")
            .Resolve(c => c.Source.Stored.Note);
    }
}

internal sealed class ParameterBasisType : EnumerationGraphType<ParameterBasis>
{
    public ParameterBasisType()
    {
        Name = "ParameterBasis";
        Description = "What a scheme parameter rests on. 根拠区分。";
        Values.FindByValue(ParameterBasis.Source)!.Description = "Stated in a seed document (document and locator given).";
        Values.FindByValue(ParameterBasis.PublicPage)!.Description = "Stated on the association's public web pages (the note gives the address).";
        Values.FindByValue(ParameterBasis.Assumption)!.Description = "Not stated anywhere held: an assumption, explained in the note.";
    }
}

internal sealed class IncentiveStandardisationType : EnumerationGraphType<Standardisation>
{
    public IncentiveStandardisationType()
    {
        Name = "IncentiveStandardisation";
        Description = "The distribution a deviation score (偏差値) is measured against. 偏差値の基準分布。";
        Values.FindByValue(Standardisation.PreviousYear)!.Description =
            "The previous year's 47 branch values: a branch's score depends on its own results only, so raising an indicator never lowers its rank or reward.";
        Values.FindByValue(Standardisation.ResultsYear)!.Description =
            "The results year's own 47 values (the literal reading of 偏差値方式): others' changes move everyone's scores.";
    }
}
