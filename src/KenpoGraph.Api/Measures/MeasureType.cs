using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Warehouse;
using KenpoGraph.Domain.Measures;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

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

internal sealed class AggregationRuleType : EnumerationGraphType<AggregationRule>
{
    public AggregationRuleType()
    {
        Name = "AggregationRule";
        Description = "Roll-up rule from branches to regions and the nation. 集計規則。";
        Values.FindByValue(AggregationRule.Sum)!.Description = "Σ over branches.";
        Values.FindByValue(AggregationRule.Ratio)!.Description = "Σnumerator ÷ Σdenominator, never the mean of branch rates.";
        Values.FindByValue(AggregationRule.WeightedMean)!.Description = "Σ(value·weight) ÷ Σweight.";
        Values.FindByValue(AggregationRule.None)!.Description = "Not aggregated (ranks, scores).";
    }
}

internal static class MeasureQueries
{
    public static void AddMeasureQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasureType>>>>("measures")
            .Description("Every declared measure, by code. 指標一覧。")
            .ResolveAsync(async context => await context.Warehouse().Db.Measures.OrderBy(m => m.Code).ToListAsync(context.CancellationToken));
    }
}
