using System.Globalization;
using System.Text.RegularExpressions;

namespace KenpoGraph.Domain.Time;

/// <summary>
/// A Japanese fiscal year (年度): 1 April to 31 March, identified by the western year it starts in.
/// 令和N年度 = FY(2018+N) (令和元年度 = FY2019); 平成N年度 = FY(1988+N).
/// </summary>
public readonly partial record struct FiscalYear : IComparable<FiscalYear>
{
    /// <summary>First fiscal year the association's 平成-era labels cover; earlier eras are out of scope.</summary>
    public const int Earliest = 1989;
    public const int Latest = 2999;

    public FiscalYear(int year)
    {
        if (year is < Earliest or > Latest)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"A fiscal year must lie between {Earliest} and {Latest}.");
        }
        Year = year;
    }

    public int Year { get; }

    /// <summary>1 April of the starting year.</summary>
    public DateOnly StartsOn => new(Year, 4, 1);

    /// <summary>31 March of the following year.</summary>
    public DateOnly EndsOn => new(Year + 1, 3, 31);

    public JapaneseEra Era => Year >= JapaneseEra.Reiwa.FirstFiscalYear ? JapaneseEra.Reiwa : JapaneseEra.Heisei;

    /// <summary>Year within the era: 1 for 元年.</summary>
    public int EraYear => Year - Era.FirstFiscalYear + 1;

    /// <summary>The 和暦 label as the association prints it, e.g. 令和7年度, 令和元年度, 平成27年度.</summary>
    public string WarekiLabel => $"{Era.NameJa}{(EraYear == 1 ? "元" : EraYear.ToString(CultureInfo.InvariantCulture))}年度";

    /// <summary>
    /// Every 和暦 label in use for the year, the printed one first: FY2019 is 令和元年度, and also 平成31年度 (the label
    /// documents dated before the era changed on 1 May 2019 give it). Each label reads back as this year.
    /// </summary>
    public IReadOnlyList<string> WarekiLabels => Year == JapaneseEra.Reiwa.FirstFiscalYear
        ? [WarekiLabel, $"{JapaneseEra.Heisei.NameJa}{Year - JapaneseEra.Heisei.FirstFiscalYear + 1}年度"]
        : [WarekiLabel];

    /// <summary>The English label, e.g. FY2025.</summary>
    public string Label => $"FY{Year}";

    public bool Contains(DateOnly date) => date >= StartsOn && date <= EndsOn;

    public static FiscalYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    public FiscalYear Next => new(Year + 1);

    public FiscalYear Previous => new(Year - 1);

    /// <summary>
    /// Reads a 和暦 label: 令和7年度, 令和７年度 (full-width digits), 令和元年度, 平成27年度, 平成31年度 (= 令和元年度, FY2019),
    /// or the short forms 令和7 and R7 / H27. Digits of any script count (full-width, Arabic-Indic, Devanagari …):
    /// every character that is a decimal digit is read by its value.
    /// </summary>
    public static FiscalYear FromWareki(string label)
    {
        if (TryFromWareki(label, out var year, out var problem))
        {
            return year;
        }
        throw new FormatException(problem);
    }

    public static bool TryFromWareki(string? label, out FiscalYear year, out string problem)
    {
        year = default;
        var text = AsciiDigits((label ?? string.Empty).Trim().Normalize(System.Text.NormalizationForm.FormKC));
        var match = WarekiPattern().Match(text);
        if (!match.Success)
        {
            problem = $"'{label}' is not a 和暦 fiscal-year label such as 令和7年度 or 平成27年度.";
            return false;
        }
        var era = JapaneseEra.FromName(match.Groups["era"].Value);
        var eraYearText = match.Groups["year"].Value;
        var eraYear = eraYearText == "元" ? 1 : int.Parse(eraYearText, CultureInfo.InvariantCulture);
        if (eraYear < 1 || eraYear > era.LastEraYear)
        {
            problem = $"'{label}': {era.NameJa} has no year {eraYear}.";
            return false;
        }
        year = new FiscalYear(era.FirstFiscalYear + eraYear - 1);
        problem = string.Empty;
        return true;
    }

    /// <summary>Every decimal digit of any script (<see cref="char.IsDigit(char)"/>) replaced by its ASCII digit.</summary>
    internal static string AsciiDigits(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(text, i);
            if (digit >= 0)
            {
                builder.Append((char)('0' + digit));
                // A digit outside the Basic Multilingual Plane (e.g. mathematical digits) is a surrogate pair.
                if (char.IsHighSurrogate(text[i]))
                {
                    i++;
                }
            }
            else
            {
                builder.Append(text[i]);
            }
        }
        return builder.ToString();
    }

    public int CompareTo(FiscalYear other) => Year.CompareTo(other.Year);

    public static bool operator <(FiscalYear left, FiscalYear right) => left.Year < right.Year;
    public static bool operator >(FiscalYear left, FiscalYear right) => left.Year > right.Year;
    public static bool operator <=(FiscalYear left, FiscalYear right) => left.Year <= right.Year;
    public static bool operator >=(FiscalYear left, FiscalYear right) => left.Year >= right.Year;

    public override string ToString() => Label;

    [GeneratedRegex(@"^(?<era>令和|平成|R|H)\s*(?<year>元|[0-9]{1,2})\s*(年度)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WarekiPattern();
}
