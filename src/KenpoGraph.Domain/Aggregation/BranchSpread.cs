namespace KenpoGraph.Domain.Aggregation;

/// <summary>
/// The spread of a group's branch values: minimum, maximum and the unweighted mean of the branch values (each
/// branch-year's own value counted once, whatever its size). Descriptive only: the group's value is the measure's rule,
/// never this mean. Null for fewer than two values, where the spread is just the value.
/// </summary>
public sealed record BranchSpread(decimal Min, decimal Max, decimal Mean)
{
    public static BranchSpread? Of(IReadOnlyCollection<decimal> values) => values.Count < 2
        ? null
        : new BranchSpread(values.Min(), values.Max(), values.Sum() / values.Count);
}
