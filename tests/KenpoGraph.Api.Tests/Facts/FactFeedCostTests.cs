using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KenpoGraph.Api.Tests.Facts;

/// <summary>The cost limit bounds the fact feed's lists and the new offset pages as it bounds observations (Limits/ListSizes).</summary>
public sealed class FactFeedCostTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    private const string OrgUnitFacts = "facts { value }";

    [Theory]
    [InlineData($$"""{ facts(first: 1000) { nodes { orgUnit { {{OrgUnitFacts}} } } } }""")]
    [InlineData($$"""{ facts(first: 1000) { edges { node { orgUnit { {{OrgUnitFacts}} } } } } }""")]
    [InlineData($$"""{ factSegment(take: 1000) { items { orgUnit { {{OrgUnitFacts}} } } } }""")]
    [InlineData("""{ kpiResultSegment(take: 1000) { items { orgUnit { facts { value } } } } }""")]
    [InlineData("""{ kpiTargetSegment(take: 1000) { items { orgUnit { facts { value } } } } }""")]
    public async Task A_full_page_of_rows_each_fanning_out_is_estimated_above_the_limit_and_refused(string query)
    {
        var (status, body) = await SendAsync(query, mode: null);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("MAX_COST_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_estimate_follows_the_page_size_asked_for()
    {
        async Task<long> CostAsync(string query)
        {
            var (status, body) = await SendAsync(query, "validate");
            Assert.Equal(HttpStatusCode.OK, status);
            return body.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetInt64();
        }
        var small = await CostAsync("{ facts(first: 10) { nodes { value measure { code } } } }");
        var large = await CostAsync("{ facts(first: 1000) { nodes { value measure { code } } } }");
        var segment = await CostAsync("{ factSegment(take: 1000) { items { value measure { code } } } }");
        Assert.True(large > 50 * small / 2, $"{small} for 10 rows, {large} for 1,000");
        Assert.True(segment > 50 * small / 2, $"{small} for 10 rows, {segment} for a segment of 1,000");
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(string query, string? mode)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        if (mode is not null)
        {
            request.Headers.Add("GraphQL-Cost", mode);
        }
        using var response = await api.Client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
