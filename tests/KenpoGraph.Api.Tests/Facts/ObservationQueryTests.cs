using System.Text.Json;

namespace KenpoGraph.Api.Tests.Facts;

public sealed class ObservationQueryTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    [Fact]
    public async Task Paging_with_cursors_visits_every_observation_once_and_counts_them()
    {
        // Two branches and the nation over three years keep the walk short; the paging logic is the same for any filter.
        const string where = """{ orgUnit: { in: ["00", "19", "47"] }, fiscalYear: { gte: 2022, lte: 2024 } }""";
        var total = (await api.DataAsync($"{{ observations(first: 0, where: {where}) {{ totalCount }} }}")).GetProperty("observations").GetProperty("totalCount").GetInt32();
        Assert.InRange(total, 100, 1000);
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = (await api.DataAsync("""
                query($after: String, $where: ObservationFilterInput) {
                  observations(first: 37, after: $after, where: $where, order: [{ fiscalYear: DESC }]) {
                    totalCount
                    pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
                    edges { cursor node { orgUnitCode fiscalYear measureCode } }
                  }
                }
                """, new { after, where = new { orgUnit = new { @in = new[] { "00", "19", "47" } }, fiscalYear = new { gte = 2022, lte = 2024 } } })).GetProperty("observations");
            Assert.Equal(total, page.GetProperty("totalCount").GetInt32());
            Assert.Equal(after is not null, page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            seen.AddRange(page.GetProperty("edges").EnumerateArray().Select(e =>
            {
                var node = e.GetProperty("node");
                return $"{node.GetProperty("orgUnitCode")}|{node.GetProperty("fiscalYear")}|{node.GetProperty("measureCode")}";
            }));
            pages++;
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal((total + 36) / 37, pages);
    }

    [Fact]
    public async Task Filters_by_measure_org_unit_region_year_and_quality_in_one_where()
    {
        var data = await api.DataAsync("""
            {
              observations(where: { region: { eq: "CHUBU" }, fiscalYear: { eq: 2024 }, quality: { eq: PUBLISHED }, measure: { startsWith: "checkup.lifestyle" } }) {
                totalCount
                nodes { orgUnitCode regionCode measureCode value printedValue printedUnit quality locator document { code } measure { nameJa } }
              }
            }
            """);
        var nodes = data.GetProperty("observations").GetProperty("nodes").EnumerateArray().ToArray();
        // seed 003: Yamanashi's 78,870 examinees (L722) of 106,993 targets (L726), and the printed rate 73.7 % (L722)
        Assert.Equal(["checkup.lifestyle.examinees", "checkup.lifestyle.rate", "checkup.lifestyle.target"], nodes.Select(n => n.GetProperty("measureCode").GetString()));
        Assert.All(nodes, n => Assert.Equal("19", n.GetProperty("orgUnitCode").GetString()));
        Assert.Equal(78_870m, nodes[0].GetProperty("value").GetDecimal());
        Assert.Equal("78,870", nodes[0].GetProperty("printedValue").GetString());
        Assert.Equal("L722", nodes[0].GetProperty("locator").GetString());
        Assert.Equal("seed-003", nodes[0].GetProperty("document").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Refuses_pages_larger_than_the_limit_and_cursors_it_did_not_hand_out()
    {
        var result = await api.QueryAsync("{ observations(first: 1001) { totalCount } }");
        Assert.Equal("`first` must be between 0 and 1000; it is 1001.", result.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("INVALID_ARGUMENT", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        result = await api.QueryAsync("""{ observations(after: "not-a-cursor") { totalCount } }""");
        Assert.Equal("`after` is not a cursor this API returned: 'not-a-cursor'.", result.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Last_and_before_page_backwards()
    {
        var all = (await api.DataAsync("{ observations(first: 1000) { edges { cursor node { measureCode orgUnitCode fiscalYear } } } }"))
            .GetProperty("observations").GetProperty("edges").EnumerateArray().ToArray();
        var before = all[5].GetProperty("cursor").GetString();

        var page = (await api.DataAsync("query($before: String) { observations(last: 2, before: $before) { pageInfo { hasPreviousPage hasNextPage } edges { cursor } } }", new { before }))
            .GetProperty("observations");

        Assert.Equal([all[3].GetProperty("cursor").GetString(), all[4].GetProperty("cursor").GetString()],
            page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }
}
