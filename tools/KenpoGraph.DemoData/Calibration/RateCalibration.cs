using static KenpoGraph.DemoData.Shaping.Rounding;

namespace KenpoGraph.DemoData.Calibration;

/// <summary>
/// Numerators of a RATIO measure for given denominators, such that Σnumerators ÷ Σdenominators equals the
/// national rate to its printed precision, each branch's share following its own (shaped) rate.
/// </summary>
internal static class RateCalibration
{
    /// <param name="denominators">Every branch's denominator, published or generated.</param>
    /// <param name="shapedRates">Each branch's rate in percent before calibration.</param>
    /// <param name="fixedNumerators">Published numerators: kept; the other branches share the rest of the national total.</param>
    /// <param name="nationalRate">The national rate in percent (e.g. 58.4): the national numerator is that share of Σdenominators, rounded.</param>
    public static long[] Numerators(IReadOnlyList<long> denominators, IReadOnlyList<decimal> shapedRates, IReadOnlyList<long?> fixedNumerators,
        decimal nationalRate)
    {
        var total = (long)Whole(nationalRate / 100m * denominators.Sum());
        var fixedTotal = fixedNumerators.Sum(n => n ?? 0);
        var weights = denominators.Select((d, i) => fixedNumerators[i] is null ? d * shapedRates[i] : 0m).ToArray();
        var shared = Apportionment.LargestRemainder(total - fixedTotal, weights);
        return shared.Select((n, i) => fixedNumerators[i] ?? n).ToArray();
    }
}
