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
    public async Task A_printed_branch_rate_is_the_branchs_value_and_its_numerator_over_its_denominator_gives_it_back()
    {
        var data = await api.DataAsync("""
            { rollup(measures: ["checkup.lifestyle.rate"], fiscalYears: [2024], level: BRANCH, where: { unitCode: { eq: "19" } }) {
                value numerator denominator rule quality } }
            """);
        var row = Assert.Single(data.GetProperty("rollup").EnumerateArray());
        Assert.Equal(78_870m, row.GetProperty("numerator").GetDecimal());
        Assert.Equal(106_993m, row.GetProperty("denominator").GetDecimal());
        // seed 003 L722 prints 73.7 %: the printed figure is the value, with its quality, and 78,870 ÷ 106,993 rounds to it
        Assert.Equal(73.7m, row.GetProperty("value").GetDecimal());
        Assert.Equal(73.7m, Math.Round(78_870m / 106_993m * 100m, 1));
        Assert.Equal("RATIO", row.GetProperty("rule").GetString());
        Assert.Equal("PUBLISHED", row.GetProperty("quality").GetString());
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

public sealed class RollupCalibrationTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    [Fact]
    public async Task National_insured_rolls_up_from_47_branches_to_the_published_figure_exactly()
    {
        var rows = (await api.DataAsync("""
            { rollup(measures: ["membership.insured"], level: NATIONAL, where: { fiscalYear: { lte: 2024 } }) {
                fiscalYear value publishedValue difference contributors complete quality } }
            """)).GetProperty("rollup").EnumerateArray().ToArray();

        Assert.Equal(Enumerable.Range(2015, 10), rows.Select(r => r.GetProperty("fiscalYear").GetInt32()));
        Assert.All(rows, r =>
        {
            Assert.Equal(0m, r.GetProperty("difference").GetDecimal());
            Assert.Equal(47, r.GetProperty("contributors").GetInt32());
            Assert.True(r.GetProperty("complete").GetBoolean());
            Assert.Equal("DEMO", r.GetProperty("quality").GetString());
        });
        var fy2024 = rows.Single(r => r.GetProperty("fiscalYear").GetInt32() == 2024);
        Assert.Equal(25_733_000m, fy2024.GetProperty("value").GetDecimal()); // seed 004 L74: 25,733 thousand
    }

    [Fact]
    public async Task A_national_rate_is_the_sum_of_branch_numerators_over_the_sum_of_denominators_not_the_mean_of_rates()
    {
        var data = await api.DataAsync("""
            {
              branches: rollup(measures: ["checkup.lifestyle.rate"], fiscalYears: [2024], level: BRANCH) { value numerator denominator }
              regions: rollup(measures: ["checkup.lifestyle.rate"], fiscalYears: [2024], level: REGION) { numerator denominator }
              nation: rollup(measures: ["checkup.lifestyle.rate"], fiscalYears: [2024], level: NATIONAL) { value numerator denominator publishedValue }
            }
            """);
        var branches = data.GetProperty("branches").EnumerateArray().ToArray();
        var nation = Assert.Single(data.GetProperty("nation").EnumerateArray());
        Assert.Equal(47, branches.Length);

        var numerator = branches.Sum(b => b.GetProperty("numerator").GetDecimal());
        var denominator = branches.Sum(b => b.GetProperty("denominator").GetDecimal());
        Assert.Equal(numerator, nation.GetProperty("numerator").GetDecimal());
        Assert.Equal(denominator, nation.GetProperty("denominator").GetDecimal());
        Assert.Equal(numerator / denominator * 100m, nation.GetProperty("value").GetDecimal());
        // The regions add up to the same totals: rolling up the parts equals rolling up the whole.
        Assert.Equal(numerator, data.GetProperty("regions").EnumerateArray().Sum(r => r.GetProperty("numerator").GetDecimal()));
        Assert.Equal(denominator, data.GetProperty("regions").EnumerateArray().Sum(r => r.GetProperty("denominator").GetDecimal()));

        var meanOfRates = branches.Average(b => b.GetProperty("value").GetDecimal());
        Assert.NotEqual(Math.Round(meanOfRates, 1), Math.Round(nation.GetProperty("value").GetDecimal(), 1));
        Assert.Equal(58.4m, Math.Round(nation.GetProperty("value").GetDecimal(), 1)); // seed 004 L963 prints 58.4 %
        Assert.Equal(58.4m, nation.GetProperty("publishedValue").GetDecimal());
    }

    [Fact]
    public async Task A_BI_client_pages_through_every_observation_of_47_branches_by_11_years()
    {
        var total = (await api.DataAsync("""{ observations(first: 0, where: { orgUnit: { neq: "00" } }) { totalCount } }"""))
            .GetProperty("observations").GetProperty("totalCount").GetInt32();
        var keys = new HashSet<string>();
        string? after = null;
        do
        {
            var page = (await api.DataAsync("""
                query($after: String) { observations(first: 1000, after: $after, where: { orgUnit: { neq: "00" } }) {
                  totalCount pageInfo { hasNextPage endCursor } nodes { orgUnitCode fiscalYear measureCode } } }
                """, new { after })).GetProperty("observations");
            Assert.Equal(total, page.GetProperty("totalCount").GetInt32());
            foreach (var node in page.GetProperty("nodes").EnumerateArray())
            {
                Assert.True(keys.Add($"{node.GetProperty("orgUnitCode")}|{node.GetProperty("fiscalYear")}|{node.GetProperty("measureCode")}"), "a row came twice");
            }
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(total, keys.Count);
        Assert.Equal(47 * 11, keys.Select(k => k[..7]).Distinct().Count()); // every branch × fiscal year appears
    }
}
