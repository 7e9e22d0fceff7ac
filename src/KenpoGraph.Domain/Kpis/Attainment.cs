namespace KenpoGraph.Domain.Kpis;

/// <summary>Whether a KPI target was met.</summary>
public enum Attainment
{
    /// <summary>達成 / 〇.</summary>
    Attained,

    /// <summary>概ね達成: missed narrowly, judged broadly met by the publisher.</summary>
    BroadlyAttained,

    /// <summary>未達成 / ×.</summary>
    NotAttained,

    /// <summary>－: not assessed (a qualitative item).</summary>
    NotAssessed,
}

/// <summary>The attainment marks the sources print, and attainment computed from a rule.</summary>
public static class AttainmentMarks
{
    private static readonly IReadOnlyDictionary<string, Attainment> Marks = new Dictionary<string, Attainment>(StringComparer.Ordinal)
    {
        ["達成"] = Attainment.Attained,
        ["〇"] = Attainment.Attained,
        ["○"] = Attainment.Attained,
        ["概ね達成"] = Attainment.BroadlyAttained,
        ["未達成"] = Attainment.NotAttained,
        ["×"] = Attainment.NotAttained,
        ["－"] = Attainment.NotAssessed,
        ["-"] = Attainment.NotAssessed,
    };

    /// <summary>The printed marks, for messages.</summary>
    public static IEnumerable<string> Printed => Marks.Keys;

    public static bool TryParse(string? mark, out Attainment attainment) => Marks.TryGetValue(mark ?? "", out attainment);
}
