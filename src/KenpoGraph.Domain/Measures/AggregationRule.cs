namespace KenpoGraph.Domain.Measures;

/// <summary>How a measure rolls up from branches to regions and the nation (docs/domain.md "Measures and roll-up rules").</summary>
public enum AggregationRule
{
    /// <summary>Σ over branches: persons, employers, yen amounts.</summary>
    Sum,

    /// <summary>Σnumerator ÷ Σdenominator, never the mean of branch rates.</summary>
    Ratio,

    /// <summary>Σ(value·weight) ÷ Σweight, e.g. average remuneration weighted by insured persons.</summary>
    WeightedMean,

    /// <summary>Not aggregated: ranks, deviation scores.</summary>
    None,
}
