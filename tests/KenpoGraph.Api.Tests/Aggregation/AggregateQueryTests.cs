using System.Text.Json;
using KenpoGraph.Api.Tests.Security;

namespace KenpoGraph.Api.Tests.Aggregation;

/// <summary>`aggregate` by each dimension, against the materialised roll-ups and the tests' own sums; year-over-year; paging and order; bad input.</summary>
[Collection(SecuredApiCollection.Name)]
public sealed class AggregateQueryTests(SecuredApi api)
{
    // Tokens of their own client: the shared fixture's rate limit (Limits:RateLimit, per client) stays for the other suites.
    private string Everything => api.Token(client: "aggregate-queries");

    private async Task<JsonElement[]> NodesAsync(string arguments, string fields, string? token = null)
    {
        var data = (await api.SendAsync($$"""{ aggregate({{arguments}}, first: 1000) { totalCount nodes { {{fields}} } } }""", token ?? Everything)).AssertAnswered();
        var nodes = data.GetProperty("aggregate").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(nodes.Length, data.GetProperty("aggregate").GetProperty("totalCount").GetInt32());
        return nodes;
    }

    private async Task<JsonElement[]> RollupAsync(string measure, int year, string level) =>
        (await api.SendAsync($$"""{ rollup(measures: ["{{measure}}"], fiscalYears: [{{year}}], level: {{level}}) { unitCode value numerator denominator contributors quality } }""",
            Everything)).AssertAnswered().GetProperty("rollup").EnumerateArray().ToArray();

    private static decimal? Number(JsonElement row, string field) => AggregateParts.Number(row, field);

    [SkippableTheory]
    [InlineData("membership.insured")]
    [InlineData("checkup.lifestyle.rate")]
    [InlineData("membership.average_standard_monthly_remuneration")]
    public async Task By_fiscal_year_a_group_is_the_national_roll_up_and_by_region_the_region_roll_ups(string measure)
    {
        var national = Assert.Single(await RollupAsync(measure, 2023, "NATIONAL"));
        var year = Assert.Single(await NodesAsync($$"""measures: ["{{measure}}"], groupBy: [FISCAL_YEAR], where: { fiscalYear: { eq: 2023 } }""",
            "fiscalYear value numerator denominator contributors expectedContributors complete quality"));
        Assert.Equal(2023, year.GetProperty("fiscalYear").GetInt32());
        Assert.Equal(Number(national, "value"), Number(year, "value"));
        Assert.Equal(Number(national, "numerator"), Number(year, "numerator"));
        Assert.Equal(Number(national, "denominator"), Number(year, "denominator"));
        Assert.Equal(national.GetProperty("contributors").GetInt32(), year.GetProperty("contributors").GetInt32());
        Assert.Equal(47, year.GetProperty("expectedContributors").GetInt32());

        var regions = (await RollupAsync(measure, 2023, "REGION")).ToDictionary(r => r.GetProperty("unitCode").GetString()!);
        var groups = await NodesAsync($$"""measures: ["{{measure}}"], groupBy: [REGION], where: { fiscalYear: { eq: 2023 } }""", "regionCode grouping value numerator denominator quality");
        Assert.Equal(8, groups.Length);
        foreach (var group in groups)
        {
            var region = regions[group.GetProperty("regionCode").GetString()!];
            Assert.Equal("STANDARD8", group.GetProperty("grouping").GetString());
            Assert.Equal(Number(region, "numerator"), Number(group, "numerator"));
            Assert.Equal(Number(region, "denominator"), Number(group, "denominator"));
            Assert.Equal(Number(region, "value"), Number(group, "value"));
            Assert.Equal(region.GetProperty("quality").GetString(), group.GetProperty("quality").GetString());
        }
    }

