using System.Text.Json;

namespace KenpoGraph.Api.Tests.Facts;

public sealed class RollupQueryTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    [Fact]
    public async Task A_national_roll_up_shows_the_published_figure_beside_it()
    {
        var data = await api.DataAsync("""
            { rollup(measures: ["membership.insured"], fiscalYears: [2024], level: NATIONAL) {
                level unitCode fiscalYear rule publishedValue expectedContributors orgUnit { code } measure { nameJa } } }
            """);
        var row = Assert.Single(data.GetProperty("rollup").EnumerateArray());
        Assert.Equal("NATIONAL", row.GetProperty("level").GetString());
        Assert.Equal("00", row.GetProperty("orgUnit").GetProperty("code").GetString());
        Assert.Equal("SUM", row.GetProperty("rule").GetString());
        Assert.Equal(25_733_000m, row.GetProperty("publishedValue").GetDecimal()); // seed 004 L74
        Assert.Equal(47, row.GetProperty("expectedContributors").GetInt32());
        Assert.Equal("被保険者数", row.GetProperty("measure").GetProperty("nameJa").GetString());
    }

    [Fact]
    public async Task A_branch_rate_is_its_numerator_over_its_denominator()
    {
        var data = await api.DataAsync("""
            { rollup(measures: ["checkup.lifestyle.rate"], fiscalYears: [2024], level: BRANCH, where: { unitCode: { eq: "19" } }) {
                value numerator denominator rule quality } }
            """);
        var row = Assert.Single(data.GetProperty("rollup").EnumerateArray());
        Assert.Equal(78_870m, row.GetProperty("numerator").GetDecimal());
        Assert.Equal(106_993m, row.GetProperty("denominator").GetDecimal());
        Assert.Equal("73.7", Math.Round(row.GetProperty("value").GetDecimal(), 1).ToString(System.Globalization.CultureInfo.InvariantCulture)); // seed 003 L722 prints 73.7%
        Assert.Equal("RATIO", row.GetProperty("rule").GetString());
        Assert.Equal("DERIVED", row.GetProperty("quality").GetString());
    }

    [Fact]
    public async Task An_unknown_measure_is_an_INVALID_ARGUMENT_error()
    {
        var result = await api.QueryAsync("""{ rollup(measures: ["INSURED_PERSONS"], level: NATIONAL) { value } }""");
        var error = result.GetProperty("errors")[0];
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Unknown measure(s): INSURED_PERSONS. The `measures` query lists them.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_series_shows_year_on_year_change()
    {
        var data = await api.DataAsync("""{ branch(code: "19") { series(measure: "premium.rate", fromYear: 2025) { fiscalYear value previousValue change quality publishedValue } } }""");
        var point = Assert.Single(data.GetProperty("branch").GetProperty("series").EnumerateArray());
        // seed 003 L216: FY2025 9.89 %, 0.05 points below FY2024
        Assert.Equal(2025, point.GetProperty("fiscalYear").GetInt32());
        Assert.Equal(9.89m, point.GetProperty("value").GetDecimal());
        Assert.Equal(9.94m, point.GetProperty("previousValue").GetDecimal());
        Assert.Equal(-0.05m, point.GetProperty("change").GetDecimal());
        Assert.Equal("PUBLISHED", point.GetProperty("quality").GetString());
    }

    [Fact]
    public async Task Measures_declare_their_rules()
    {
        var measures = (await api.DataAsync("{ measures { code aggregation numeratorCode denominatorCode weightCode scale } }"))
            .GetProperty("measures").EnumerateArray().ToDictionary(m => m.GetProperty("code").GetString()!);
        Assert.Equal("RATIO", measures["guidance.insured.rate"].GetProperty("aggregation").GetString());
        Assert.Equal("guidance.insured.completions", measures["guidance.insured.rate"].GetProperty("numeratorCode").GetString());
        Assert.Equal(100m, measures["guidance.insured.rate"].GetProperty("scale").GetDecimal());
        Assert.Equal("membership.total_standard_remuneration", measures["premium.rate"].GetProperty("weightCode").GetString());
        Assert.Equal(JsonValueKind.Null, measures["membership.insured"].GetProperty("weightCode").ValueKind);
    }
}
