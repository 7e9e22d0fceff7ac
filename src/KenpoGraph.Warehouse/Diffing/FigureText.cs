using System.Globalization;

namespace KenpoGraph.Warehouse.Diffing;

/// <summary>Figures in invariant text: 39713000, 58.4, -0.25 (no trailing zeros, no exponent).</summary>
public static class FigureText
{
    public static string Of(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>With thousands separators, for people: 39,713,000 and 58.4.</summary>
    public static string Grouped(decimal value) => value.ToString("#,0.############################", CultureInfo.InvariantCulture);
}