    [SkippableFact]
    public async Task A_rate_is_its_numerators_over_its_denominators_never_a_mean_of_branch_rates()
    {
        var group = Assert.Single(await NodesAsync("""measures: ["checkup.lifestyle.rate"], where: { fiscalYear: { eq: 2024 }, regionCode: { eq: "KANTO" } }""",
            "value numerator denominator mean min max count"));
        var branches = await RollupAsync("checkup.lifestyle.rate", 2024, "BRANCH");
        var kanto = branches.Where(b => string.CompareOrdinal(b.GetProperty("unitCode").GetString(), "08") >= 0 && string.CompareOrdinal(b.GetProperty("unitCode").GetString(), "14") <= 0).ToArray();
        Assert.Equal(7, group.GetProperty("count").GetInt32());
        var numerator = kanto.Sum(b => Number(b, "numerator")!.Value);
        var denominator = kanto.Sum(b => Number(b, "denominator")!.Value);
        Assert.Equal(numerator / denominator * 100m, Number(group, "value"));
        // The mean is the unweighted mean of the seven branch rates: descriptive, and not the value.
        var mean = kanto.Sum(b => Number(b, "value")!.Value) / 7m;
        Assert.Equal(mean, Number(group, "mean"));
        Assert.NotEqual(Number(group, "mean"), Number(group, "value"));
        Assert.Equal(kanto.Min(b => Number(b, "value")), Number(group, "min"));
        Assert.Equal(kanto.Max(b => Number(b, "value")), Number(group, "max"));
    }

    [SkippableFact]
    public async Task By_org_unit_a_group_is_the_branchs_own_row_with_its_printed_figure_and_no_spread()
    {
        var yamanashi = Assert.Single(await NodesAsync("""measures: ["checkup.lifestyle.rate"], groupBy: [ORG_UNIT], where: { fiscalYear: { eq: 2024 }, orgUnitCode: { eq: "19" } }""",
            "orgUnitCode orgUnit { nameJa } value numerator denominator quality count contributors expectedContributors complete min max mean"));
        Assert.Equal("山梨", yamanashi.GetProperty("orgUnit").GetProperty("nameJa").GetString());
        // seed 003 L722 prints 73.7 %: as rollup(level: BRANCH) gives it
        Assert.Equal(73.7m, Number(yamanashi, "value"));
        Assert.Equal(78_870m, Number(yamanashi, "numerator"));
        Assert.Equal(106_993m, Number(yamanashi, "denominator"));
        Assert.Equal("PUBLISHED", yamanashi.GetProperty("quality").GetString());
        Assert.True(yamanashi.GetProperty("complete").GetBoolean());
        Assert.Equal(JsonValueKind.Null, yamanashi.GetProperty("min").ValueKind);
        Assert.Equal(JsonValueKind.Null, yamanashi.GetProperty("mean").ValueKind);
    }

