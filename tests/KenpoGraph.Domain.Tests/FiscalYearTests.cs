using KenpoGraph.Domain.Time;

namespace KenpoGraph.Domain.Tests;

public sealed class FiscalYearTests
{
    [Theory]
    [InlineData("令和元年度", 2019)]
    [InlineData("令和7年度", 2025)]
    [InlineData("令和７年度", 2025)] // full-width digit, as seed 000 prints it
    [InlineData("令和６年度", 2024)]
    [InlineData("令和2年度", 2020)]
    [InlineData("平成27年度", 2015)]
    [InlineData("平成元年度", 1989)]
    [InlineData("平成30年度", 2018)]
    [InlineData("令和7", 2025)]
    [InlineData("R7", 2025)]
    [InlineData("H27", 2015)]
    [InlineData(" 令和 7 年度 ", 2025)]
    [InlineData("平成31年度", 2019)] // the label of FY2019 before the era changed, in common use
    [InlineData("平成３１年度", 2019)]
    [InlineData("H31", 2019)]
    [InlineData("令和٧年度", 2025)] // Arabic-Indic digit seven
    [InlineData("令和۷年度", 2025)] // extended Arabic-Indic (Persian) seven
    [InlineData("令和७年度", 2025)] // Devanagari seven
    [InlineData("平成২৭年度", 2015)] // Bengali two and seven
    [InlineData("令和𝟕年度", 2025)] // mathematical bold seven (outside the BMP)
    public void Reads_wareki_labels(string label, int expected) =>
        Assert.Equal(expected, FiscalYear.FromWareki(label).Year);

    [Theory]
    [InlineData(2019, "令和元年度")]
    [InlineData(2025, "令和7年度")]
    [InlineData(2018, "平成30年度")]
    [InlineData(2015, "平成27年度")]
    [InlineData(1989, "平成元年度")]
    public void Prints_wareki_labels(int year, string expected) =>
        Assert.Equal(expected, new FiscalYear(year).WarekiLabel);

    [Theory]
    [InlineData(1989)]
    [InlineData(2018)]
    [InlineData(2019)]
    [InlineData(2025)]
    [InlineData(2100)]
    public void Labels_round_trip(int year) =>
        Assert.Equal(year, FiscalYear.FromWareki(new FiscalYear(year).WarekiLabel).Year);

    [Theory]
    [InlineData("平成32年度", "'平成32年度': 平成 has no year 32.")]
    [InlineData("平成٣٢年度", "'平成٣٢年度': 平成 has no year 32.")]
    [InlineData("令和一年度", "'令和一年度' is not a 和暦 fiscal-year label such as 令和7年度 or 平成27年度.")]
    [InlineData("令和0年度", "'令和0年度': 令和 has no year 0.")]
    [InlineData("昭和64年度", "'昭和64年度' is not a 和暦 fiscal-year label such as 令和7年度 or 平成27年度.")]
    [InlineData("2025", "'2025' is not a 和暦 fiscal-year label such as 令和7年度 or 平成27年度.")]
    [InlineData("", "'' is not a 和暦 fiscal-year label such as 令和7年度 or 平成27年度.")]
    public void Refuses_what_is_not_a_label(string label, string message)
    {
        Assert.False(FiscalYear.TryFromWareki(label, out _, out var problem));
        Assert.Equal(message, problem);
        Assert.Equal(message, Assert.Throws<FormatException>(() => FiscalYear.FromWareki(label)).Message);
    }

    [Fact]
    public void FY2019_has_two_labels_and_both_read_back_as_FY2019()
    {
        var year = new FiscalYear(2019);
        Assert.Equal(["令和元年度", "平成31年度"], year.WarekiLabels);
        Assert.All(year.WarekiLabels, label => Assert.Equal(2019, FiscalYear.FromWareki(label).Year));
        Assert.Equal(["平成30年度"], new FiscalYear(2018).WarekiLabels);
        Assert.Equal(["令和2年度"], new FiscalYear(2020).WarekiLabels);
    }

    [Fact]
    public void Runs_from_first_of_April_to_end_of_March()
    {
        var year = new FiscalYear(2024);
        Assert.Equal(new DateOnly(2024, 4, 1), year.StartsOn);
        Assert.Equal(new DateOnly(2025, 3, 31), year.EndsOn);
        Assert.Equal("FY2024", year.Label);
        Assert.Equal(2024, FiscalYear.Containing(new DateOnly(2025, 3, 31)).Year);
        Assert.Equal(2025, FiscalYear.Containing(new DateOnly(2025, 4, 1)).Year);
        // seed 000: マイナ保険証 usage measured on 2024-11-30 falls in 令和6年度
        Assert.Equal("令和6年度", FiscalYear.Containing(new DateOnly(2024, 11, 30)).WarekiLabel);
    }

    [Fact]
    public void Refuses_years_outside_the_supported_eras() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(1988));
}
