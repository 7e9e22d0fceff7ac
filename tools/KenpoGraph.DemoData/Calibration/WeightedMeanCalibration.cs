namespace KenpoGraph.DemoData.Calibration;

/// <summary>
/// Values on a grid (whole yen, hundredths of a percent) whose weighted mean over all branches lies within
/// half a grid step of a national target, so that it rounds to the published figure.
/// </summary>
internal static class WeightedMeanCalibration
{
    /// <param name="shaped">Each branch's value before calibration; ignored where <paramref name="fixedValues"/> has one.</param>
    /// <param name="fixedValues">Published branch values: kept as they are; the other branches absorb the difference.</param>
    /// <returns>Every branch's value: the fixed ones unchanged, the others shifted by a common amount, rounded to the step,
    /// and then moved a step at a time (largest weight first) until the mean is within half a step of the target.</returns>
    public static decimal[] Calibrate(IReadOnlyList<decimal> shaped, IReadOnlyList<decimal> weights, IReadOnlyList<decimal?> fixedValues,
        decimal target, decimal step)
    {
        var free = Enumerable.Range(0, shaped.Count).Where(i => fixedValues[i] is null).ToArray();
        var totalWeight = weights.Sum();
        var freeWeight = free.Sum(i => weights[i]);
        if (freeWeight <= 0)
        {
            throw new InvalidOperationException("every branch value is fixed; nothing is left to calibrate");
        }
        var values = shaped.Select((v, i) => fixedValues[i] ?? v).ToArray();
        var shift = (target * totalWeight - WeightedSum(values, weights)) / freeWeight;
        foreach (var i in free)
        {
            values[i] = RoundToStep(values[i] + shift, step);
        }
        var byWeight = free.OrderByDescending(i => weights[i]).ThenBy(i => i).ToArray();
        for (var move = 0; Math.Abs(target * totalWeight - WeightedSum(values, weights)) * 2 >= step * totalWeight; move++)
        {
            if (move >= 100 * byWeight.Length)
            {
                throw new InvalidOperationException($"the weighted mean does not converge to {target}");
            }
            var i = byWeight[move % byWeight.Length];
            values[i] += target * totalWeight > WeightedSum(values, weights) ? step : -step;
        }
        return values;
    }

    public static decimal WeightedMean(IReadOnlyList<decimal> values, IReadOnlyList<decimal> weights) =>
        WeightedSum(values, weights) / weights.Sum();

    private static decimal WeightedSum(IReadOnlyList<decimal> values, IReadOnlyList<decimal> weights) =>
        values.Select((v, i) => v * weights[i]).Sum();

    private static decimal RoundToStep(decimal value, decimal step) => Math.Round(value / step, MidpointRounding.AwayFromZero) * step;
}
