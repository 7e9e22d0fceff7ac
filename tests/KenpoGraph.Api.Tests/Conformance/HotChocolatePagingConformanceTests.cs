using System.Text.Json;

namespace KenpoGraph.Api.Tests.Conformance;

/// <summary>
/// Paging as HotChocolate does it, over HTTP: offset paging from ChilliCream/graphql-platform,
/// src/HotChocolate/Core/test/Types.OffsetPagination.Tests/IntegrationTests.cs; the connection's shape from
/// Types.CursorPagination.Tests.
/// </summary>
public sealed class HotChocolatePagingConformanceTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    private const string Where = """{ measureCode: { eq: "membership.insured" }, fiscalYear: { eq: 2024 } }""";

    // IntegrationTests.Simple_StringList_Take_2, …Take_2_Skip_2, Nested_List_With_Field_Settings(_Skip_2): items,
    // pageInfo { hasNextPage hasPreviousPage } and totalCount of a skip/take page.
    [Fact]
    public async Task Offset_pages_skip_then_take_and_say_whether_items_follow_or_precede()
    {
        var data = await api.DataAsync($$"""
            {
              all: observations(first: 100, where: {{Where}}) { totalCount nodes { orgUnitCode } }
              first: observationSegment(take: 2, where: {{Where}}) { totalCount items { orgUnitCode } pageInfo { hasNextPage hasPreviousPage } }
              second: observationSegment(take: 2, skip: 2, where: {{Where}}) { items { orgUnitCode } pageInfo { hasNextPage hasPreviousPage } }
              last: observationSegment(take: 10, skip: 45, where: {{Where}}) { items { orgUnitCode } pageInfo { hasNextPage hasPreviousPage } }
            }
            """);
        var all = data.GetProperty("all").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("orgUnitCode").GetString()).ToArray();
        Assert.Equal(48, all.Length);
        Assert.Equal(48, data.GetProperty("first").GetProperty("totalCount").GetInt32());
        Assert.Equal(all[..2], Codes(data.GetProperty("first")));
        Assert.Equal(all[2..4], Codes(data.GetProperty("second")));
        Assert.Equal(all[45..], Codes(data.GetProperty("last")));
        AssertPageInfo(data.GetProperty("first"), next: true, previous: false);
        AssertPageInfo(data.GetProperty("second"), next: true, previous: true);
        AssertPageInfo(data.GetProperty("last"), next: false, previous: true);
    }

    // IntegrationTests.Simple_StringList_Default_Items: without take, the default page size applies (ours: 50, the
    // same as a connection's default page).
    [Fact]
    public async Task Without_take_the_default_page_size_applies()
    {
        var segment = (await api.DataAsync("""{ observationSegment { totalCount items { orgUnitCode } pageInfo { hasNextPage } } }""")).GetProperty("observationSegment");
        Assert.Equal(50, segment.GetProperty("items").GetArrayLength());
        Assert.True(segment.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    // HotChocolate refuses a page larger than its maximum page size; here as a cursor page is refused (INVALID_ARGUMENT).
    [Theory]
    [InlineData("take: 1001", "`take` must be between 0 and 1000; it is 1001.")]
    [InlineData("skip: -1", "`skip` must be 0 or more; it is -1.")]
    public async Task Pages_out_of_bounds_are_refused(string arguments, string message)
    {
        var result = await api.QueryAsync($"{{ observationSegment({arguments}) {{ totalCount }} }}");
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    // Types.CursorPagination.Tests (the connection's schema snapshots): a connection offers nodes, edges { cursor node },
    // pageInfo { hasNextPage hasPreviousPage startCursor endCursor } and totalCount.
    [Fact]
    public async Task The_connection_has_HotChocolates_shape()
    {
        var data = await api.DataAsync("""
            {
              connection: __type(name: "ObservationConnection") { fields { name } }
              edge: __type(name: "ObservationEdge") { fields { name } }
              pageInfo: __type(name: "PageInfo") { fields { name } }
              segment: __type(name: "ObservationCollectionSegment") { fields { name } }
              segmentInfo: __type(name: "CollectionSegmentInfo") { fields { name } }
            }
            """);
        Assert.Equal(["nodes", "edges", "pageInfo", "totalCount"], Names(data.GetProperty("connection")));
        Assert.Equal(["cursor", "node"], Names(data.GetProperty("edge")));
        Assert.Equal(["hasNextPage", "hasPreviousPage", "startCursor", "endCursor"], Names(data.GetProperty("pageInfo")));
        Assert.Equal(["items", "pageInfo", "totalCount"], Names(data.GetProperty("segment")));
        Assert.Equal(["hasNextPage", "hasPreviousPage"], Names(data.GetProperty("segmentInfo")));
    }

    private static string?[] Codes(JsonElement segment) =>
        [.. segment.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("orgUnitCode").GetString())];

    private static string[] Names(JsonElement type) => [.. type.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!)];

    private static void AssertPageInfo(JsonElement segment, bool next, bool previous)
    {
        Assert.Equal(next, segment.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(previous, segment.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }
    // IntegrationTests.Simple_StringList_Take_2_Skip_2 on every list HotChocolate would give UseOffsetPaging: the fact
    // feed, plans and KPI rows page by number beside their cursor connections, the same rows in the same order.
    [Theory]
    [InlineData("facts", "factSegment", "where: { fiscalYear: { eq: 2024 }, measureCode: { eq: \"membership.insured\" } }", "id")]
    [InlineData("plans", "planSegment", "", "code")]
    [InlineData("kpiTargets", "kpiTargetSegment", "order: [{ fiscalYear: DESC }]", "id")]
    [InlineData("kpiResults", "kpiResultSegment", "where: { orgUnit: { eq: \"00\" } }", "id")]
    public async Task Offset_pages_exist_where_HotChocolate_would_offer_them_and_hold_the_connections_rows(string connection, string segment, string arguments, string key)
    {
        var more = arguments.Length == 0 ? "" : $", {arguments}";
        var data = await api.DataAsync($$"""
            {
              all: {{connection}}(first: 7{{more}}) { totalCount nodes { {{key}} } }
              page: {{segment}}(skip: 3, take: 4{{more}}) { totalCount pageInfo { hasNextPage hasPreviousPage } items { {{key}} } }
            }
            """);
        var all = data.GetProperty("all").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty(key).GetString()).ToArray();
        Assert.Equal(7, all.Length);
        Assert.Equal(data.GetProperty("all").GetProperty("totalCount").GetInt32(), data.GetProperty("page").GetProperty("totalCount").GetInt32());
        Assert.Equal(all[3..], data.GetProperty("page").GetProperty("items").EnumerateArray().Select(n => n.GetProperty(key).GetString()));
        AssertPageInfo(data.GetProperty("page"), next: true, previous: true);
    }
}
