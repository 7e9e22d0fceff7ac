namespace KenpoGraph.DemoData.Shaping;

/// <summary>
/// An assumed national series (a rate in percent, or yen per member) from the first fiscal year on, used where
/// the sources publish no national figure; beyond its end it continues with its last step.
/// </summary>
internal sealed class NationalPath(int firstYear, params decimal[] values)
{
    public decimal At(int fiscalYear)
    {
        var index = fiscalYear - firstYear;
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fiscalYear), fiscalYear, $"the path starts in FY{firstYear}");
        }
        if (index < values.Length)
        {
            return values[index];
        }
        var step = values[^1] - values[^2];
        return values[^1] + step * (index - values.Length + 1);
    }
}
