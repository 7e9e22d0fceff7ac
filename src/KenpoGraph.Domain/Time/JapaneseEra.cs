namespace KenpoGraph.Domain.Time;

/// <summary>The two eras fiscal-year labels use in the sources.</summary>
public sealed record JapaneseEra(string NameJa, string NameEn, string Initial, int FirstFiscalYear, int LastEraYear)
{
    // 平成 ran 1989–2019; its last fiscal year label in use is 平成30年度 (FY2018): FY2019 is 令和元年度
    // (the association labels the year that started in April 2019 with the new era).
    public static readonly JapaneseEra Heisei = new("平成", "Heisei", "H", 1989, 30);

    public static readonly JapaneseEra Reiwa = new("令和", "Reiwa", "R", 2019, 99);

    public static JapaneseEra FromName(string name) => name.ToUpperInvariant() switch
    {
        "令和" or "R" => Reiwa,
        "平成" or "H" => Heisei,
        _ => throw new FormatException($"Unknown era '{name}'."),
    };
}
