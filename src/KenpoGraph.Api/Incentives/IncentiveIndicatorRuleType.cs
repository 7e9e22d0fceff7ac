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
        this.Says("An indicator a scheme scores, and the branch measure holding its value.", "評価指標。");
        Field(x => x.Number).Says("Indicator number, 1–5 (printed ①–⑤).", "指標番号。");
        Field(x => x.NameJa).Says("The indicator as the source prints it.", "指標名。");
        Field<NonNullGraphType<MeasureType>>("measure").Says("The branch measure holding its value, e.g. incentive.i1.value.", "測定項目。")
            .Resolve(c => c.LoadByKey<Measure, string>(c.Source.MeasureCode, x => x.Code));
        Field(x => x.ScoresImprovement).Says("True: scored on level and rise over the previous year; false: on level only (③ is itself a change).", "上昇幅も評価するか。");
        Field(x => x.ScoresImprovementBasis, type: typeof(NonNullGraphType<ParameterBasisType>)).Says("Whether scoresImprovement is stated or assumed.", "根拠区分。");
        Field<NonNullGraphType<SourceDocumentType>>("document").Says("Where the indicator is printed.", "資料。")
            .Resolve(c => c.LoadByKey<SourceDocument, string>(c.Source.DocumentCode, x => x.Code));
        Field(x => x.Locator).Says("Lines in the document, e.g. L90.", "行番号。");
        Field(x => x.Note, nullable: true).Says("Why it is scored as it is.", "注記。");
    }
}
