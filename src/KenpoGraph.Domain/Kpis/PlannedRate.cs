namespace KenpoGraph.Domain.Kpis;

/// <summary>The rate a plan's volumes give: planned numerator ÷ planned denominator, in percent.</summary>
public static class PlannedRate
{
    /// <summary>Rounded half away from zero to the decimals the target prints (seed 000 L390: 180,224 / 274,731 = 65.6 %).</summary>
    public static decimal? Percent(decimal? numerator, decimal? denominator, int decimals) =>
        numerator is { } n && denominator is { } d && d != 0 ? Math.Round(n / d * 100, decimals, MidpointRounding.AwayFromZero) : null;

    /// <summary>How many decimals a printed figure has (65.6 → 1).</summary>
    public static int DecimalsOf(string? printed)
    {
        var point = printed?.IndexOf('.') ?? -1;
        return point < 0 ? 0 : printed![(point + 1)..].TakeWhile(char.IsAsciiDigit).Count();
    }
}