    [SkippableFact]
    public async Task By_subject_quality_and_org_unit_kind_the_groups_partition_the_rows()
    {
        var all = Assert.Single(await NodesAsync("""measures: ["membership.insured"], where: { fiscalYear: { gte: 2020 } }""", "value count"));
        var byQuality = await NodesAsync("""measures: ["membership.insured"], groupBy: [QUALITY, SUBJECT, ORG_UNIT_KIND], where: { fiscalYear: { gte: 2020 } }""",
            "qualityKey subject orgUnitKind value count quality");
        Assert.All(byQuality, g => Assert.Equal("MEMBERSHIP", g.GetProperty("subject").GetString()));
        Assert.All(byQuality, g => Assert.Equal("BRANCH", g.GetProperty("orgUnitKind").GetString()));
        Assert.All(byQuality, g => Assert.Equal(g.GetProperty("qualityKey").GetString() == "DEMO" ? "DEMO" : "DERIVED", g.GetProperty("quality").GetString()));
        Assert.Equal(all.GetProperty("count").GetInt32(), byQuality.Sum(g => g.GetProperty("count").GetInt32()));
        Assert.Equal(Number(all, "value"), byQuality.Sum(g => Number(g, "value")));

        var subjects = await NodesAsync("""measures: ["membership.insured", "checkup.lifestyle.rate", "guidance.insured.rate"], groupBy: [SUBJECT], where: { fiscalYear: { eq: 2024 } }""",
            "measureCode subject");
        Assert.Equal(["CHECKUP", "GUIDANCE", "MEMBERSHIP"], subjects.Select(g => g.GetProperty("subject").GetString()).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task A_custom_east_west_grouping_adds_up_to_the_nation_and_leaves_out_branches_in_no_group()
    {
        const string East = """ "01","02","03","04","05","06","07","08","09","10","11","12","13","14","15","16","17","18","19","20","21","22","23" """;
        const string West = """ "24","25","26","27","28","29","30","31","32","33","34","35","36","37","38","39","40","41","42","43","44","45","46","47" """;
        var national = Assert.Single(await RollupAsync("membership.insured", 2024, "NATIONAL"));
        var groups = await NodesAsync($$"""
            measures: ["membership.insured"], groupBy: [GROUP],
            groups: [{ code: "EAST", orgUnits: [{{East}}] }, { code: "WEST", orgUnits: [{{West}}] }], where: { fiscalYear: { eq: 2024 } }
            """,
            "groupCode value expectedContributors contributors complete");
        Assert.Equal(["EAST", "WEST"], groups.Select(g => g.GetProperty("groupCode").GetString()));
        Assert.Equal([23, 24], groups.Select(g => g.GetProperty("expectedContributors").GetInt32()));
        Assert.Equal(Number(national, "value"), groups.Sum(g => Number(g, "value")));

        // Kanto (08–14) alone as a group: the Kanto region's roll-up; the other branches are in no group and left out.
        var kanto = Assert.Single(await NodesAsync("""
            measures: ["membership.insured"], groupBy: [GROUP], groups: [{ code: "K", orgUnits: ["08","09","10","11","12","13","14"] }],
            where: { fiscalYear: { eq: 2024 } }
            """,
            "groupCode value count"));
        var region = (await RollupAsync("membership.insured", 2024, "REGION")).Single(r => r.GetProperty("unitCode").GetString() == "KANTO");
        Assert.Equal(Number(region, "value"), Number(kanto, "value"));
        Assert.Equal(7, kanto.GetProperty("count").GetInt32());
    }

    [SkippableFact]
    public async Task Year_over_year_gives_the_same_branches_one_year_earlier_and_the_change()
    {
        var current = await NodesAsync("""measures: ["checkup.lifestyle.rate"], groupBy: [REGION, FISCAL_YEAR], where: { fiscalYear: { eq: 2024 } }, yearOverYear: true""",
            "regionCode value previousValue previousContributors change changeRate changeQuality");
        var before = (await NodesAsync("""measures: ["checkup.lifestyle.rate"], groupBy: [REGION], where: { fiscalYear: { eq: 2023 } }""", "regionCode value"))
            .ToDictionary(g => g.GetProperty("regionCode").GetString()!);
        Assert.Equal(8, current.Length);
        foreach (var group in current)
        {
            var previous = Number(before[group.GetProperty("regionCode").GetString()!], "value");
            Assert.Equal(previous, Number(group, "previousValue"));
            Assert.Equal(Number(group, "value") - previous, Number(group, "change"));
            Assert.Equal((Number(group, "value") - previous) / previous * 100m, Number(group, "changeRate"));
            Assert.Equal("DEMO", group.GetProperty("changeQuality").GetString());
        }
        // Without yearOverYear the fields are null.
        var plain = Assert.Single(await NodesAsync("""measures: ["checkup.lifestyle.rate"], where: { fiscalYear: { eq: 2024 } }""", "previousValue change"));
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("previousValue").ValueKind);
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("change").ValueKind);
    }

    [SkippableFact]
    public async Task Pages_follow_the_order_and_together_give_every_group_once()
    {
        const string Arguments = """measures: ["checkup.lifestyle.rate"], groupBy: [ORG_UNIT], where: { fiscalYear: { eq: 2024 } }, order: [{ value: DESC }]""";
        var all = await NodesAsync(Arguments, "orgUnitCode value");
        Assert.Equal(47, all.Length);
        var values = all.Select(g => Number(g, "value")!.Value).ToArray();
        Assert.Equal(values.OrderDescending(), values);
        Assert.Equal("19", all[0].GetProperty("orgUnitCode").GetString()); // 73.7 %, the highest in FY2024

        var paged = new List<string>();
        string? after = null;
        do
        {
            var cursor = after is null ? "" : $", after: \"{after}\"";
            var page = (await api.SendAsync($$"""
                { aggregate({{Arguments}}, first: 10{{cursor}}) { totalCount pageInfo { hasNextPage endCursor } nodes { orgUnitCode } } }
                """,
                Everything)).AssertAnswered().GetProperty("aggregate");
            Assert.Equal(47, page.GetProperty("totalCount").GetInt32());
            paged.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("orgUnitCode").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        Assert.Equal(all.Select(g => g.GetProperty("orgUnitCode").GetString()), paged);

        var last = (await api.SendAsync($$"""{ aggregate({{Arguments}}, last: 3) { nodes { orgUnitCode } } }""", Everything)).AssertAnswered();
        Assert.Equal(all[^3..].Select(g => g.GetProperty("orgUnitCode").GetString()),
            last.GetProperty("aggregate").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("orgUnitCode").GetString()));

        // Without order: by measure, year, group keys.
        var byYear = await NodesAsync("""measures: ["membership.insured"], groupBy: [FISCAL_YEAR]""", "fiscalYear");
        var years = byYear.Select(g => g.GetProperty("fiscalYear").GetInt32()).ToArray();
        Assert.Equal(years.Order(), years);
    }

