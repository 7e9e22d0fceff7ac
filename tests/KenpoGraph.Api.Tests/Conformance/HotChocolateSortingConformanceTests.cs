using System.Text.Json;

namespace KenpoGraph.Api.Tests.Conformance;

/// <summary>
/// Sorting as HotChocolate does it, over HTTP. Cases from ChilliCream/graphql-platform,
/// src/HotChocolate/Data/test/Data.Sorting.SqlLite.Tests.
/// </summary>
public sealed class HotChocolateSortingConformanceTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    private const string Where = """{ measureCode: { eq: "membership.insured" }, orgUnitCode: { in: ["01", "47"] }, fiscalYear: { in: [2023, 2024] } }""";

    // QueryableSortVisitorObjectTests.Create_ObjectString_OrderBy_TwoProperties: inside one sort object the fields
    // sort in the order written ({ barBool: ASC, barShort: ASC } sorts by barBool first). Before issue 18 the schema's
    // field order won: { fiscalYear: DESC, orgUnitCode: ASC } sorted by org unit first.
    [Fact]
    public async Task Fields_inside_one_sort_object_sort_in_the_order_the_client_wrote_them()
    {
        var data = await api.DataAsync($$"""
            {
              yearFirst: observations(where: {{Where}}, order: [{ fiscalYear: DESC, orgUnitCode: ASC }]) { nodes { orgUnitCode fiscalYear } }
              unitFirst: observations(where: {{Where}}, order: [{ orgUnitCode: ASC, fiscalYear: DESC }]) { nodes { orgUnitCode fiscalYear } }
            }
            """);
        Assert.Equal(["01/2024", "47/2024", "01/2023", "47/2023"], Keys(data.GetProperty("yearFirst")));
        Assert.Equal(["01/2024", "01/2023", "47/2024", "47/2023"], Keys(data.GetProperty("unitFirst")));
    }

    // QueryableSortVisitorObjectTests.Create_ObjectString_OrderBy_TwoProperties_Variables: the same through a variable,
    // whose JSON object keeps the client's key order.
    [Fact]
    public async Task Fields_inside_one_sort_object_given_as_a_variable_sort_in_the_order_sent()
    {
        var query = $$"""
            query($order: [ObservationSortInput!]) { observations(where: {{Where}}, order: $order) { nodes { orgUnitCode fiscalYear } } }
            """;
        var yearFirst = await api.DataAsync(query, new { order = new object[] { new { fiscalYear = "DESC", orgUnitCode = "ASC" } } });
        var unitFirst = await api.DataAsync(query, new { order = new object[] { new { orgUnitCode = "ASC", fiscalYear = "DESC" } } });
        Assert.Equal(["01/2024", "47/2024", "01/2023", "47/2023"], Keys(yearFirst.GetProperty("observations")));
        Assert.Equal(["01/2024", "01/2023", "47/2024", "47/2023"], Keys(unitFirst.GetProperty("observations")));
    }

    // QueryableSortVisitorObjectTests.Create_ObjectString_OrderBy_TwoProperties (res2): across the list, earlier entries
    // sort first; and a single object where the list is expected is a list of one (GraphQL input coercion).
    [Fact]
    public async Task Entries_of_the_sort_list_sort_in_order_and_a_single_object_is_a_list_of_one()
    {
        var data = await api.DataAsync($$"""
            {
              list: observations(where: {{Where}}, order: [{ fiscalYear: DESC }, { orgUnitCode: DESC }]) { nodes { orgUnitCode fiscalYear } }
              single: observations(where: {{Where}}, order: { fiscalYear: DESC, orgUnitCode: DESC }) { nodes { orgUnitCode fiscalYear } }
            }
            """);
        Assert.Equal(["47/2024", "01/2024", "47/2023", "01/2023"], Keys(data.GetProperty("list")));
        Assert.Equal(["47/2024", "01/2024", "47/2023", "01/2023"], Keys(data.GetProperty("single")));
    }

    // QueryableSortVisitorComparableTests (BarDecimal ASC / DESC): sorting by a decimal value, exactly; the league
    // table of a rate. The deprecated old sort names sort as the new ones.
    [Fact]
    public async Task Sorts_by_value_and_by_the_deprecated_old_names()
    {
        var data = await api.DataAsync("""
            {
              desc: observations(first: 47, where: { measureCode: { eq: "membership.insured" }, fiscalYear: { eq: 2024 }, orgUnitCode: { neq: "00" } }, order: [{ value: DESC }]) { nodes { value } }
              asc: observations(first: 47, where: { measureCode: { eq: "membership.insured" }, fiscalYear: { eq: 2024 }, orgUnitCode: { neq: "00" } }, order: [{ value: ASC }]) { nodes { value } }
              old: observations(where: { measure: { eq: "membership.insured" }, fiscalYear: { eq: 2024 } }, order: [{ orgUnit: DESC }]) { nodes { orgUnitCode } }
              current: observations(where: { measureCode: { eq: "membership.insured" }, fiscalYear: { eq: 2024 } }, order: [{ orgUnitCode: DESC }]) { nodes { orgUnitCode } }
            }
            """);
        var desc = data.GetProperty("desc").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("value").GetDecimal()).ToArray();
        Assert.True(desc.Length > 1);
        Assert.Equal(desc.OrderDescending(), desc);
        var asc = data.GetProperty("asc").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("value").GetDecimal()).ToArray();
        Assert.Equal(desc.Order(), asc);
        Assert.Equal(Codes(data.GetProperty("current")), Codes(data.GetProperty("old")));
        Assert.Equal("47", Codes(data.GetProperty("current"))[0]);
    }

    private static string[] Keys(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("orgUnitCode").GetString()}/{n.GetProperty("fiscalYear").GetInt32()}")];

    private static string?[] Codes(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("orgUnitCode").GetString())];
    // QueryableSortVisitorObjectTests.Create_ObjectString_OrderBy: a sort field for an object field is a nested sort input
    // ({ foo: { barString: ASC } }) that sorts by the related object's field. Before, there were no nested sorts.
    [Fact]
    public async Task A_nested_sort_sorts_by_the_related_objects_field()
    {
        const string where = """where: { level: { eq: BRANCH }, fiscalYear: { eq: 2024 }, measureCode: { eq: "membership.insured" }, orgUnitCode: { in: ["01", "13", "19", "47"] } }""";
        var data = await api.DataAsync($$"""
            {
              asc: facts({{where}}, order: [{ orgUnit: { nameEn: ASC } }]) { nodes { orgUnit { nameEn } } }
              desc: facts({{where}}, order: { orgUnit: { nameEn: DESC } }) { nodes { orgUnit { nameEn } } }
            }
            """);
        static string[] Names(JsonElement facts) =>
            [.. facts.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("orgUnit").GetProperty("nameEn").GetString()!)];
        Assert.Equal(["Hokkaido", "Okinawa", "Tokyo", "Yamanashi"], Names(data.GetProperty("asc")));
        Assert.Equal(["Yamanashi", "Tokyo", "Okinawa", "Hokkaido"], Names(data.GetProperty("desc")));
    }

    // QueryableSortVisitorObjectTests.Create_ObjectNullableString_OrderBy: rows whose object is null sort as null (first
    // when ascending on SQLite, as HotChocolate's SQLite snapshot shows): a REGION row has no org unit.
    [Fact]
    public async Task A_nested_sort_puts_rows_without_the_object_where_nulls_sort()
    {
        var data = await api.DataAsync("""
            { facts(where: { fiscalYear: { eq: 2024 }, measureCode: { eq: "membership.insured" }, or: [{ orgUnitCode: { in: ["19", "13"] } }, { regionCode: { eq: "KANTO" }, level: { eq: REGION } }] },
                    order: [{ orgUnit: { nameEn: ASC } }]) { nodes { level orgUnitCode } } }
            """);
        Assert.Equal(["REGION/", "BRANCH/13", "BRANCH/19"],
            data.GetProperty("facts").GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("level").GetString()}/{n.GetProperty("orgUnitCode").GetString()}"));
    }

    // QueryableSortVisitorObjectTests (nested objects: foo { barShort } through its ObjectArray's Foo): nested sorts nest,
    // and combine with the list's other entries in the client's order.
    [Fact]
    public async Task Nested_sorts_nest_and_combine_with_other_entries_in_order()
    {
        var data = await api.DataAsync("""
            {
              branches(order: [{ region: { sortOrder: DESC } }, { code: ASC }]) { code }
              facts(first: 3, where: { level: { eq: BRANCH }, fiscalYear: { eq: 2024 }, measureCode: { eq: "membership.insured" } },
                    order: [{ orgUnit: { region: { sortOrder: ASC } } }, { orgUnitCode: DESC }]) { nodes { orgUnitCode } }
            }
            """);
        var branches = data.GetProperty("branches").EnumerateArray().Select(b => b.GetProperty("code").GetString()!).ToArray();
        // Kyushu and Okinawa (sort order 8) is 40-47, Hokkaido (1) is 01 alone
        Assert.Equal(["40", "41", "42"], branches[..3]);
        Assert.Equal("01", branches[^1]);
        // Hokkaido (01) first, then Tohoku (02-07) by code descending
        Assert.Equal(["01", "07", "06"], data.GetProperty("facts").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("orgUnitCode").GetString()));
    }
}
