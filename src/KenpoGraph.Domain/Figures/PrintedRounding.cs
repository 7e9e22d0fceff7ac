namespace KenpoGraph.Domain.Figures;

/// <summary>How the sources round a computed figure for print.</summary>
public static class PrintedRounding
{
    /// <summary>
    /// 切り上げ: the association rounds ratios up at the printed precision. Seed 004 L868–872 prints
    /// 35/135 as 26.0 %, 54/701 as 7.8 % and 89/836 as 10.7 %, which half-up rounding would print as
    /// 25.9, 7.7 and 10.6.
    /// </summary>
    public static decimal Up(decimal value, int decimals)
    {
        var factor = Pow10(decimals);
        return Math.Ceiling(value * factor) / factor;
    }

    public static decimal HalfUp(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static decimal Pow10(int decimals) => decimals switch
    {
        < 0 => throw new ArgumentOutOfRangeException(nameof(decimals)),
        _ => Enumerable.Repeat(10m, decimals).Aggregate(1m, (a, b) => a * b),
    };
}
