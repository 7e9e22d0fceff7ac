using System.Text.Json;

namespace KenpoGraph.Api.Tests.Facts;

/// <summary>
/// Issue 17 as a new user checks it: printed figures come back exactly as printed with their document and line, national
/// roll-ups agree with the print to its rounding, and every value computed from demonstration data says so.
/// </summary>
public sealed class PrintedFigureQueryTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    [Fact]
    public async Task The_national_FY2024_cost_per_member_is_the_printed_212946_yen_beside_a_roll_up_that_rounds_to_it()
    {
        var data = await api.DataAsync("""
            { rollup(measures: ["medical_cost.per_member"], fiscalYears: [2024], level: NATIONAL) { value publishedValue difference quality }
              observations(where: { measure: { eq: "medical_cost.per_member" } }) { nodes { orgUnitCode fiscalYear printedValue quality locator document { code } } } }
            """);
        var row = Assert.Single(data.GetProperty("rollup").EnumerateArray());
        Assert.Equal(212_946m, row.GetProperty("publishedValue").GetDecimal());
        Assert.Equal(212_946m, Math.Round(row.GetProperty("value").GetDecimal(), MidpointRounding.AwayFromZero));
        Assert.InRange(row.GetProperty("difference").GetDecimal(), -0.5m, 0.5m);
        Assert.Equal("DEMO", row.GetProperty("quality").GetString());
        var printed = Assert.Single(data.GetProperty("observations").GetProperty("nodes").EnumerateArray());
        Assert.Equal("212,946", printed.GetProperty("printedValue").GetString());
        Assert.Equal("L190-L192", printed.GetProperty("locator").GetString());
        Assert.Equal("seed-004", printed.GetProperty("document").GetProperty("code").GetString());
    }

    [Theory]
    // seed 001 L1084-L1103 (FY2022), seed 002 L478-L583 (FY2023): the KPI tables' national rates as facts of the nation
    [InlineData("checkup.lifestyle.rate", 2022, 56.4)]
    [InlineData("checkup.employer_data.rate", 2022, 8.8)]
    [InlineData("checkup.dependant.rate", 2022, 27.7)]
    [InlineData("guidance.insured.rate", 2022, 18.2)]
    [InlineData("guidance.dependant.rate", 2022, 15.5)]
    [InlineData("checkup.lifestyle.rate", 2023, 57.7)]
    [InlineData("checkup.employer_data.rate", 2023, 7.1)]
    [InlineData("checkup.dependant.rate", 2023, 28.3)]
    [InlineData("guidance.insured.rate", 2023, 19.8)]
    public async Task National_KPI_table_rates_are_published_values_that_the_roll_up_rounds_to(string measure, int year, double printed)
    {
        var data = await api.DataAsync("query($m: String!, $y: Int!) { rollup(measures: [$m], fiscalYears: [$y], level: NATIONAL) { value publishedValue } }",
            new { m = measure, y = year });
        var row = Assert.Single(data.GetProperty("rollup").EnumerateArray());
        Assert.Equal((decimal)printed, row.GetProperty("publishedValue").GetDecimal());
        Assert.Equal((decimal)printed, Math.Round(row.GetProperty("value").GetDecimal(), 1, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public async Task Yamanashis_printed_figures_are_its_series_and_a_change_from_demonstration_data_says_so()
    {
        var data = await api.DataAsync("""
            { branch(code: "19") {
                checkups: series(measure: "checkup.lifestyle.rate", fromYear: 2022, toYear: 2024) { fiscalYear value quality previousQuality change changeQuality }
                dependants: series(measure: "checkup.dependant.examinees", fromYear: 2024, toYear: 2024) { value quality } } }
            """);
        var points = data.GetProperty("branch").GetProperty("checkups").EnumerateArray().ToDictionary(p => p.GetProperty("fiscalYear").GetInt32());
        // seed 003 L722: 79.0 % (FY2023), 73.7 % (FY2024), published; FY2022 is demonstration data
        Assert.Equal(79.0m, points[2023].GetProperty("value").GetDecimal());
        Assert.Equal("PUBLISHED", points[2023].GetProperty("quality").GetString());
        Assert.Equal(73.7m, points[2024].GetProperty("value").GetDecimal());
        Assert.Equal(-5.3m, points[2024].GetProperty("change").GetDecimal()); // the printed R6−R5 ▲5.3％
        Assert.Equal("DERIVED", points[2024].GetProperty("changeQuality").GetString());
        Assert.Equal("DEMO", points[2023].GetProperty("previousQuality").GetString());
        Assert.Equal("DEMO", points[2023].GetProperty("changeQuality").GetString());
        Assert.Equal("DEMO", points[2022].GetProperty("quality").GetString());
        var dependants = Assert.Single(data.GetProperty("branch").GetProperty("dependants").EnumerateArray());
        Assert.Equal(9_517m, dependants.GetProperty("value").GetDecimal());
        Assert.Equal("PUBLISHED", dependants.GetProperty("quality").GetString());
    }

    [Fact]
    public async Task Every_incentive_answer_built_on_demonstration_data_says_so_at_each_value()
    {
        var data = await api.DataAsync("""
            { branch(code: "19") { incentive(resultsYear: 2023) { rank publishedRank agreesWithPublished rewarded reward quality
                  indicators { number value valueQuality quality rank publishedRank agreesWithPublished } } }
              iwate: branch(code: "03") { incentive(resultsYear: 2021) { rank publishedRank quality indicators { number value valueQuality rank publishedRank } } }
              incentiveSimulation(resultsYear: 2023, changes: [{ branch: "19", indicator: 1, delta: 1 }]) { quality moves { quality } ranking { quality } } }
            """);
        var yamanashi = data.GetProperty("branch").GetProperty("incentive");
        // seed 003 L104-L111: 16th and no reward; the shipped data reproduce it, and say they are demonstration data
        Assert.Equal(16, yamanashi.GetProperty("rank").GetInt32());
        Assert.True(yamanashi.GetProperty("agreesWithPublished").GetBoolean());
        Assert.False(yamanashi.GetProperty("rewarded").GetBoolean());
        Assert.Equal("DEMO", yamanashi.GetProperty("quality").GetString());
        Assert.All(yamanashi.GetProperty("indicators").EnumerateArray(), i =>
        {
            Assert.Equal("DEMO", i.GetProperty("quality").GetString());
            Assert.True(i.GetProperty("agreesWithPublished").GetBoolean());
        });
        // ⑤ is its printed FY2023 year-end share 82.8 % (seed 003 L245), the others demonstration values
        var indicators = yamanashi.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("number").GetInt32());
        Assert.Equal(82.8m, indicators[5].GetProperty("value").GetDecimal());
        Assert.Equal("PUBLISHED", indicators[5].GetProperty("valueQuality").GetString());
        Assert.Equal("DEMO", indicators[1].GetProperty("valueQuality").GetString());

        // The Iwate page: FY2021 27th with ① 61.1 % … ⑤ 85.3 %, loaded as PUBLIC_PAGE values and ranked as printed
        var iwate = data.GetProperty("iwate").GetProperty("incentive");
        Assert.Equal(27, iwate.GetProperty("publishedRank").GetInt32());
        Assert.Equal(27, iwate.GetProperty("rank").GetInt32());
        Assert.Equal([61.1m, 17.0m, 33.3m, 10.6m, 85.3m], iwate.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("value").GetDecimal()));
        Assert.All(iwate.GetProperty("indicators").EnumerateArray(), i =>
        {
            Assert.Equal("PUBLIC_PAGE", i.GetProperty("valueQuality").GetString());
            Assert.Equal(i.GetProperty("publishedRank").GetInt32(), i.GetProperty("rank").GetInt32());
        });

        var simulation = data.GetProperty("incentiveSimulation");
        Assert.Equal("DEMO", simulation.GetProperty("quality").GetString());
        Assert.Equal("DEMO", simulation.GetProperty("ranking").GetProperty("quality").GetString());
        Assert.All(simulation.GetProperty("moves").EnumerateArray(), m => Assert.Equal("DEMO", m.GetProperty("quality").GetString()));
    }

    [Fact]
    public async Task Public_page_ranks_carry_the_pages_address()
    {
        var data = await api.DataAsync("""
            { branch(code: "11") { incentive(resultsYear: 2023) { rank publishedRank publishedSource { locator quality document { code } }
                  indicators { publishedRank publishedSource { locator quality } } } } }
            """);
        var saitama = data.GetProperty("branch").GetProperty("incentive");
        Assert.Equal(46, saitama.GetProperty("publishedRank").GetInt32());
        Assert.Equal(46, saitama.GetProperty("rank").GetInt32());
        Assert.Equal("https://www.kyoukaikenpo.or.jp/shibu/saitama/cat080/20220419", saitama.GetProperty("publishedSource").GetProperty("locator").GetString());
        Assert.Equal("PUBLIC_PAGE", saitama.GetProperty("publishedSource").GetProperty("quality").GetString());
        Assert.Equal("page-11-saitama", saitama.GetProperty("publishedSource").GetProperty("document").GetProperty("code").GetString());
        Assert.Equal([46, 45, 36, 35, 17], saitama.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("publishedRank").GetInt32()));
        Assert.All(saitama.GetProperty("indicators").EnumerateArray(),
            i => Assert.Equal(JsonValueKind.String, i.GetProperty("publishedSource").GetProperty("locator").ValueKind));
    }
}
