using KenpoGraph.Domain.Measures;

namespace KenpoGraph.Domain.Rollups;

/// <summary>
/// A measure's value over a set of branches, kept as the two running totals its rule needs, so that
/// roll-ups combine associatively: rolling up regions and then the nation gives the same result as
/// rolling up the 47 branches directly (docs/domain.md "Measures and roll-up rules").
/// <list type="bullet">
/// <item>SUM: <see cref="Numerator"/> = Σ value; no denominator.</item>
/// <item>RATIO: Σ numerator and Σ denominator; value = Σnum ÷ Σden × scale, never a mean of rates.</item>
/// <item>WEIGHTED_MEAN: Σ(value·weight) and Σ weight; value = their quotient.</item>
/// </list>
/// </summary>
public sealed record RollupValue(MeasureRule Rule, decimal Numerator, decimal? Denominator, int Contributors)
{
    /// <summary>The roll-up of nothing: the identity of <see cref="Combine"/>.</summary>
    public static RollupValue Empty(MeasureRule rule) =>
        new(rule, 0m, rule.Aggregation == AggregationRule.Sum ? null : 0m, 0);

    /// <summary>The value, or null where nothing contributed or a denominator is zero.</summary>
    public decimal? Value => (Rule.Aggregation, Contributors) switch
    {
        (AggregationRule.None, _) or (_, 0) => null,
        (AggregationRule.Sum, _) => Numerator,
        (_, _) when Denominator is null or 0m => null,
        (AggregationRule.Ratio, _) => Numerator / Denominator!.Value * Rule.Scale,
        _ => Numerator / Denominator!.Value,
    };

    public RollupValue Combine(RollupValue other)
    {
        if (other.Rule.Code != Rule.Code)
        {
            throw new ArgumentException($"Cannot combine {Rule.Code} with {other.Rule.Code}.", nameof(other));
        }
        return this with
        {
            Numerator = Numerator + other.Numerator,
            Denominator = Denominator is null ? null : Denominator + other.Denominator,
            Contributors = Contributors + other.Contributors,
        };
    }
}
