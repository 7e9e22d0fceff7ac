using GraphQL.Types;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Measures;

internal sealed class MeasureType : ObjectGraphType<Measure>
{
    public MeasureType()
    {
        Name = "Measure";
        Description = "A measure declared once with its unit and roll-up rule. 指標（測定項目）。";
        Interface<NodeInterface>();
        this.Id(x => x.Code);
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable code, e.g. membership.insured. コード。").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("subject").Description("Subject area, e.g. MEMBERSHIP. 分野。").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<StringGraphType>>("nameJa").Description("Japanese name, e.g. 被保険者数. 名称。").Resolve(c => c.Source.NameJa);
        Field<NonNullGraphType<StringGraphType>>("nameEn").Description("English name. 名称（英語）。").Resolve(c => c.Source.NameEn);
        Field<NonNullGraphType<StringGraphType>>("unit").Description("Base unit of values (人, 円, 事業所, ％). 単位。").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<AggregationRuleType>>("aggregation").Description("How the measure rolls up to regions and the nation. 集計規則。").Resolve(c => c.Source.Aggregation);
        Field<StringGraphType>("weightCode").Description("For WEIGHTED_MEAN: the weighting measure. 加重に用いる指標。").Resolve(c => c.Source.WeightCode);
        Field<StringGraphType>("numeratorCode").Description("For RATIO: the numerator measure. 分子。").Resolve(c => c.Source.NumeratorCode);
        Field<StringGraphType>("denominatorCode").Description("For RATIO: the denominator measure. 分母。").Resolve(c => c.Source.DenominatorCode);
        Field<NonNullGraphType<ExactDecimalGraphType>>("scale").Description("For RATIO: Σnumerator ÷ Σdenominator is multiplied by this (100 for percentages). 倍率。").Resolve(c => c.Source.Scale);
        Field<NonNullGraphType<StringGraphType>>("descriptionEn").Description("What the measure counts. 説明（英語）。").Resolve(c => c.Source.DescriptionEn);
    }
}
