using GraphQL.Types;
using KenpoGraph.Api.Documents;
using KenpoGraph.Api.Measures;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Incentives;

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
