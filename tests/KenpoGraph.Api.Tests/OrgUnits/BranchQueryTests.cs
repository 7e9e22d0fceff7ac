using System.Text.Json;

namespace KenpoGraph.Api.Tests.OrgUnits;

public sealed class BranchQueryTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    [Fact]
    public async Task Lists_the_47_branches_from_Hokkaido_to_Okinawa()
    {
        var data = await api.DataAsync("{ branches { code nameJa nameEn } }");
        var branches = data.GetProperty("branches").EnumerateArray().ToArray();

        Assert.Equal(47, branches.Length);
        Assert.Equal(Enumerable.Range(1, 47).Select(n => n.ToString("00")), branches.Select(b => b.GetProperty("code").GetString()));
        Assert.Equal("北海道", branches[0].GetProperty("nameJa").GetString());
        Assert.Equal("Hokkaido", branches[0].GetProperty("nameEn").GetString());
        Assert.Equal("沖縄", branches[46].GetProperty("nameJa").GetString());
        Assert.Equal("Okinawa", branches[46].GetProperty("nameEn").GetString());
    }

    [Fact]
    public async Task Filters_and_sorts_with_HotChocolate_conventions()
    {
        var data = await api.DataAsync("""
            { branches(where: { nameEn: { startsWith: "O" } }, order: [{ nameEn: DESC }]) { code nameEn } }
            """);
        Assert.Equal(["Osaka", "Okinawa", "Okayama", "Oita"], Names(data));

        data = await api.DataAsync("""
            { branches(where: { or: [{ code: { in: ["19", "20"] } }, { nameJa: { eq: "三重" } }] }) { nameEn } }
            """);
        Assert.Equal(["Yamanashi", "Nagano", "Mie"], Names(data));

        data = await api.DataAsync("""
            { branches(where: { and: [{ code: { startsWith: "4" } }, { nameJa: { ncontains: "島" } }], kind: { eq: BRANCH } }, order: [{ code: DESC }]) { nameEn } }
            """);
        Assert.Equal(["Okinawa", "Miyazaki", "Oita", "Kumamoto", "Nagasaki", "Saga", "Fukuoka"], Names(data));
    }

    [Fact]
    public async Task Filters_with_variables()
    {
        var data = await api.DataAsync("query($where: OrgUnitFilterInput) { branches(where: $where) { nameEn } }",
            new { where = new { code = new { nin = Enumerable.Range(2, 46).Select(n => n.ToString("00")) } } });
        Assert.Equal(["Hokkaido"], Names(data));
    }

    [Fact]
    public async Task Finds_one_branch_with_its_region()
    {
        var data = await api.DataAsync("""{ branch(code: "19") { code kind nameJa nameEn officialNameJa region { code nameJa nameEn } } }""");
        var branch = data.GetProperty("branch");
        Assert.Equal("BRANCH", branch.GetProperty("kind").GetString());
        Assert.Equal("山梨", branch.GetProperty("nameJa").GetString());
        Assert.Equal("全国健康保険協会山梨支部", branch.GetProperty("officialNameJa").GetString());
        Assert.Equal("CHUBU", branch.GetProperty("region").GetProperty("code").GetString());
        Assert.Equal("中部", branch.GetProperty("region").GetProperty("nameJa").GetString());
    }

    [Fact]
    public async Task An_unknown_branch_is_null_and_the_headquarters_is_not_a_branch()
    {
        var data = await api.DataAsync("""{ unknown: branch(code: "48") { code } hq: branch(code: "00") { code } headquarters { code kind nameJa region { code } } }""");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("unknown").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("hq").ValueKind);
        Assert.Equal("HEADQUARTERS", data.GetProperty("headquarters").GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("headquarters").GetProperty("region").ValueKind);
    }

    [Fact]
    public async Task Resolves_global_ids_with_node()
    {
        var data = await api.DataAsync("""{ branch(code: "20") { id } }""");
        var id = data.GetProperty("branch").GetProperty("id").GetString();

        data = await api.DataAsync("query($id: ID!) { node(id: $id) { id __typename ... on OrgUnit { nameEn } } }", new { id });
        Assert.Equal("OrgUnit", data.GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal("Nagano", data.GetProperty("node").GetProperty("nameEn").GetString());
        Assert.Equal(id, data.GetProperty("node").GetProperty("id").GetString());
    }

    private static string[] Names(JsonElement data) =>
        data.GetProperty("branches").EnumerateArray().Select(b => b.GetProperty("nameEn").GetString()!).ToArray();
}
