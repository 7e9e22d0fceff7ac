using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KenpoGraph.Api.Tests.Warehouse;

namespace KenpoGraph.Api.Tests.Limits;

/// <summary>HotChocolate's GraphQL-Cost header, nodes(ids:) capped and batched, and list arguments deduplicated.</summary>
public sealed class CostReportTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    private const string Facts = """facts(measures: ["membership.insured"], toYear: 2999)""";

    private static readonly string NestedFacts =
        $"{{ branches {{ {Facts} {{ orgUnit {{ {Facts} {{ orgUnit {{ {Facts} {{ orgUnit {{ {Facts} {{ value }} }} }} }} }} }} }} }} }}";

    [Theory]
    [InlineData("validate")]
    [InlineData("report")]
    public async Task The_nested_facts_query_from_the_issue_is_estimated_above_the_limit_and_refused(string mode)
    {
        // Was: every limit passed and about 690,000 values (15 MB) came back; four at once held 1.5 GB.
        var (status, body) = await SendAsync(NestedFacts, mode);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.TryGetProperty("data", out _));
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("MAX_COST_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        var cost = body.GetProperty("extensions").GetProperty("operationCost");
        Assert.True(cost.GetProperty("fieldCost").GetInt64() > 50_000, cost.ToString());
        Assert.Equal(50_000, cost.GetProperty("maxFieldCost").GetInt64());
        Assert.Equal(cost.GetProperty("fieldCost").GetInt64(), error.GetProperty("extensions").GetProperty("actual").GetInt64());
    }

    [Fact]
    public async Task Validate_estimates_without_executing_and_report_executes_and_estimates()
    {
        const string query = """{ branch(code: "19") { nameEn } observations(first: 10) { totalCount nodes { value } } }""";

        var (validateStatus, validated) = await SendAsync(query, "validate");
        var (reportStatus, reported) = await SendAsync(query, "report");
        var (_, plain) = await SendAsync(query, null);

        // branch 1 + nameEn 1, observations 1 + totalCount 1 + nodes (1 + 10 × value 1)
        const long expected = 2 + 1 + 1 + 1 + 10;
        Assert.Equal(HttpStatusCode.OK, validateStatus);
        Assert.False(validated.TryGetProperty("data", out _));
        Assert.False(validated.TryGetProperty("errors", out _));
        Assert.Equal(expected, validated.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetInt64());
        Assert.Equal(HttpStatusCode.OK, reportStatus);
        Assert.Equal("Yamanashi", reported.GetProperty("data").GetProperty("branch").GetProperty("nameEn").GetString());
        Assert.Equal(expected, reported.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetInt64());
        Assert.False(plain.GetProperty("extensions").TryGetProperty("operationCost", out _));
    }

    [Fact]
    public async Task Validate_still_reports_a_document_that_does_not_validate()
    {
        var (status, body) = await SendAsync("""{ branch(code: "19") { nope } }""", "validate");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Nodes_takes_at_most_fifty_ids_and_loads_them_in_one_statement_per_type()
    {
        // Was: no cap and one SELECT per id (12,000 ids: about 2 s a request).
        var ids = Enumerable.Range(0, 51).Select(i => Id("OrgUnit", (i % 47 + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var refused = await api.QueryAsync("query N($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        var error = Assert.Single(refused.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(50, error.GetProperty("extensions").GetProperty("limit").GetInt32());
        Assert.Equal(51, error.GetProperty("extensions").GetProperty("actual").GetInt32());

        using var commands = new ExecutedCommands(api.Workspace.DataDirectory);
        string[] fifty = [.. ids.Take(48), Id("FiscalYear", "2024"), Id("Nope", "x")];
        var nodes = (await api.DataAsync("query N($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = fifty })).GetProperty("nodes").EnumerateArray().ToArray();

        Assert.Equal(50, nodes.Length);
        Assert.Equal(ids[0], nodes[0].GetProperty("id").GetString());
        Assert.Equal(ids[47], nodes[47].GetProperty("id").GetString());
        Assert.Equal(Id("FiscalYear", "2024"), nodes[48].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[49].ValueKind);
        Assert.Single(commands.Texts, t => t.Contains("dim_org_unit", StringComparison.Ordinal));
        Assert.Single(commands.Texts, t => t.Contains("dim_fiscal_year", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Repeated_years_and_org_units_of_a_KPI_comparison_give_one_cell_each()
    {
        // Was: years × org units with duplicates (a 12 KB request, a 19 MB answer).
        var cells = (await api.DataAsync("""{ kpiComparison(kpi: "K-CHECKUP-INSURED", fiscalYears: [2025, 2024, 2025, 2025], orgUnits: ["00", "20", "00"]) { orgUnit { code } fiscalYear } }"""))
            .GetProperty("kpiComparison").EnumerateArray().Select(c => $"{c.GetProperty("orgUnit").GetProperty("code").GetString()}/{c.GetProperty("fiscalYear").GetInt32()}").ToArray();

        Assert.Equal(["00/2025", "00/2024", "20/2025", "20/2024"], cells);
    }

    [Fact]
    public async Task More_distinct_years_than_a_warehouse_holds_are_refused()
    {
        var years = string.Join(", ", Enumerable.Range(1990, 31));
        var result = await api.QueryAsync($$"""{ kpiComparison(kpi: "K-CHECKUP-INSURED", fiscalYears: [{{years}}], orgUnits: ["00"]) { fiscalYear } }""");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("`fiscalYears` holds 31 distinct values; at most 30 are accepted.", error.GetProperty("message").GetString());
    }

    // The fact feed and the offset pages are bounded as observations are (Limits/ListSizes).
    private const string OrgUnitFacts = "facts { value }";

    [Theory]
    [InlineData($$"""{ facts(first: 1000) { nodes { orgUnit { {{OrgUnitFacts}} } } } }""")]
    [InlineData($$"""{ facts(first: 1000) { edges { node { orgUnit { {{OrgUnitFacts}} } } } } }""")]
    [InlineData($$"""{ factSegment(take: 1000) { items { orgUnit { {{OrgUnitFacts}} } } } }""")]
    [InlineData("""{ kpiResultSegment(take: 1000) { items { orgUnit { facts { value } } } } }""")]
    [InlineData("""{ kpiTargetSegment(take: 1000) { items { orgUnit { facts { value } } } } }""")]
    public async Task A_full_page_of_facts_or_KPI_rows_each_fanning_out_is_estimated_above_the_limit_and_refused(string query)
    {
        var (status, body) = await SendAsync(query, mode: null);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("MAX_COST_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_fact_feeds_estimate_follows_the_page_size_asked_for()
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

    private static string Id(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{key}"));

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

/// <summary>The last guard: an answer past Limits:MaxResponseValues or Limits:MaxResponseBytes ends with RESPONSE_TOO_LARGE.</summary>
public sealed class ResponseGuardTests
{
    [Fact]
    public async Task An_answer_past_the_value_bound_is_stopped_with_a_GraphQL_error()
    {
        using var api = new GuardedApi(new() { ["Limits:MaxResponseValues"] = "100" });

        var result = await api.QueryAsync("{ branches { code nameEn nameJa } }");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("RESPONSE_TOO_LARGE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The answer grew past 100 values (Limits:MaxResponseValues) and was stopped; ask for fewer rows or fields.", error.GetProperty("message").GetString());
        Assert.False(result.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
        // Within the bound, as usual.
        Assert.Equal("山梨", (await api.DataAsync("""{ branch(code: "19") { nameJa } }""")).GetProperty("branch").GetProperty("nameJa").GetString());
    }

    [Fact]
    public async Task An_answer_past_the_byte_bound_is_replaced_by_a_GraphQL_error()
    {
        using var api = new GuardedApi(new() { ["Limits:MaxResponseBytes"] = "2000" });

        var result = await api.QueryAsync("{ branches { code nameEn nameJa officialNameJa officialNameEn } }");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("RESPONSE_TOO_LARGE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The answer is larger than 2,000 bytes (Limits:MaxResponseBytes) and was not sent; ask for fewer rows or fields.", error.GetProperty("message").GetString());
    }

    private sealed class GuardedApi(Dictionary<string, string> settings) : KenpoGraphApi(withSeed: true, settings: settings);
}
