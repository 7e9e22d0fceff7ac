namespace KenpoGraph.DemoData.Calibration;

/// <summary>Integer apportionment by largest remainder (Hamilton's method): the parts sum to the total exactly.</summary>
internal static class Apportionment
{
    /// <summary>
    /// Splits <paramref name="total"/> in proportion to <paramref name="weights"/>; the units left after
    /// rounding down go to the largest remainders, ties to the earlier position (the lower branch code).
    /// </summary>
    public static long[] LargestRemainder(long total, IReadOnlyList<decimal> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (weights.Any(w => w < 0))
        {
            throw new ArgumentException("weights cannot be negative", nameof(weights));
        }
        var sum = weights.Sum();
        if (sum <= 0)
        {
            throw new ArgumentException("at least one weight must be positive", nameof(weights));
        }
        var parts = new long[weights.Count];
        var remainders = new decimal[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            var quota = total * weights[i] / sum;
            parts[i] = (long)decimal.Floor(quota);
            remainders[i] = quota - parts[i];
        }
        var left = total - parts.Sum();
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)left))
        {
            parts[i]++;
        }
        return parts;
    }
}
