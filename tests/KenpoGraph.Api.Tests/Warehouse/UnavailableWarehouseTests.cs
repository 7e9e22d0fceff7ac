namespace KenpoGraph.Api.Tests.Warehouse;

/// <summary>A server whose warehouse was never published: clear errors with a stable code, no crash.</summary>
public sealed class UnavailableWarehouseTests(UnavailableWarehouseTests.EmptyApi api) : IClassFixture<UnavailableWarehouseTests.EmptyApi>
{
    public sealed class EmptyApi() : KenpoGraphApi(withSeed: false);

    [Fact]
    public async Task Data_queries_get_WAREHOUSE_UNAVAILABLE_and_the_endpoint_still_answers()
    {
        var result = await api.QueryAsync("{ branches { code } }");
        var error = result.GetProperty("errors")[0];
        Assert.Equal("WAREHOUSE_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("No data version has been published yet: run `kenpograph load`.", error.GetProperty("message").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.GetProperty("data").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.GetProperty("extensions").GetProperty("dataVersion").ValueKind);

        var typename = await api.DataAsync("{ __typename }");
        Assert.Equal("Query", typename.GetProperty("__typename").GetString());
    }
}
