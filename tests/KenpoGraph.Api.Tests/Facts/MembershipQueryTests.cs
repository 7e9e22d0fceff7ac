using System.Text.Json;
using KenpoGraph.Warehouse.Loading;

namespace KenpoGraph.Api.Tests.Facts;

public sealed class MembershipQueryTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    [Fact]
    public async Task National_FY2024_membership_comes_back_as_printed_in_seed_004_with_its_source()
    {
        var data = await api.DataAsync("""
            {
              nationalMembership(fiscalYear: 2024) {
                fiscalYear { year warekiLabel }
                orgUnit { code nameJa }
                members { value printedValue printedUnit basis quality source { locator document { code titleJa fileName } } measure { code nameJa unit aggregation } }
                insured { value printedValue source { locator } }
                dependants { value printedValue source { locator } }
                voluntaryContinuationInsured { value printedValue }
                employers { value printedValue printedUnit }
                averageStandardMonthlyRemuneration { value printedValue printedUnit basis measure { aggregation weightCode } }
              }
            }
            """);
        var year = data.GetProperty("nationalMembership");
        Assert.Equal("令和6年度", year.GetProperty("fiscalYear").GetProperty("warekiLabel").GetString());
        Assert.Equal("00", year.GetProperty("orgUnit").GetProperty("code").GetString());

        var members = year.GetProperty("members");
        Assert.Equal(39_713_000m, members.GetProperty("value").GetDecimal());
        Assert.Equal("39,713", members.GetProperty("printedValue").GetString());
        Assert.Equal("千人", members.GetProperty("printedUnit").GetString());
        Assert.Equal("FISCAL_YEAR_END", members.GetProperty("basis").GetString());
        Assert.Equal("PUBLISHED", members.GetProperty("quality").GetString());
        Assert.Equal("L70", members.GetProperty("source").GetProperty("locator").GetString());
        var document = members.GetProperty("source").GetProperty("document");
        Assert.Equal("seed-004", document.GetProperty("code").GetString());
        Assert.Equal("令和６年度事業報告書（協会けんぽ2024）【概要版】", document.GetProperty("titleJa").GetString());
        Assert.Equal("004_ff5d298a56088a44.txt", document.GetProperty("fileName").GetString());
        Assert.Equal("SUM", members.GetProperty("measure").GetProperty("aggregation").GetString());

        Assert.Equal(25_733_000m, year.GetProperty("insured").GetProperty("value").GetDecimal());
        Assert.Equal("25,733", year.GetProperty("insured").GetProperty("printedValue").GetString());
        Assert.Equal("L74", year.GetProperty("insured").GetProperty("source").GetProperty("locator").GetString());
        Assert.Equal(13_980_000m, year.GetProperty("dependants").GetProperty("value").GetDecimal());
        Assert.Equal("13,980", year.GetProperty("dependants").GetProperty("printedValue").GetString());
        Assert.Equal(215_000m, year.GetProperty("voluntaryContinuationInsured").GetProperty("value").GetDecimal());
        Assert.Equal(2_757_000m, year.GetProperty("employers").GetProperty("value").GetDecimal());
        Assert.Equal("千カ所", year.GetProperty("employers").GetProperty("printedUnit").GetString());
        var remuneration = year.GetProperty("averageStandardMonthlyRemuneration");
        Assert.Equal(309_015m, remuneration.GetProperty("value").GetDecimal());
        Assert.Equal("FISCAL_YEAR_AVERAGE", remuneration.GetProperty("basis").GetString());
        Assert.Equal("membership.insured", remuneration.GetProperty("measure").GetProperty("weightCode").GetString());
    }

    [Fact]
    public async Task The_national_series_runs_FY2015_to_FY2024()
    {
        var data = await api.DataAsync("{ headquarters { membership(fromYear: 2015, toYear: 2025) { fiscalYear { year } members { printedValue } insured { printedValue } dependants { " +
            "printedValue } } } }");
        var series = data.GetProperty("headquarters").GetProperty("membership").EnumerateArray().ToArray();

        Assert.Equal(Enumerable.Range(2015, 10), series.Select(y => y.GetProperty("fiscalYear").GetProperty("year").GetInt32()));
        // seed 004 L70, L74, L82
        Assert.Equal(["37,184", "38,091", "38,941", "39,417", "40,460", "40,312", "40,282", "39,457", "39,559", "39,713"],
            series.Select(y => y.GetProperty("members").GetProperty("printedValue").GetString()));
        Assert.Equal("21,590", series[0].GetProperty("insured").GetProperty("printedValue").GetString());
        Assert.Equal("15,594", series[0].GetProperty("dependants").GetProperty("printedValue").GetString());
    }

    [Fact]
    public async Task A_range_narrows_the_series()
    {
        var data = await api.DataAsync("{ headquarters { membership(fromYear: 2022) { fiscalYear { year } } } }");
        Assert.Equal([2022, 2023, 2024], data.GetProperty("headquarters").GetProperty("membership").EnumerateArray()
            .Select(y => y.GetProperty("fiscalYear").GetProperty("year").GetInt32()));
    }

    [Fact]
    public async Task A_branch_without_figures_has_an_empty_series_not_zeros()
    {
        // The shipped demonstration data gives every branch membership figures; without it, Yamanashi has none.
        using var publishedOnly = new PublishedOnlyApi();
        var data = await publishedOnly.DataAsync("""{ branch(code: "19") { membership { fiscalYear { year } } } }""");
        Assert.Equal(0, data.GetProperty("branch").GetProperty("membership").GetArrayLength());
    }

    private sealed class PublishedOnlyApi() : KenpoGraphApi(withSeed: true, withoutFiles: SeedReader.OptionalFiles);

    [Fact]
    public async Task A_year_without_figures_is_null_and_a_year_outside_the_warehouse_is_an_error()
    {
        var data = await api.DataAsync("{ nationalMembership(fiscalYear: 2025) { members { value } } }");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("nationalMembership").ValueKind);

        var result = await api.QueryAsync("{ nationalMembership(fiscalYear: 2030) { members { value } } }");
        var error = result.GetProperty("errors")[0];
        Assert.Equal("UNKNOWN_FISCAL_YEAR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("FY2030 is not a fiscal year the warehouse holds (FY2015–FY2025).", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_reversed_range_is_an_INVALID_ARGUMENT_error()
    {
        var result = await api.QueryAsync("{ headquarters { membership(fromYear: 2024, toYear: 2020) { fiscalYear { year } } } }");
        var error = result.GetProperty("errors")[0];
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("fromYear (2024) is after toYear (2020).", error.GetProperty("message").GetString());
        Assert.Equal(["headquarters", "membership"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Every_response_names_its_data_version()
    {
        var result = await api.QueryAsync("{ dataVersion { id inputDigest loadedAt rowCounts { table rows } } }");
        var version = result.GetProperty("data").GetProperty("dataVersion");
        Assert.Equal(1, version.GetProperty("id").GetInt32());
        Assert.Matches("^[0-9a-f]{64}$", version.GetProperty("inputDigest").GetString());
        Assert.Contains(version.GetProperty("rowCounts").EnumerateArray(),
            r => r.GetProperty("table").GetString() == "fact_observation" && r.GetProperty("rows").GetInt32() == 21_067);
        Assert.Equal(1, result.GetProperty("extensions").GetProperty("dataVersion").GetInt32());
    }
}
