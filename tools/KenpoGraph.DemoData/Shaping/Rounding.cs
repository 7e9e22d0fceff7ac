namespace KenpoGraph.DemoData.Shaping;

/// <summary>Counts and yen amounts are whole numbers; halves round away from zero, as printed figures do.</summary>
internal static class Rounding
{
    public static decimal Whole(decimal value) => Math.Round(value, MidpointRounding.AwayFromZero);
}
