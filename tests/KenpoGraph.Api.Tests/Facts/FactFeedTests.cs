using System.Text;
using System.Text.Json;

namespace KenpoGraph.Api.Tests.Facts;

/// <summary>
/// The flat fact feed (issue 18 item 3): every measure at every level through one shape, equal to rollup row for row,
/// branch rates included, with Node ids that round-trip through node/nodes.
/// </summary>
public sealed class FactFeedTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    private const string Figures = "value numerator denominator contributors expectedContributors complete quality publishedValue difference grouping";

    private static string Row(JsonElement row, params string[] fields) =>
        string.Join("|", fields.Select(f => row.GetProperty(f) is var v && v.ValueKind == JsonValueKind.Null ? "null" : v.ToString()));

    [Theory]
    [InlineData("BRANCH")]
    [InlineData("REGION")]
    [InlineData("NATIONAL")]
    public async Task The_feed_equals_rollup_row_for_row_at_every_level(string level)
    {
        var data = await api.DataAsync($$"""
            {
              rollup(measures: ["membership.insured", "checkup.lifestyle.rate", "premium.rate"], fiscalYears: [2023, 2024], level: {{level}}) {
                id level orgUnitCode regionCode measureCode subject fiscalYear {{Figures}} }
              facts(first: 1000, where: { measureCode: { in: ["membership.insured", "checkup.lifestyle.rate", "premium.rate"] },
                                          fiscalYear: { in: [2023, 2024] }, level: { eq: {{level}} } }) {
                totalCount nodes { level orgUnitCode regionCode measureCode subject fiscalYear {{Figures}} } }
            }
            """);
        string[] fields = ["level", "orgUnitCode", "regionCode", "measureCode", "subject", "fiscalYear", .. Figures.Split(' ')];
        var rollup = data.GetProperty("rollup").EnumerateArray().Select(r => Row(r, fields)).Order(StringComparer.Ordinal).ToArray();
        var facts = data.GetProperty("facts").GetProperty("nodes").EnumerateArray().Select(r => Row(r, fields)).Order(StringComparer.Ordinal).ToArray();
        var expected = level switch { "BRANCH" => 47, "NATIONAL" => 1, _ => 8 } * 3 * 2;
        Assert.True(rollup.Length >= expected, $"{rollup.Length} roll-up rows, at least {expected} expected");
        Assert.Equal(rollup.Length, data.GetProperty("facts").GetProperty("totalCount").GetInt32());
        Assert.Equal(rollup, facts);
    }

    [Fact]
    public async Task A_branch_rate_is_a_row_of_the_feed_with_its_printed_figure_and_provenance()
    {
        var data = await api.DataAsync("""
            {
              facts(where: { orgUnitCode: { eq: "19" }, fiscalYear: { eq: 2024 }, measureCode: { eq: "checkup.lifestyle.rate" } }) {
                nodes { level orgUnit { nameJa } region { code } value numerator denominator quality publishedValue printedValue printedUnit basis documentCode locator } }
              observations(where: { orgUnitCode: { eq: "19" }, fiscalYear: { eq: 2024 }, measureCode: { eq: "checkup.lifestyle.rate" } }) {
                nodes { level region { code } printedValue documentCode locator } }
            }
            """);
        var fact = Assert.Single(data.GetProperty("facts").GetProperty("nodes").EnumerateArray());
        Assert.Equal("BRANCH", fact.GetProperty("level").GetString());
        Assert.Equal("山梨", fact.GetProperty("orgUnit").GetProperty("nameJa").GetString());
        Assert.Equal("CHUBU", fact.GetProperty("region").GetProperty("code").GetString());
        // seed 003 L722 prints 73.7 %; 78,870 examinees of 106,993 targets (demonstration counts) stand beside it
        Assert.Equal(73.7m, fact.GetProperty("value").GetDecimal());
        Assert.Equal(78_870m, fact.GetProperty("numerator").GetDecimal());
        Assert.Equal(106_993m, fact.GetProperty("denominator").GetDecimal());
        Assert.Equal("PUBLISHED", fact.GetProperty("quality").GetString());
        Assert.Equal(73.7m, fact.GetProperty("publishedValue").GetDecimal());
        var observation = Assert.Single(data.GetProperty("observations").GetProperty("nodes").EnumerateArray());
        Assert.Equal("BRANCH", observation.GetProperty("level").GetString());
        Assert.Equal("CHUBU", observation.GetProperty("region").GetProperty("code").GetString());
        foreach (var field in new[] { "printedValue", "documentCode", "locator" })
        {
            Assert.Equal(observation.GetProperty(field).GetString(), fact.GetProperty(field).GetString());
        }
    }

    [Fact]
    public async Task A_region_row_has_no_org_unit_and_the_national_row_the_headquarters_printed_figure()
    {
        var data = await api.DataAsync("""
            {
              region: facts(where: { regionCode: { eq: "KANTO" }, level: { eq: REGION }, fiscalYear: { eq: 2024 }, measureCode: { eq: "membership.insured" } }) {
                nodes { orgUnitCode orgUnit { code } region { nameEn } grouping printedValue expectedContributors } }
              nation: facts(where: { level: { eq: NATIONAL }, fiscalYear: { eq: 2024 }, measureCode: { eq: "membership.insured" } }) {
                nodes { orgUnitCode regionCode publishedValue printedValue printedUnit quality } }
            }
            """);
        var region = Assert.Single(data.GetProperty("region").GetProperty("nodes").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, region.GetProperty("orgUnitCode").ValueKind);
        Assert.Equal(JsonValueKind.Null, region.GetProperty("orgUnit").ValueKind);
        Assert.Equal(JsonValueKind.Null, region.GetProperty("printedValue").ValueKind);
        Assert.Equal("Kanto", region.GetProperty("region").GetProperty("nameEn").GetString());
        var nation = Assert.Single(data.GetProperty("nation").GetProperty("nodes").EnumerateArray());
        Assert.Equal("00", nation.GetProperty("orgUnitCode").GetString());
        Assert.Equal(JsonValueKind.Null, nation.GetProperty("regionCode").ValueKind);
        Assert.Equal(25_733_000m, nation.GetProperty("publishedValue").GetDecimal()); // seed 004 L74
        Assert.False(string.IsNullOrEmpty(nation.GetProperty("printedValue").GetString()));
    }

    [Fact]
    public async Task Ids_of_facts_roll_ups_observations_and_KPI_rows_are_stable_and_round_trip_through_node_and_nodes()
    {
        const string query = """
            {
              facts(first: 3, where: { measureCode: { eq: "checkup.lifestyle.rate" }, fiscalYear: { eq: 2024 } }, order: [{ level: DESC }]) { nodes { id level orgUnitCode regionCode value } }
              rollup(measures: ["membership.insured"], fiscalYears: [2024], level: REGION) { id regionCode value }
              observations(first: 2) { nodes { id orgUnitCode measureCode value } }
              kpiResults(first: 2) { nodes { id code } }
              kpiTargets(first: 2) { nodes { id code } }
            }
            """;
        var first = await api.DataAsync(query);
        var again = await api.DataAsync(query);
        Assert.Equal(first.ToString(), again.ToString());

        var ids = new List<(string Id, string Type, string Check)>();
        foreach (var fact in first.GetProperty("facts").GetProperty("nodes").EnumerateArray())
        {
            ids.Add((fact.GetProperty("id").GetString()!, "Fact", fact.GetProperty("value").ToString()));
        }
        ids.Add((first.GetProperty("rollup")[0].GetProperty("id").GetString()!, "Rollup", first.GetProperty("rollup")[0].GetProperty("value").ToString()));
        foreach (var observation in first.GetProperty("observations").GetProperty("nodes").EnumerateArray())
        {
            ids.Add((observation.GetProperty("id").GetString()!, "Observation", observation.GetProperty("value").ToString()));
        }
        foreach (var list in new[] { "kpiResults", "kpiTargets" })
        {
            foreach (var row in first.GetProperty(list).GetProperty("nodes").EnumerateArray())
            {
                ids.Add((row.GetProperty("id").GetString()!, list == "kpiResults" ? "KpiResult" : "KpiTarget", row.GetProperty("code").GetString()!));
            }
        }
        Assert.Equal(ids.Count, ids.Select(i => i.Id).Distinct().Count());

        var nodes = await api.DataAsync("""
            query ($ids: [ID!]!, $one: ID!) {
              nodes(ids: $ids) { __typename id ... on Fact { value } ... on Rollup { value } ... on Observation { observed: value } ... on KpiResult { code } ... on KpiTarget { code } }
              node(id: $one) { __typename id ... on Fact { value level } }
            }
            """, new { ids = ids.Select(i => i.Id).ToArray(), one = ids[0].Id });
        var resolved = nodes.GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(ids.Count, resolved.Length);
        for (var i = 0; i < ids.Count; i++)
        {
            Assert.Equal(ids[i].Type, resolved[i].GetProperty("__typename").GetString());
            Assert.Equal(ids[i].Id, resolved[i].GetProperty("id").GetString());
            var check = resolved[i].TryGetProperty("value", out var value) ? value.ToString()
                : resolved[i].TryGetProperty("observed", out var observed) ? observed.ToString() : resolved[i].GetProperty("code").GetString();
            Assert.Equal(ids[i].Check, check);
        }
        Assert.Equal(ids[0].Id, nodes.GetProperty("node").GetProperty("id").GetString());
        Assert.Equal("REGION", nodes.GetProperty("node").GetProperty("level").GetString());
    }

    [Fact]
    public async Task An_id_that_names_no_fact_resolves_to_null()
    {
        var missing = Convert.ToBase64String(Encoding.UTF8.GetBytes("Fact:BRANCH/19/1999/membership.insured"));
        var malformed = Convert.ToBase64String(Encoding.UTF8.GetBytes("Fact:nothing"));
        var data = await api.DataAsync("""query ($a: ID!, $b: ID!) { a: node(id: $a) { id } nodes(ids: [$a, $b]) { id } }""", new { a = missing, b = malformed });
        Assert.Equal(JsonValueKind.Null, data.GetProperty("a").ValueKind);
        Assert.All(data.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.ValueKind));
    }

    [Fact]
    public async Task A_nodes_only_selection_pages_through_the_feed_by_its_page_info()
    {
        const string where = """where: { fiscalYear: { eq: 2024 }, measureCode: { eq: "membership.insured" } }""";
        var whole = (await api.DataAsync($$"""{ facts(first: 100, {{where}}) { totalCount nodes { id } } }""")).GetProperty("facts");
        var seen = new List<string>();
        string? after = null;
        while (true)
        {
            var argument = after is null ? "" : $", after: \"{after}\"";
            var page = (await api.DataAsync($$"""{ facts(first: 20{{argument}}, {{where}}) { pageInfo { hasNextPage endCursor } nodes { id } } }""")).GetProperty("facts");
            seen.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        // 47 branches, the eight standard regions (the one grouping shipped) and the nation, each once, in the feed's order
        Assert.Equal(47 + 8 + 1, seen.Count);
        Assert.Equal(whole.GetProperty("totalCount").GetInt32(), seen.Count);
        Assert.Equal(whole.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!), seen);
    }

    [Fact]
    public async Task The_offset_segment_pages_the_same_rows_as_the_connection()
    {
        var data = await api.DataAsync("""
            {
              facts(first: 10, where: { level: { eq: BRANCH }, fiscalYear: { eq: 2024 }, measureCode: { eq: "checkup.lifestyle.rate" } }, order: [{ value: DESC }]) {
                totalCount nodes { id orgUnitCode value } }
              factSegment(skip: 5, take: 5, where: { level: { eq: BRANCH }, fiscalYear: { eq: 2024 }, measureCode: { eq: "checkup.lifestyle.rate" } }, order: [{ value: DESC }]) {
                totalCount pageInfo { hasNextPage hasPreviousPage } items { id orgUnitCode value } }
            }
            """);
        var connection = data.GetProperty("facts").GetProperty("nodes").EnumerateArray().Skip(5).Select(n => n.ToString()).ToArray();
        var segment = data.GetProperty("factSegment");
        Assert.Equal(47, segment.GetProperty("totalCount").GetInt32());
        Assert.True(segment.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(connection, segment.GetProperty("items").EnumerateArray().Select(n => n.ToString()).ToArray());
        var values = data.GetProperty("facts").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("value").GetDecimal()).ToArray();
        Assert.Equal(values.OrderDescending(), values);
    }

    [Fact]
    public async Task Nested_object_filters_reach_the_org_unit_the_region_and_the_measure()
    {
        var data = await api.DataAsync("""
            {
              facts(first: 100, where: { orgUnit: { nameEn: { eq: "Yamanashi" } }, measure: { subject: { eq: "CHECKUP" }, aggregation: { eq: RATIO } }, fiscalYear: { eq: 2024 } }) {
                nodes { orgUnitCode measureCode subject } }
              shikoku: facts(first: 100, where: { region: { nameEn: { eq: "Shikoku" } }, level: { eq: BRANCH }, fiscalYear: { eq: 2024 }, measureCode: { eq: "membership.insured" } }) {
                nodes { orgUnitCode } }
            }
            """);
        var rows = data.GetProperty("facts").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(["checkup.dependant.rate", "checkup.employer_data.rate", "checkup.lifestyle.rate"],
            rows.Select(r => r.GetProperty("measureCode").GetString()).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal("19", r.GetProperty("orgUnitCode").GetString()));
        Assert.Equal(["36", "37", "38", "39"], data.GetProperty("shikoku").GetProperty("nodes").EnumerateArray().Select(r => r.GetProperty("orgUnitCode").GetString()).Order(StringComparer.Ordinal));
    }
}