    [SkippableTheory]
    [InlineData("""measures: ["INSURED_PERSONS"]""", "INVALID_ARGUMENT", "Unknown measure(s): INSURED_PERSONS")]
    [InlineData("""measures: ["membership.insured"], groupBy: [GROUP]""", "AGGREGATE_GROUPS_INVALID", "no `groups` are given")]
    [InlineData("""measures: ["membership.insured"], groups: [{ code: "A", orgUnits: ["01"] }]""", "AGGREGATE_GROUPS_INVALID", "groupBy does not name GROUP")]
    [InlineData("""measures: ["membership.insured"], groupBy: [GROUP], groups: [{ code: "A", orgUnits: ["01", "02"] }, { code: "B", orgUnits: ["02", "03"] }]""", "AGGREGATE_GROUPS_INVALID",
        "Branch 02 is in both 'A' and 'B'")]
    [InlineData("""measures: ["membership.insured"], groupBy: [GROUP], groups: [{ code: "A", orgUnits: ["01", "99"] }]""", "AGGREGATE_GROUPS_INVALID", "names '99', which is no branch")]
    [InlineData("""measures: ["membership.insured"], groupBy: [GROUP], groups: [{ code: "A", orgUnits: ["00"] }]""", "AGGREGATE_GROUPS_INVALID", "names '00', which is no branch")]
    [InlineData("""measures: ["membership.insured"], groupBy: [GROUP], groups: [{ code: "A", orgUnits: ["01"] }, { code: "A", orgUnits: ["02"] }]""", "AGGREGATE_GROUPS_INVALID", "given twice")]
    [InlineData("""measures: ["membership.insured"], groupBy: [GROUP], groups: [{ code: "A", orgUnits: [] }]""", "AGGREGATE_GROUPS_INVALID", "has no `orgUnits`")]
    [InlineData("""measures: ["membership.insured"], groupBy: [GROUP], groups: []""", "AGGREGATE_GROUPS_INVALID", "`groups` is empty")]
    [InlineData("""measures: ["membership.insured"], groupBy: [REGION], grouping: "NOPE" """, "INVALID_ARGUMENT", "Unknown region grouping 'NOPE'")]
    [InlineData("""measures: ["membership.insured"], grouping: "STANDARD8" """, "INVALID_ARGUMENT", "groupBy does not name REGION")]
    public async Task Bad_input_is_refused_with_a_stable_code(string arguments, string code, string message)
    {
        var reply = await api.SendAsync($$"""{ aggregate({{arguments}}) { totalCount } }""", Everything);
        Assert.Equal([code], reply.ErrorCodes);
        Assert.Contains(message, reply.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_unknown_dimension_fails_validation()
    {
        var reply = await api.SendAsync("""{ aggregate(measures: ["membership.insured"], groupBy: [PREFECTURE]) { totalCount } }""", Everything);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], reply.ErrorCodes);
    }

    [SkippableFact]
    public async Task More_groups_than_the_cap_are_refused_with_AGGREGATE_TOO_LARGE()
    {
        var measures = (await api.SendAsync("{ measures { code aggregation } }", Everything)).AssertAnswered().GetProperty("measures").EnumerateArray()
            .Where(m => m.GetProperty("aggregation").GetString() != "NONE").Select(m => $"\"{m.GetProperty("code").GetString()}\"").ToArray();
        var reply = await api.SendAsync($$"""{ aggregate(measures: [{{string.Join(',', measures)}}], groupBy: [ORG_UNIT, FISCAL_YEAR]) { totalCount } }""", Everything);
        Assert.Equal(["AGGREGATE_TOO_LARGE"], reply.ErrorCodes);
        var extensions = reply.Json.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal(10_340, extensions.GetProperty("limit").GetInt32());
        Assert.True(extensions.GetProperty("actual").GetInt32() > 10_340);
        // Below the cap the same measures answer.
        var fewer = await api.SendAsync($$"""{ aggregate(measures: [{{string.Join(',', measures)}}], groupBy: [REGION, FISCAL_YEAR]) { totalCount } }""", Everything);
        Assert.True(fewer.AssertAnswered().GetProperty("aggregate").GetProperty("totalCount").GetInt32() > 1000);
    }
}
