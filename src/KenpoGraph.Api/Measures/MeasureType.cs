using GraphQL.Types;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Measures;

internal sealed class MeasureType : ObjectGraphType<Measure>
{
    public MeasureType()
    {
        Name = "Measure";
        this.Says("A measure declared once with its unit and roll-up rule.", "指標（測定項目）。");
        Interface<NodeInterface>();
        this.Id(x => x.Code);
        Field(x => x.Code).Says("Stable code, e.g. membership.insured.", "コード。");
        Field(x => x.Subject).Says("Subject area, e.g. MEMBERSHIP.", "分野。");
        Field(x => x.NameJa).Says("Japanese name, e.g. 被保険者数.", "名称。");
        Field(x => x.NameEn).Says("English name.", "名称（英語）。");
        Field(x => x.Unit).Says("Base unit of values (人, 円, 事業所, ％).", "単位。");
        Field(x => x.Aggregation, type: typeof(NonNullGraphType<AggregationRuleType>)).Says("How the measure rolls up to regions and the nation.", "集計規則。");
        Field(x => x.WeightCode, nullable: true).Says("For WEIGHTED_MEAN: the weighting measure.", "加重に用いる指標。");
        Field(x => x.NumeratorCode, nullable: true).Says("For RATIO: the numerator measure.", "分子。");
        Field(x => x.DenominatorCode, nullable: true).Says("For RATIO: the denominator measure.", "分母。");
        Field(x => x.Scale, type: typeof(NonNullGraphType<ExactDecimalGraphType>)).Says("For RATIO: Σnumerator ÷ Σdenominator is multiplied by this (100 for percentages).", "倍率。");
        Field(x => x.DescriptionEn).Says("What the measure counts.", "説明（英語）。");
    }
}
