namespace KenpoGraph.Domain.Time;

/// <summary>The two eras fiscal-year labels use in the sources.</summary>
public sealed record JapaneseEra(string NameJa, string NameEn, string Initial, int FirstFiscalYear, int LastEraYear)
{
    // 平成 ran 1989–2019. The fiscal year that started in April 2019 is printed 令和元年度 (the association labels it
    // with the new era), but documents of early 2019 call it 平成31年度, which is in common use too: both read as FY2019,
    // and FY2019 prints as 令和元年度. So 平成 runs to year 31 when read.
    public static readonly JapaneseEra Heisei = new("平成", "Heisei", "H", 1989, 31);

    public static readonly JapaneseEra Reiwa = new("令和", "Reiwa", "R", 2019, 99);

    public static JapaneseEra FromName(string name) => name.ToUpperInvariant() switch
    {
        "令和" or "R" => Reiwa,
        "平成" or "H" => Heisei,
        _ => throw new FormatException($"Unknown era '{name}'."),
    };
}
