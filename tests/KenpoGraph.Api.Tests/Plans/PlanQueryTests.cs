using System.Text.Json;
using Snapshooter.Xunit;

namespace KenpoGraph.Api.Tests.Plans;

/// <summary>Plan documents and their trees through HTTP.</summary>
public sealed class PlanQueryTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    [Fact]
    public async Task Nagano_2_health_promotion_2_carries_both_importance_and_difficulty_with_their_reasons()
    {
        var data = await api.DataAsync("""
            { plan(id: "seed-000/nagano-business-plan-2025") {
                kind orgUnit { nameJa } fiscalYear { warekiLabel } titleJa
                nodes { code depth ordinalLabel titleJa parent { ordinalLabel titleJa parent { ordinalLabel } }
                        flags { kind labelJa reasonJa } kpiTargets { kpi { code } threshold } source { locator } } } }
            """);
        var plan = data.GetProperty("plan");
        Assert.Equal("BUSINESS_PLAN", plan.GetProperty("kind").GetString());
        Assert.Equal("長野", plan.GetProperty("orgUnit").GetProperty("nameJa").GetString());
        Assert.Equal("令和7年度", plan.GetProperty("fiscalYear").GetProperty("warekiLabel").GetString());
        Assert.Equal("令和７年度長野支部事業計画", plan.GetProperty("titleJa").GetString());
        var nodes = plan.GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(52, nodes.Length);

        var node = Assert.Single(nodes, n => n.GetProperty("code").GetString() == "2025-20-BP-2.2.2");
        Assert.Equal("②", node.GetProperty("ordinalLabel").GetString());
        Assert.Equal("特定健診実施率・事業者健診データ取得率等の向上", node.GetProperty("titleJa").GetString());
        Assert.Equal("健康づくり", node.GetProperty("parent").GetProperty("titleJa").GetString());
        Assert.Equal("２．", node.GetProperty("parent").GetProperty("parent").GetProperty("ordinalLabel").GetString());
        var flags = node.GetProperty("flags").EnumerateArray().ToArray();
        Assert.Equal(["IMPORTANCE_HIGH", "DIFFICULTY_HIGH"], flags.Select(f => f.GetProperty("kind").GetString()));
        Assert.Equal(["【重要度：高】", "【困難度：高】"], flags.Select(f => f.GetProperty("labelJa").GetString()));
        Assert.All(flags, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("reasonJa").GetString())));
        // seed 000 L390-L399: the three checkup KPIs are printed under this measure
        Assert.Equal(["K-CHECKUP-INSURED", "K-EMPLOYER-CHECKUP-DATA", "K-CHECKUP-DEPENDANT"],
            node.GetProperty("kpiTargets").EnumerateArray().Select(t => t.GetProperty("kpi").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Flags_new_and_expanded_are_read_from_the_HQ_basic_policy_and_Mie_plan()
    {
        var data = await api.DataAsync("""
            {
              hq: plan(id: "seed-000/hq-basic-policy-2025") { nodes { titleJa level flags { kind } } }
              mie: plan(id: "seed-002/mie-business-plan-2025") { titleJa nodes { titleJa flags { kind reasonJa } } }
            }
            """);
        var hq = data.GetProperty("hq").GetProperty("nodes").EnumerateArray().ToArray();
        // seed 000 L85: （拡充） biosimilar roll-out; L28: （新規） electronic applications
        Assert.Contains(hq, n => n.GetProperty("titleJa").GetString()!.Contains("バイオシミラー", StringComparison.Ordinal)
            && n.GetProperty("flags").EnumerateArray().Any(f => f.GetProperty("kind").GetString() == "EXPANDED"));
        Assert.Contains(hq, n => n.GetProperty("titleJa").GetString()!.Contains("電子申請等の導入", StringComparison.Ordinal)
            && n.GetProperty("flags").EnumerateArray().Any(f => f.GetProperty("kind").GetString() == "NEW"));
        Assert.Equal(JsonValueKind.Null, data.GetProperty("mie").GetProperty("titleJa").ValueKind);
        // seed 002 L122-L128: レセプト内容点検の精度向上 is 【困難度：高】
        var mie = data.GetProperty("mie").GetProperty("nodes").EnumerateArray();
        Assert.Contains(mie, n => n.GetProperty("titleJa").GetString() == "レセプト内容点検の精度向上"
            && n.GetProperty("flags").EnumerateArray().Any(f => f.GetProperty("kind").GetString() == "DIFFICULTY_HIGH"));
    }

    [Fact]
    public async Task Plans_page_with_cursors_filter_and_order()
    {
        var first = await api.DataAsync("""
            {
              plans(first: 5, order: [{ fiscalYear: DESC }, { code: ASC }]) {
                totalCount nodes { code fiscalYear { year } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor }
              }
            }
            """);
        var page = first.GetProperty("plans");
        Assert.Equal(19, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(5, page.GetProperty("nodes").GetArrayLength());
        Assert.Equal("seed-000/hq-basic-policy-2025", page.GetProperty("nodes")[0].GetProperty("code").GetString());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        var endCursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        Assert.Equal(endCursor, page.GetProperty("edges")[4].GetProperty("cursor").GetString());

        var next = await api.DataAsync("query($after: String) { plans(first: 20, after: $after, order: [{ fiscalYear: DESC }, { code: ASC }]) { nodes { code } pageInfo { hasNextPage " +
            "hasPreviousPage } } }",
            new { after = endCursor });
        Assert.Equal(14, next.GetProperty("plans").GetProperty("nodes").GetArrayLength());
        Assert.False(next.GetProperty("plans").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(next.GetProperty("plans").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        var filtered = await api.DataAsync("""{ plans(where: { orgUnit: { eq: "19" }, kind: { in: [GOAL_ATTAINMENT, BUSINESS_REPORT] } }) { nodes { code } } }""");
        Assert.Equal(["seed-003/yamanashi-business-results-2024", "seed-003/yamanashi-goal-attainment-2024"],
            filtered.GetProperty("plans").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()));

        var seafarers = await api.DataAsync("{ plans(where: { scheme: { eq: SEAFARERS_INSURANCE } }) { totalCount } documents { code plans { code } } }");
        // the seafarers' plan, its KPI list and its account budget (seed 001)
        Assert.Equal(3, seafarers.GetProperty("plans").GetProperty("totalCount").GetInt32());
        Assert.Equal([5, 7, 3, 2, 2], seafarers.GetProperty("documents").EnumerateArray()
            .Where(d => d.GetProperty("code").GetString()!.StartsWith("seed-", StringComparison.Ordinal))
            .Select(d => d.GetProperty("plans").GetArrayLength()));
    }

    [Theory]
    [InlineData("{ plans(first: 1001) { totalCount } }", "`first` must be between 0 and 1000; it is 1001.")]
    [InlineData("""{ plans(after: "bm9wZQ==") { totalCount } }""", "`after` is not a cursor this API returned: 'bm9wZQ=='.")]
    public async Task Bad_paging_arguments_are_INVALID_ARGUMENT_errors(string query, string message)
    {
        var error = (await api.QueryAsync(query)).GetProperty("errors")[0];
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_plan_is_reachable_by_its_global_id()
    {
        var data = await api.DataAsync("""{ plan(id: "seed-003/yamanashi-goal-attainment-2024") { id } }""");
        var id = data.GetProperty("plan").GetProperty("id").GetString();
        var again = await api.DataAsync("query($id: ID!) { plan(id: $id) { code } node(id: $id) { ... on Plan { titleJa } } }", new { id });
        Assert.Equal("seed-003/yamanashi-goal-attainment-2024", again.GetProperty("plan").GetProperty("code").GetString());
        Assert.Equal("令和6年度目標達成状況", again.GetProperty("node").GetProperty("titleJa").GetString());
    }

    /// <summary>The whole Yamanashi FY2024 goal-attainment tree with its targets, results and marks, reviewed like code.</summary>
    [Fact]
    public async Task The_Yamanashi_goal_attainment_tree_matches_its_snapshot()
    {
        var data = await api.DataAsync("""
            { plan(id: "seed-003/yamanashi-goal-attainment-2024") {
                code kind scheme fiscalYear { year } orgUnit { code nameEn } titleJa titleEn titleLocator source { document { code fileName } locator quality uncertain note }
                roots { code ordinalLabel level depth titleJa titleEn bodyJa flags { kind labelJa reasonJa } children { code }
                  kpiTargets { code kpi { code nameJa unit } comparator rule threshold printedValue printedUnit status
                    result { value printedValue printedUnit dataFiscalYear periodBasis asOf printedAttainment attainment source { locator } }
                    publishedAttainment computedAttainment attainmentDisagrees source { locator uncertain } }
                  source { locator uncertain note } } } }
            """);
        Snapshot.Match(JsonSerializer.Serialize(data, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
    }
}
