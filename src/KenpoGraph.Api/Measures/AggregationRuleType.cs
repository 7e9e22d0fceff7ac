using GraphQL.Types;
using KenpoGraph.Api.Schema;
using KenpoGraph.Domain.Measures;

namespace KenpoGraph.Api.Measures;

internal sealed class AggregationRuleType : EnumerationGraphType<AggregationRule>
{
    public AggregationRuleType()
    {
        Name = "AggregationRule";
        this.Says("Roll-up rule from branches to regions and the nation.", "集計規則。");
        Values.FindByValue(AggregationRule.Sum)!.Description = "Σ over branches.";
        Values.FindByValue(AggregationRule.Ratio)!.Description = "Σnumerator ÷ Σdenominator, never the mean of branch rates.";
        Values.FindByValue(AggregationRule.WeightedMean)!.Description = "Σ(value·weight) ÷ Σweight.";
        Values.FindByValue(AggregationRule.None)!.Description = "Not aggregated (ranks, scores).";
    }
}
