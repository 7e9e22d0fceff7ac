using KenpoGraph.Domain.Measures;

namespace KenpoGraph.Domain.Rollups;

/// <summary>A measure's roll-up rule as declared in the measure catalogue (db/seed/measures.csv).</summary>
public sealed record MeasureRule(string Code, AggregationRule Aggregation, string? NumeratorCode = null, string? DenominatorCode = null,
    string? WeightCode = null, decimal Scale = 1m)
{
    /// <summary>The measures whose branch values feed this one's roll-up.</summary>
    public IEnumerable<string> Inputs => Aggregation switch
    {
        AggregationRule.Sum => [Code],
        AggregationRule.Ratio => [NumeratorCode!, DenominatorCode!],
        AggregationRule.WeightedMean => [Code, WeightCode!],
        _ => [],
    };

    /// <summary>
    /// One branch's contribution, from its own figures (<paramref name="valueOf"/> gives a measure's
    /// value for that branch, or null when the branch has none). Null when an input is missing: a
    /// missing figure is absent, never zero.
    /// </summary>
    public RollupValue? Leaf(Func<string, decimal?> valueOf)
    {
        switch (Aggregation)
        {
            case AggregationRule.Sum:
                return valueOf(Code) is { } value ? new RollupValue(this, value, null, 1) : null;
            case AggregationRule.Ratio:
                return (valueOf(NumeratorCode!), valueOf(DenominatorCode!)) is ({ } numerator, { } denominator)
                    ? new RollupValue(this, numerator, denominator, 1)
                    : null;
            case AggregationRule.WeightedMean:
                return (valueOf(Code), valueOf(WeightCode!)) is ({ } mean, { } weight)
                    ? new RollupValue(this, mean * weight, weight, 1)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>Rolls up the contributions of several branches (or of already rolled-up parts).</summary>
    public RollupValue Roll(IEnumerable<RollupValue?> parts) =>
        parts.OfType<RollupValue>().Aggregate(RollupValue.Empty(this), (total, part) => total.Combine(part));
}
