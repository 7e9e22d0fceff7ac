using System.Net;
using System.Text;
using System.Text.Json;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>One warehouse under the shipped access defaults, shared by the attack suites (one start instead of one per class).</summary>
[CollectionDefinition(Name)]
public sealed class SecuredApiCollection : ICollectionFixture<SecuredApi>
{
    public const string Name = "Secured API";
}

/// <summary>
/// A partner scoped to 山梨 (19) reaches for 東京 (13, facts and roll-ups only), 長野 (20) and 三重 (24, plans, KPIs and
/// budgets) in every way GraphQL allows, and only ever gets 19's rows plus national and regional aggregates. Every
/// case checks the whole body for any other branch's code, names, node id or plan (<see cref="OutsideRights"/>), and
/// that 19's or the national rows it asked for alongside did come back, so an empty answer cannot pass.
/// </summary>
[Collection(SecuredApiCollection.Name)]
public sealed class BranchScopeAttackTests(SecuredApi api) : BranchScopeAttacks(api);

/// <summary>The suite itself, on whichever warehouse its API runs (SQLite here; PostgreSQL in PostgreSql/PostgreSqlAccessControlTests).</summary>
public abstract class BranchScopeAttacks(SecuredApi api)
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
    public async Task Direct_arguments_name_only_the_partners_branch()
    {
        var data = await AskAsYamanashi("""
            { yamanashi: branch(code: "19") { code nameJa } tokyo: branch(code: "13") { code nameJa }
              branches { code } headquarters { code } }
            """);
        Assert.Equal("山梨", data.GetProperty("yamanashi").GetProperty("nameJa").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("tokyo").ValueKind);
        Assert.Equal(["19"], data.GetProperty("branches").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
        Assert.Equal("00", data.GetProperty("headquarters").GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task Aliases_of_another_branch_come_back_empty()
    {
        var data = await AskAsYamanashi("""
            { a: branch(code: "13") { nameJa } b: branch(code: "13") { facts(fromYear: 2024, toYear: 2024) { orgUnitCode value } }
              c: observations(first: 10, where: { orgUnit: { eq: "13" } }) { totalCount nodes { orgUnitCode } }
              mine: observations(first: 5, where: { orgUnit: { eq: "19" }, fiscalYear: { eq: 2024 } }) { totalCount nodes { orgUnitCode } } }
            """);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("a").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("b").ValueKind);
        Assert.Equal(0, data.GetProperty("c").GetProperty("totalCount").GetInt32());
        Assert.True(data.GetProperty("mine").GetProperty("totalCount").GetInt32() > 0);
    }

    [SkippableFact]
    public async Task Fragments_and_inline_fragments_do_not_reach_another_branch()
    {
        var data = await AskAsYamanashi("""
            query Spread { ...Tokyo ... on Query { inline: branch(code: "13") { ...Unit } own: branch(code: "19") { ...Unit } } }
            fragment Tokyo on Query { tokyo: branch(code: "13") { ...Unit } }
            fragment Unit on OrgUnit { id code nameJa nameEn officialNameJa membership { fiscalYear { year } } }
            """);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("tokyo").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("inline").ValueKind);
        Assert.Equal("Yamanashi", data.GetProperty("own").GetProperty("nameEn").GetString());
    }

    [SkippableFact]
    public async Task Node_ids_of_another_branch_and_its_plans_resolve_to_nothing()
    {
        var data = await AskAsYamanashi("""
            query Ids($tokyo: ID!, $mine: ID!, $plan: ID!, $node: ID!) {
              tokyo: node(id: $tokyo) { id ... on OrgUnit { nameJa } }
              plan: node(id: $plan) { id ... on Plan { code } }
              planNode: node(id: $node) { id ... on PlanNode { titleJa } }
              many: nodes(ids: [$tokyo, $mine, $plan]) { id ... on OrgUnit { code } }
              byCode: plan(id: "seed-000/nagano-business-plan-2025") { code } }
            """, new
        {
            tokyo = NodeId("OrgUnit", "13"),
            mine = NodeId("OrgUnit", "19"),
            plan = NodeId("Plan", "seed-000/nagano-business-plan-2025"),
            node = NodeId("PlanNode", "2025-20-BP-1"),
        });
        foreach (var field in new[] { "tokyo", "plan", "planNode", "byCode" })
        {
            Assert.Equal(JsonValueKind.Null, data.GetProperty(field).ValueKind);
        }
        var many = data.GetProperty("many").EnumerateArray().ToArray();
        Assert.Equal(JsonValueKind.Null, many[0].ValueKind);
        Assert.Equal("19", many[1].GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, many[2].ValueKind);
    }

    [SkippableFact]
    public async Task Variables_carrying_another_branch_change_nothing()
    {
        const string query = """
            query ($code: String!, $codes: [String!]) {
              branch(code: $code) { code }
              observations(first: 100, where: { orgUnit: { in: $codes } }) { totalCount nodes { orgUnitCode } }
              rollup(measures: ["membership.insured"], fiscalYears: [2024], level: BRANCH, where: { unitCode: { in: $codes } }) { unitCode value } }
            """;
        var data = await AskAsYamanashi(query, new { code = "13", codes = new[] { "13", "19", "20" } });
        Assert.Equal(JsonValueKind.Null, data.GetProperty("branch").ValueKind);
        Assert.All(data.GetProperty("observations").GetProperty("nodes").EnumerateArray(), o => Assert.Equal("19", o.GetProperty("orgUnitCode").GetString()));
        Assert.Equal(["19"], data.GetProperty("rollup").EnumerateArray().Select(r => r.GetProperty("unitCode").GetString()));
    }

    [SkippableFact]
    public async Task Nested_connections_through_regions_and_plans_show_only_the_partners_rows()
    {
        var data = await AskAsYamanashi("""
            { regions { code branches { code facts(fromYear: 2024, toYear: 2024, subjects: ["MEMBERSHIP"]) { orgUnitCode }
                                        series(measure: "premium.rate", fromYear: 2023) { fiscalYear value } } }
              plans(first: 100) { totalCount nodes { code orgUnit { code region { branches { code } } }
                roots { children { code kpiTargets { orgUnit { code } result { orgUnit { code } } } } }
                kpiTargets { code orgUnit { code } plan { code } } } } }
            """);
        var regions = data.GetProperty("regions").EnumerateArray().ToArray();
        Assert.Equal(8, regions.Length);
        Assert.Equal(["19"], regions.SelectMany(r => r.GetProperty("branches").EnumerateArray()).Select(b => b.GetProperty("code").GetString()));
        var plans = data.GetProperty("plans").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Contains(plans, p => p.GetProperty("code").GetString() == "seed-003/yamanashi-goal-attainment-2024");
        Assert.Contains(plans, p => p.GetProperty("code").GetString() == "seed-001/health-business-plan-2024");
        Assert.All(plans, p => Assert.Contains(p.GetProperty("orgUnit").GetProperty("code").GetString(), new[] { "00", "19" }));
    }

    [SkippableFact]
    public async Task Branch_level_rollups_and_series_are_the_partners_and_regional_and_national_ones_stay()
    {
        var data = await AskAsYamanashi("""
            { branchLevel: rollup(measures: ["membership.insured", "checkup.lifestyle.rate"], fiscalYears: [2024], level: BRANCH) { unitCode orgUnit { code } }
              regional: rollup(measures: ["membership.insured"], fiscalYears: [2024], level: REGION) { unitCode value contributors }
              national: rollup(measures: ["membership.insured"], fiscalYears: [2024], level: NATIONAL) { unitCode value contributors }
              tokyo: rollup(measures: ["membership.insured"], fiscalYears: [2024], level: BRANCH, where: { unitCode: { eq: "13" } }) { unitCode }
              headquarters { series(measure: "membership.insured", fromYear: 2024, toYear: 2024) { value } } }
            """);
        Assert.Equal(["19", "19"], data.GetProperty("branchLevel").EnumerateArray().Select(r => r.GetProperty("unitCode").GetString()));
        var regional = data.GetProperty("regional").EnumerateArray().ToArray();
        Assert.Equal(8, regional.Length);
        // Aggregates are computed over every branch, not over what the partner may see.
        Assert.Equal(47, regional.Sum(r => r.GetProperty("contributors").GetInt32()));
        Assert.Equal(47, data.GetProperty("national")[0].GetProperty("contributors").GetInt32());
        Assert.Equal(0, data.GetProperty("tokyo").GetArrayLength());
        Assert.Equal(1, data.GetProperty("headquarters").GetProperty("series").GetArrayLength());
    }

    [SkippableFact]
    public async Task Where_filters_cannot_widen_the_row_filter()
    {
        var data = await AskAsYamanashi("""
            { any: observations(first: 1000, where: { or: [{ orgUnit: { eq: "13" } }, { region: { eq: "KANTO" } }, { orgUnit: { neq: "19" }, fiscalYear: { eq: 2024 } }] }) {
                totalCount nodes { orgUnitCode regionCode } }
              branches(where: { or: [{ code: { in: ["13", "19", "20"] } }, { nameJa: { eq: "東京" } }] }) { code }
              kpiTargets(first: 1000, where: { orgUnit: { in: ["20", "24", "19"] } }) { totalCount nodes { orgUnit { code } } }
              kpiResults(first: 1000, where: { orgUnit: { nin: ["00"] } }) { totalCount nodes { orgUnit { code } } }
              plans(first: 100, where: { orgUnit: { neq: "00" } }) { nodes { code } } }
            """);
        // Of everything that OR names, only the national FY2024 rows are the partner's to see.
        Assert.All(data.GetProperty("any").GetProperty("nodes").EnumerateArray(), o => Assert.Equal("00", o.GetProperty("orgUnitCode").GetString()));
        Assert.True(data.GetProperty("any").GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal(["19"], data.GetProperty("branches").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
        Assert.Equal(33, data.GetProperty("kpiTargets").GetProperty("totalCount").GetInt32());
        Assert.Equal(40, data.GetProperty("kpiResults").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, data.GetProperty("plans").GetProperty("nodes").GetArrayLength());
    }

    [SkippableFact]
    public async Task A_batched_request_is_refused_whole_without_data()
    {
        var body = JsonSerializer.Serialize(new object[]
        {
            new { query = """{ branch(code: "19") { nameJa } }""" },
            new { query = """{ branch(code: "13") { nameJa } }""" },
        });
        var reply = await api.SendAsync("", api.Yamanashi, body: body);
        reply.AssertRefused(HttpStatusCode.BadRequest, "BAD_REQUEST");
        Assert.DoesNotContain("山梨", reply.Body, StringComparison.Ordinal);
        OutsideRights.AssertOnly(reply.Body, "19");
    }

    [SkippableFact]
    public async Task Facts_membership_and_observations_of_the_partner_and_the_nation_only()
    {
        var data = await AskAsYamanashi("""
            { observations(first: 1000, where: { fiscalYear: { eq: 2024 }, subject: { eq: "MEMBERSHIP" } }) { totalCount nodes { orgUnitCode orgUnit { code nameJa } } }
              nationalMembership(fiscalYear: 2024) { orgUnit { code } members { value } }
              headquarters { facts(fromYear: 2024, toYear: 2024, subjects: ["MEMBERSHIP"]) { orgUnitCode } membership(fromYear: 2024) { orgUnit { code } } }
              branch(code: "19") { membership(fromYear: 2024, toYear: 2024) { orgUnit { code } insured { value } } } }
            """);
        var units = data.GetProperty("observations").GetProperty("nodes").EnumerateArray().Select(o => o.GetProperty("orgUnitCode").GetString()).Distinct().Order();
        Assert.Equal(["00", "19"], units);
        Assert.Equal(39_713_000m, data.GetProperty("nationalMembership").GetProperty("members").GetProperty("value").GetDecimal());
        Assert.Single(data.GetProperty("branch").GetProperty("membership").EnumerateArray());
    }

    [SkippableFact]
    public async Task KPI_targets_results_and_comparisons_of_other_branches_are_not_there()
    {
        var data = await AskAsYamanashi("""
            { kpiTargets(first: 1000) { totalCount nodes { code orgUnit { code } plan { code orgUnit { code } } planNode { code } result { orgUnit { code } }
                thresholdResolution { results { orgUnit { code } } } } }
              kpiResults(first: 1000) { totalCount nodes { orgUnit { code } target { orgUnit { code } } } }
              kpiComparison(kpi: "K-CHECKUP-INSURED", fiscalYears: [2025, 2024], orgUnits: ["19", "20", "24", "13", "00"]) {
                orgUnit { code } target { threshold } targets { orgUnit { code } } results { orgUnit { code } } }
              attainmentTallies { subject expected } }
            """);
        var targets = data.GetProperty("kpiTargets").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Contains(targets, t => t.GetProperty("orgUnit").GetProperty("code").GetString() == "19");
        Assert.Contains(targets, t => t.GetProperty("orgUnit").GetProperty("code").GetString() == "00");
        // National targets printed in Nagano's KPI table belong to that table: 72 + 20 national ones in the association's own documents remain.
        Assert.Equal(33 + 72 + 20, data.GetProperty("kpiTargets").GetProperty("totalCount").GetInt32());
        Assert.Equal(["19", "19", "00", "00"], data.GetProperty("kpiComparison").EnumerateArray().Select(c => c.GetProperty("orgUnit").GetProperty("code").GetString()));
        Assert.Equal(3, data.GetProperty("attainmentTallies").GetArrayLength());
    }

    [SkippableFact]
    public async Task Budgets_and_budget_checks_of_other_branches_are_not_there()
    {
        var data = await AskAsYamanashi("""
            { nagano: budget(account: BRANCH_PROGRAMME, fiscalYear: 2025, orgUnit: "20") { orgUnit { code } lines { code } }
              mie: budget(account: BRANCH_PROGRAMME, fiscalYear: 2025, orgUnit: "24") { lines { code } }
              national: budget(account: HEALTH_ACCOUNT, fiscalYear: 2025, orgUnit: "00") { plans { code } lines { code amounts { value } checks { status } } }
              budgetChecks { subject document { code } } }
            """);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("nagano").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("mie").ValueKind);
        Assert.Equal(20, data.GetProperty("national").GetProperty("lines").GetArrayLength());
        var checks = data.GetProperty("budgetChecks").EnumerateArray().ToArray();
        Assert.NotEmpty(checks);
        // Programme budgets are Nagano's and Mie's lines (NPB25-, MPB25-); none of their checks is left.
        Assert.DoesNotContain(checks, c => c.GetProperty("subject").GetString()!.StartsWith("NPB", StringComparison.Ordinal)
            || c.GetProperty("subject").GetString()!.StartsWith("MPB", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Documents_list_only_the_plans_the_partner_may_see()
    {
        var data = await AskAsYamanashi("""
            { documents { code plans { code orgUnit { code } kpiTargets { orgUnit { code } } } } }
            """);
        var plans = data.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("code").GetString()!,
            d => d.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("code").GetString()!).ToArray());
        // seed-000 is Nagano's packet: the national policy and budget printed in it stay, Nagano's own plans do not.
        Assert.Equal(["seed-000/hq-basic-policy-2025", "seed-000/national-budget-2025"], plans["seed-000"]);
        Assert.Empty(plans["seed-002"]);
        Assert.Equal(2, plans["seed-003"].Length);
    }

    [SkippableFact]
    public async Task A_daemon_token_with_app_roles_is_held_to_the_same_rows()
    {
        var token = api.Token(branches: "19", client: "partner-yamanashi-daemon", adjust: r => r with { AsApplication = true });
        var reply = await api.SendAsync("""{ branches { code } observations(where: { orgUnit: { eq: "13" } }) { totalCount } }""", token);
        var data = reply.AssertAnswered();
        OutsideRights.AssertOnly(reply.Body, "19");
        Assert.Equal(["19"], data.GetProperty("branches").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
        Assert.Equal(0, data.GetProperty("observations").GetProperty("totalCount").GetInt32());
    }

    [SkippableFact]
    public async Task A_cached_answer_for_another_caller_is_never_served_to_the_partner()
    {
        const string query = "{ branches { code } }";
        var everyone = await api.SendAsync(query, api.Token(client: "analyst-all-branches"));
        Assert.Equal(47, everyone.AssertAnswered().GetProperty("branches").GetArrayLength());
        var anonymous = await api.SendAsync(query);
        Assert.Equal(47, anonymous.AssertAnswered().GetProperty("branches").GetArrayLength());

        var partner = await api.SendAsync(query, api.Yamanashi);
        Assert.Equal(["19"], partner.AssertAnswered().GetProperty("branches").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
        OutsideRights.AssertOnly(partner.Body, "19");
        Assert.NotEqual(everyone.Headers.ETag, partner.Headers.ETag);
        Assert.Equal("private", partner.Headers.CacheControl!.Private ? "private" : "public");
    }

    [SkippableFact]
    public async Task A_partner_limited_to_two_branches_sees_both_and_no_third()
    {
        var reply = await api.SendAsync("""{ branches { code } b: branch(code: "13") { code } }""", api.Token(branches: "19 20", client: "partner-two"));
        var data = reply.AssertAnswered();
        OutsideRights.AssertOnly(reply.Body, "19", "20");
        Assert.Equal(["19", "20"], data.GetProperty("branches").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
    }

    [SkippableFact]
    public async Task The_incentive_ranking_shows_the_partner_its_own_entry_ranked_among_all_47_and_nobody_else()
    {
        var data = await AskAsYamanashi("""
            { incentiveRanking(resultsYear: 2023) { pool totalRewards rewardedBranches
                entries { branch { code } rank publishedRank } other: entry(branch: "13") { rank } mine: entry(branch: "19") { rank } }
              tokyo: branch(code: "13") { incentive(resultsYear: 2023) { rank } }
              yamanashi: branch(code: "19") { incentive(resultsYear: 2023) { rank publishedRank } } }
            """);
        var ranking = data.GetProperty("incentiveRanking");
        var entry = Assert.Single(ranking.GetProperty("entries").EnumerateArray());
        Assert.Equal("19", entry.GetProperty("branch").GetProperty("code").GetString());
        Assert.Equal(16, entry.GetProperty("publishedRank").GetInt32());
        // Its rank is still a place among all 47 (computed from every branch's figures), and the pool is national.
        var unrestricted = (await api.SendAsync("{ incentiveRanking(resultsYear: 2023) { pool entry(branch: \"19\") { rank } } }", api.Token())).AssertAnswered();
        Assert.Equal(unrestricted.GetProperty("incentiveRanking").GetProperty("entry").GetProperty("rank").GetInt32(), entry.GetProperty("rank").GetInt32());
        Assert.Equal(unrestricted.GetProperty("incentiveRanking").GetProperty("pool").GetDecimal(), ranking.GetProperty("pool").GetDecimal());
        Assert.Equal(JsonValueKind.Null, ranking.GetProperty("other").ValueKind);
        Assert.Equal(entry.GetProperty("rank").GetInt32(), ranking.GetProperty("mine").GetProperty("rank").GetInt32());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("tokyo").ValueKind);
        Assert.Equal(16, data.GetProperty("yamanashi").GetProperty("incentive").GetProperty("publishedRank").GetInt32());
    }

    [SkippableFact]
    public async Task A_simulation_changes_only_the_partners_branch_and_names_no_one_it_passed()
    {
        var data = await AskAsYamanashi("""
            { incentiveSimulation(resultsYear: 2023, changes: [{ branch: "19", indicator: 5, delta: 5 }]) {
                changes { branch value } moves { branch { code } rankChange passed { code } fellBehind { code } }
                changedBranches { branch { code } rankBefore rankAfter passed { code } } ranking { entries { branch { code } } } } }
            """);
        var simulation = data.GetProperty("incentiveSimulation");
        Assert.Equal("19", Assert.Single(simulation.GetProperty("moves").EnumerateArray()).GetProperty("branch").GetProperty("code").GetString());
        Assert.Empty(simulation.GetProperty("changedBranches")[0].GetProperty("passed").EnumerateArray());
        Assert.Single(simulation.GetProperty("ranking").GetProperty("entries").EnumerateArray());

        // Changing another branch (a delta would reveal its recorded value) is refused; the rest of the query is answered.
        var reply = await api.SendAsync("""
            { incentiveSimulation(resultsYear: 2023, changes: [{ branch: "13", indicator: 5, delta: 0 }]) { changes { branch value } }
              branch(code: "19") { code } }
            """, api.Yamanashi);
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(["INSUFFICIENT_SCOPE"], reply.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, reply.Data.GetProperty("incentiveSimulation").ValueKind);
        Assert.Equal("19", reply.Data.GetProperty("branch").GetProperty("code").GetString());
        OutsideRights.AssertOnly(reply.Body, "19");
    }

    [SkippableFact]
    public async Task A_document_does_not_lead_to_the_branch_that_issued_it_or_its_incentive_entries()
    {
        // The route of issue 15: the issuer of Nagano's (20) and Mie's (24) packets, and through it their incentive entries.
        var data = await AskAsYamanashi("""
            { documents { code orgUnit { code incentive(resultsYear: 2023) { rank total reward premiumBase indicators { number value previousValue } }
                facts(fromYear: 2024, toYear: 2024) { value } series(measure: "membership.insured", fromYear: 2023) { value } } } }
            """);
        var issuers = data.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("code").GetString()!, d => d.GetProperty("orgUnit"));
        Assert.Equal(JsonValueKind.Null, issuers["seed-000"].ValueKind);
        Assert.Equal(JsonValueKind.Null, issuers["seed-002"].ValueKind);
        Assert.Equal(JsonValueKind.Null, issuers["page-11-saitama"].ValueKind);
        Assert.Equal("19", issuers["seed-003"].GetProperty("code").GetString());
        Assert.Equal(16, (await api.SendAsync("{ branch(code: \"19\") { incentive(resultsYear: 2023) { publishedRank } } }", api.Yamanashi))
            .AssertAnswered().GetProperty("branch").GetProperty("incentive").GetProperty("publishedRank").GetInt32());
        Assert.Equal("00", issuers["seed-001"].GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task Provenance_of_visible_rows_does_not_lead_to_the_branch_whose_packet_prints_them()
    {
        // National plans and targets printed in Nagano's packet (seed-000) stay; the packet's issuer does not come with them.
        var data = await AskAsYamanashi("""
            query ($packet: ID!) {
              plans(first: 100) { nodes { code source { document { code orgUnit { code nameJa membership { insured { value } } } } } } }
              packet: node(id: $packet) { ... on SourceDocument { code orgUnit { code } plans { code } } }
              byIds: nodes(ids: [$packet]) { ... on SourceDocument { orgUnit { code } } }
              observations(first: 50, where: { orgUnit: { eq: "19" } }) { nodes { document { orgUnit { code } } } }
              attainmentTallies { document { code orgUnit { code } } }
              kpiTargets(first: 1000) { nodes { plan { source { document { orgUnit { code incentive(resultsYear: 2023) { rank } } } } } } } }
            """, new { packet = NodeId("SourceDocument", "seed-000") });
        var packet = data.GetProperty("packet");
        Assert.Equal("seed-000", packet.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, packet.GetProperty("orgUnit").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("byIds")[0].GetProperty("orgUnit").ValueKind);
        Assert.Contains(data.GetProperty("plans").GetProperty("nodes").EnumerateArray(), p => p.GetProperty("code").GetString() == "seed-000/hq-basic-policy-2025");
    }

    [SkippableFact]
    public async Task Computed_features_across_all_branches_hand_out_only_the_partners_entries()
    {
        var data = await AskAsYamanashi("""
            { baseline: incentiveSimulation(resultsYear: 2023, changes: [{ branch: "19", indicator: 1, delta: 30 }]) {
                baseline { entries { branch { code } indicators { value } } entry(branch: "20") { rank } }
                ranking { entries { branch { code } } mine: entry(branch: "19") { rank } }
                moves { branch { code } passed { code nameJa } fellBehind { code } } changes { branch } }
              kpiComparison(kpi: "K-CHECKUP-INSURED", fiscalYears: [2025], orgUnits: ["20", "24", "19"]) { orgUnit { code } targets { code } } }
            """);
        var simulation = data.GetProperty("baseline");
        Assert.Equal(["19"], simulation.GetProperty("baseline").GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("branch").GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Null, simulation.GetProperty("baseline").GetProperty("entry").ValueKind);
        var move = Assert.Single(simulation.GetProperty("moves").EnumerateArray());
        // Rising 30 points passes branches; none of them is named to a partner of 19 alone.
        Assert.Empty(move.GetProperty("passed").EnumerateArray());
        Assert.Equal(["19"], data.GetProperty("kpiComparison").EnumerateArray().Select(c => c.GetProperty("orgUnit").GetProperty("code").GetString()));
    }

    [SkippableFact]
    public async Task A_partner_of_two_branches_sees_the_issuer_of_both_and_the_ranking_entries_of_both_only()
    {
        var reply = await api.SendAsync("""
            { documents { code orgUnit { code incentive(resultsYear: 2023) { rank } } }
              incentiveRanking(resultsYear: 2023) { entries { branch { code } } } }
            """, api.Token(branches: "19 20", client: "partner-two"));
        var data = reply.AssertAnswered();
        OutsideRights.AssertOnly(reply.Body, "19", "20");
        var issuers = data.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("code").GetString()!, d => d.GetProperty("orgUnit"));
        Assert.Equal("20", issuers["seed-000"].GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, issuers["seed-002"].ValueKind);
        Assert.Equal(["19", "20"], data.GetProperty("incentiveRanking").GetProperty("entries").EnumerateArray()
            .Select(e => e.GetProperty("branch").GetProperty("code").GetString()).Order());
    }
}
