using System.Text.Json;

namespace KenpoGraph.Api.Tests.FiscalYears;

public sealed class FiscalYearQueryTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    [Fact]
    public async Task Lists_FY2015_to_FY2025_with_wareki_labels()
    {
        var data = await api.DataAsync("{ fiscalYears { year label warekiLabel startsOn endsOn } }");
        var years = data.GetProperty("fiscalYears").EnumerateArray().ToArray();

        Assert.Equal(Enumerable.Range(2015, 11), years.Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal("平成27年度", years[0].GetProperty("warekiLabel").GetString());
        Assert.Equal("平成30年度", years[3].GetProperty("warekiLabel").GetString());
        Assert.Equal("令和元年度", years[4].GetProperty("warekiLabel").GetString());
        Assert.Equal("令和7年度", years[10].GetProperty("warekiLabel").GetString());
        Assert.Equal("FY2025", years[10].GetProperty("label").GetString());
        Assert.Equal("2025-04-01", years[10].GetProperty("startsOn").GetString());
        Assert.Equal("2026-03-31", years[10].GetProperty("endsOn").GetString());
    }

    [Fact]
    public async Task Filters_and_sorts_fiscal_years()
    {
        var data = await api.DataAsync("{ fiscalYears(where: { year: { gte: 2019, nlt: 2023 } }, order: [{ year: DESC }]) { year } }");
        Assert.Equal([2025, 2024, 2023], data.GetProperty("fiscalYears").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));
    }

    [Theory]
    [InlineData("令和元年度", 2019)]
    [InlineData("令和７年度", 2025)]
    [InlineData("平成27年度", 2015)]
    [InlineData("R6", 2024)]
    [InlineData("平成31年度", 2019)]
    [InlineData("令和٦年度", 2024)]
    public async Task Converts_wareki_to_western_years(string wareki, int year)
    {
        var data = await api.DataAsync("query($w: String) { fiscalYear(wareki: $w) { year warekiLabel } }", new { w = wareki });
        Assert.Equal(year, data.GetProperty("fiscalYear").GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task FY2019_answers_to_both_of_its_labels_and_lists_both()
    {
        foreach (var label in new[] { "令和元年度", "平成31年度" })
        {
            var data = await api.DataAsync("query($w: String) { fiscalYear(wareki: $w) { year warekiLabel warekiLabels } }", new { w = label });
            var year = data.GetProperty("fiscalYear");
            Assert.Equal(2019, year.GetProperty("year").GetInt32());
            Assert.Equal("令和元年度", year.GetProperty("warekiLabel").GetString());
            Assert.Equal(["令和元年度", "平成31年度"], year.GetProperty("warekiLabels").EnumerateArray().Select(l => l.GetString()));
        }
    }

    [Fact]
    public async Task A_year_the_warehouse_does_not_hold_is_null()
    {
        var data = await api.DataAsync("{ fiscalYear(year: 2014) { year } }");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("fiscalYear").ValueKind);
    }

    [Fact]
    public async Task A_bad_label_is_an_INVALID_ARGUMENT_error()
    {
        var result = await api.QueryAsync("""{ fiscalYear(wareki: "平成32年度") { year } }""");
        var error = result.GetProperty("errors")[0];
        Assert.Equal("'平成32年度': 平成 has no year 32.", error.GetProperty("message").GetString());
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());

        result = await api.QueryAsync("{ fiscalYear(year: 2020, wareki: \"令和2年度\") { year } }");
        Assert.Equal("Give exactly one of `year` and `wareki`.", result.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
