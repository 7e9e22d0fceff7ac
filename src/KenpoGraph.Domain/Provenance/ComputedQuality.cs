namespace KenpoGraph.Domain.Provenance;

/// <summary>The quality of a figure computed from others (a change, a score, a rank, an attainment).</summary>
public static class ComputedQuality
{
    /// <summary>DEMO when any input is demonstration data; DERIVED otherwise: a computed figure is never printed itself.</summary>
    public static Quality Combined(params IEnumerable<Quality> inputs) => inputs.Contains(Quality.Demo) ? Quality.Demo : Quality.Derived;
}
