using System.Text;
using System.Text.Json;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// The fact feed for a partner limited to 山梨 (19): hidden branches' BRANCH rows are not there (the row filter), their
/// node ids resolve to nothing, and REGION and NATIONAL rows pass disclosure control exactly as rollup's do.
/// </summary>
[Collection(SecuredApiCollection.Name)]
public sealed class FactFeedAccessTests(SecuredApi api)
{
    private static string NodeId(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));

    private async Task<JsonElement> AskAsYamanashi(string query, object? variables = null)
    {
        var reply = await api.SendAsync(query, api.Yamanashi, variables);
        var data = reply.AssertAnswered();
        OutsideRights.AssertOnly(reply.Body, "19");
        return data;
    }

    [SkippableFact]
    public async Task A_partner_sees_its_own_branch_row_and_the_aggregates_and_no_other_branch()
    {
        const string query = """
            { facts(first: 1000, where: { fiscalYear: { eq: 2024 }, measureCode: { eq: "membership.insured" } }) {
                totalCount nodes { id level orgUnitCode regionCode orgUnit { code nameJa } region { code } value withheld } } }
            """;
        var data = await AskAsYamanashi(query);
        var rows = data.GetProperty("facts").GetProperty("nodes").EnumerateArray().ToArray();
        var branch = Assert.Single(rows, r => r.GetProperty("level").GetString() == "BRANCH");
        Assert.Equal("19", branch.GetProperty("orgUnitCode").GetString());
        Assert.Equal("山梨", branch.GetProperty("orgUnit").GetProperty("nameJa").GetString());
        Assert.Equal(8, rows.Count(r => r.GetProperty("level").GetString() == "REGION"));
        Assert.Single(rows, r => r.GetProperty("level").GetString() == "NATIONAL");
        Assert.Equal(1 + 8 + 1, data.GetProperty("facts").GetProperty("totalCount").GetInt32());
        // The same query unrestricted has every branch: what was left out was the row filter's doing.
        var all = (await api.SendAsync(query, api.Token())).AssertAnswered();
        Assert.Equal(47 + 8 + 1, all.GetProperty("facts").GetProperty("totalCount").GetInt32());
    }

    [SkippableFact]
    public async Task Node_ids_of_another_branchs_facts_roll_ups_observations_and_KPI_rows_resolve_to_nothing()
    {
        var hidden = (await api.SendAsync("""
            { kpiResults(first: 1, where: { orgUnit: { eq: "24" } }) { nodes { id } } kpiTargets(first: 1, where: { orgUnit: { eq: "20" } }) { nodes { id } } }
            """, api.Token())).AssertAnswered();
        var ids = new[]
        {
            NodeId("Fact", "BRANCH/13/2024/membership.insured"),
            NodeId("Rollup", "BRANCH/13/2024/membership.insured"),
            NodeId("Observation", "13/2024/membership.insured"),
            hidden.GetProperty("kpiResults").GetProperty("nodes")[0].GetProperty("id").GetString()!,
            hidden.GetProperty("kpiTargets").GetProperty("nodes")[0].GetProperty("id").GetString()!,
            NodeId("Fact", "BRANCH/19/2024/membership.insured"),
        };
        // The unrestricted caller resolves every one of them, so null below is the partner's rights, not a bad id.
        var unrestricted = (await api.SendAsync("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", api.Token(), new { ids })).AssertAnswered();
        Assert.All(unrestricted.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Object, n.ValueKind));

        var data = await AskAsYamanashi("""
            query ($ids: [ID!]!, $tokyo: ID!) {
              tokyo: node(id: $tokyo) { id ... on Fact { value } }
              nodes(ids: $ids) {
                id ... on Fact { orgUnitCode value } ... on Rollup { orgUnitCode } ... on Observation { observedUnit: orgUnitCode }
                ... on KpiResult { code } ... on KpiTarget { code }
              }
            }
            """, new { ids, tokyo = ids[0] });
        Assert.Equal(JsonValueKind.Null, data.GetProperty("tokyo").ValueKind);
        var nodes = data.GetProperty("nodes").EnumerateArray().ToArray();
        Assert.All(nodes[..5], n => Assert.Equal(JsonValueKind.Null, n.ValueKind));
        Assert.Equal("19", nodes[5].GetProperty("orgUnitCode").GetString());
    }

    [SkippableFact]
    public async Task Region_and_national_rows_of_the_feed_are_withheld_exactly_as_rollup_withholds_them()
    {
        var data = await AskAsYamanashi("""
            {
              rollup(measures: ["membership.insured"], fiscalYears: [2023], level: REGION) { regionCode value numerator withheld withheldCode }
              facts(where: { measureCode: { eq: "membership.insured" }, fiscalYear: { eq: 2023 }, level: { eq: REGION } }) {
                nodes { regionCode value numerator withheld withheldCode } }
              nation: facts(where: { measureCode: { eq: "membership.insured" }, fiscalYear: { eq: 2023 }, level: { eq: NATIONAL } }) {
                nodes { value withheld } }
              nationRollup: rollup(measures: ["membership.insured"], fiscalYears: [2023], level: NATIONAL) { value withheld }
            }
            """);
        static string[] Rows(JsonElement rows) => [.. rows.EnumerateArray().Select(r => r.ToString()).Order(StringComparer.Ordinal)];
        Assert.Equal(Rows(data.GetProperty("rollup")), Rows(data.GetProperty("facts").GetProperty("nodes")));
        Assert.Equal(Rows(data.GetProperty("nationRollup")), Rows(data.GetProperty("nation").GetProperty("nodes")));
        // Hokkaido is branch 01 alone: for this token its region is 01's figure, withheld with the code.
        var hokkaido = Assert.Single(data.GetProperty("facts").GetProperty("nodes").EnumerateArray(), r => r.GetProperty("regionCode").GetString() == "HOKKAIDO");
        Assert.True(hokkaido.GetProperty("withheld").GetBoolean());
        Assert.Equal("DISCLOSURE_WITHHELD", hokkaido.GetProperty("withheldCode").GetString());
        Assert.Equal(JsonValueKind.Null, hokkaido.GetProperty("value").ValueKind);
    }

    [SkippableTheory]
    [InlineData("value: { gt: 0 }", "")]
    [InlineData("or: [{ numerator: { lt: 0 } }, { numerator: { gte: 0 } }]", "")]
    [InlineData("", "order: [{ value: DESC }]")]
    public async Task Conditions_and_sorts_on_figures_answer_a_partner_with_branch_rows_only(string condition, string order)
    {
        // A condition on a withheld figure would tell where it lies (gt 0 or not), a sort its place among the others.
        var query = $$"""
            { facts(first: 100, {{order}} where: { level: { eq: REGION }, regionCode: { eq: "HOKKAIDO" }, fiscalYear: { eq: 2023 }, measureCode: { eq: "membership.insured" }, {{condition}} }) {
                totalCount nodes { level value } } }
            """;
        var unrestricted = (await api.SendAsync(query, api.Token())).AssertAnswered();
        Assert.Equal(1, unrestricted.GetProperty("facts").GetProperty("totalCount").GetInt32());
        var data = await AskAsYamanashi(query);
        Assert.Equal(0, data.GetProperty("facts").GetProperty("totalCount").GetInt32());
        // Without the figure condition the withheld row is there, with its figures null.
        var plain = await AskAsYamanashi("""
            { facts(where: { level: { eq: REGION }, regionCode: { eq: "HOKKAIDO" }, fiscalYear: { eq: 2023 }, measureCode: { eq: "membership.insured" } }) { nodes { value withheld } } }
            """);
        var row = Assert.Single(plain.GetProperty("facts").GetProperty("nodes").EnumerateArray());
        Assert.True(row.GetProperty("withheld").GetBoolean());
    }

    [SkippableTheory]
    [InlineData("value: { gt: 0 }")]
    [InlineData("and: [{ difference: { neq: 12345 } }]")]
    [InlineData("denominator: { eq: null }")]
    public async Task Rollup_conditions_on_figures_answer_a_partner_with_branch_rows_only(string condition)
    {
        // Was: rollup(level: REGION, where: { value: { gt: … } }) answered the withheld Hokkaido row or not, so a partner
        // could find a hidden branch's figure by halving the bound.
        var query = $$"""
            { rollup(measures: ["membership.insured"], fiscalYears: [2023], level: REGION, where: { unitCode: { eq: "HOKKAIDO" }, {{condition}} }) { level value } }
            """;
        Assert.Single((await api.SendAsync(query, api.Token())).AssertAnswered().GetProperty("rollup").EnumerateArray());
        Assert.Empty((await AskAsYamanashi(query)).GetProperty("rollup").EnumerateArray());
        // The partner's own branch row still answers the same condition.
        var own = await AskAsYamanashi($$"""
            { rollup(measures: ["membership.insured"], fiscalYears: [2023], level: BRANCH, where: { value: { gt: 0 } }) { orgUnitCode value } }
            """);
        Assert.Equal("19", Assert.Single(own.GetProperty("rollup").EnumerateArray()).GetProperty("orgUnitCode").GetString());
    }

    [SkippableFact]
    public async Task A_partners_own_branch_rows_still_answer_figure_conditions_and_sorts()
    {
        var data = await AskAsYamanashi("""
            { factSegment(take: 100, where: { value: { gt: 0 }, fiscalYear: { eq: 2024 }, measureCode: { eq: "membership.insured" } }, order: [{ value: DESC }]) {
                totalCount items { level orgUnitCode value } } }
            """);
        var row = Assert.Single(data.GetProperty("factSegment").GetProperty("items").EnumerateArray());
        Assert.Equal("19", row.GetProperty("orgUnitCode").GetString());
        Assert.True(row.GetProperty("value").GetDecimal() > 0);
    }
}
