using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KenpoGraph.Api.Export;
using KenpoGraph.Api.Tests.Security;

namespace KenpoGraph.Api.Tests.Export;

/// <summary>
/// Accept: text/csv (docs/bi-developers.md "Exports: CSV"): one row per element of the answer's one list, columns named by
/// field paths, UTF-8 with a BOM, RFC 4180 quoting; the same execution, authorization, limits and cache as JSON, and
/// never half a table. Every CSV is compared with the JSON answer of the same request, so no figure is written here.
/// </summary>
public sealed class CsvExportTests(CsvExportTests.Server api) : IClassFixture<CsvExportTests.Server>
{
    public sealed class Server : SecuredApi;

    private const string Csv = "text/csv";
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public async Task A_connection_s_nodes_are_the_rows_and_nested_fields_are_columns_named_by_their_path()
    {
        const string query = """
            { observations(first: 5, where: { orgUnitCode: { eq: "19" }, fiscalYear: { eq: 2024 }, measureCode: { startsWith: "membership." } },
                           order: [{ measureCode: ASC }]) {
                totalCount pageInfo { hasNextPage }
                nodes { orgUnitCode orgUnit { nameJa region { nameEn } } fiscalYear measureCode value quality } } }
            """;
        var (response, bytes) = await SendAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(Bom, bytes[..3]);
        var lines = Lines(bytes);
        Assert.Equal("orgUnitCode,orgUnit.nameJa,orgUnit.region.nameEn,fiscalYear,measureCode,value,quality", lines[0]);
        var nodes = (await api.DataAsync(query)).GetProperty("observations").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(5, nodes.Length);
        Assert.Equal(nodes.Length + 1, lines.Length);
        for (var i = 0; i < nodes.Length; i++)
        {
            var n = nodes[i];
            Assert.Equal(string.Join(',', n.GetProperty("orgUnitCode").GetString(), n.GetProperty("orgUnit").GetProperty("nameJa").GetString(),
                n.GetProperty("orgUnit").GetProperty("region").GetProperty("nameEn").GetString(), n.GetProperty("fiscalYear").GetRawText(),
                n.GetProperty("measureCode").GetString(), n.GetProperty("value").GetRawText(), n.GetProperty("quality").GetString()), lines[i + 1]);
        }
        // Japanese survives as UTF-8, and nothing outside the rows (totalCount, pageInfo) is in the table.
        Assert.StartsWith("19,山梨,Chubu,2024,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aliases_name_the_columns_and_a_top_level_list_is_the_table()
    {
        var (response, bytes) = await SendAsync("""{ branches(order: [{ code: ASC }]) { jis: code name: nameJa region { area: nameEn } } }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = Lines(bytes);
        Assert.Equal("jis,name,region.area", lines[0]);
        Assert.Equal(48, lines.Length);
        Assert.Equal("01,北海道,Hokkaido", lines[1]);
        Assert.Equal("19,山梨,Chubu", lines[19]);
    }

    [Fact]
    public async Task Edges_are_rows_named_without_node_and_a_segment_s_items_are_rows_too()
    {
        const string where = """where: { orgUnitCode: { eq: "19" }, fiscalYear: { eq: 2024 }, measureCode: { eq: "membership.insured" } }""";
        var (_, edges) = await SendAsync($$"""{ observations(first: 1, {{where}}) { edges { cursor node { measureCode value } } } }""");
        var (_, items) = await SendAsync($$"""{ observationSegment(take: 1, {{where}}) { items { measureCode value } } }""");

        var edgeLines = Lines(edges);
        Assert.Equal("cursor,measureCode,value", edgeLines[0]);
        var itemLines = Lines(items);
        Assert.Equal("measureCode,value", itemLines[0]);
        Assert.Equal(2, itemLines.Length);
        Assert.EndsWith("," + itemLines[1], edgeLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exact_decimals_are_plain_digits_and_nulls_are_empty()
    {
        const string query = """
            { rollup(measures: ["checkup.lifestyle.rate", "membership.insured"], fiscalYears: [2024], level: NATIONAL) {
                measure { code } value numerator denominator publishedValue difference complete } }
            """;
        var (_, bytes) = await SendAsync(query);
        var rows = (await api.DataAsync(query)).GetProperty("rollup").EnumerateArray().ToArray();

        var lines = Lines(bytes);
        Assert.Equal("measure.code,value,numerator,denominator,publishedValue,difference,complete", lines[0]);
        Assert.Equal(3, lines.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var cells = lines[i + 1].Split(',');
            Assert.Equal(rows[i].GetProperty("value").GetRawText(), cells[1]);
            Assert.DoesNotContain('E', cells[1]);
            var denominator = rows[i].GetProperty("denominator");
            Assert.Equal(denominator.ValueKind == JsonValueKind.Null ? "" : denominator.GetRawText(), cells[3]);
        }
        // A rate with all its digits (Σ examinees ÷ Σ targets), and a sum's empty denominator.
        Assert.Contains(lines, l => l.StartsWith("checkup.lifestyle.rate,58.4000012434458422992038967", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("membership.insured,25733000,25733000,,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_field_holding_a_comma_is_quoted_as_RFC_4180_asks()
    {
        var (_, bytes) = await SendAsync("""{ measures { code descriptionEn } }""");
        var text = Encoding.UTF8.GetString(bytes[3..]);

        Assert.Contains("\r\nmembership.members,\"Insured persons plus dependants, at fiscal-year end.\"\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"kenpo\"", "\"say \"\"kenpo\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("plain 山梨", "plain 山梨")]
    public void Quoting_follows_RFC_4180(string value, string cell)
    {
        var table = new CsvTable(["rows"], [new CsvColumn("v", ["v"])]);
        using var output = new MemoryStream();
        CsvWriter.Write(table, JsonSerializer.SerializeToUtf8Bytes(new { data = new { rows = new[] { new { v = value } } } }), output);

        Assert.Equal($"v\r\n{cell}\r\n", Encoding.UTF8.GetString(output.ToArray()[3..]));
    }

    [Theory]
    [InlineData("1E-05", "0.00001")]
    [InlineData("3.5e+3", "3500")]
    [InlineData("-2.50E2", "-250")]
    [InlineData("58.40000124344584229920389675", "58.40000124344584229920389675")]
    [InlineData("39713000", "39713000")]
    public void A_number_is_written_without_an_exponent(string json, string cell) => Assert.Equal(cell, CsvWriter.Digits(json));

    [Fact]
    public async Task An_empty_list_is_the_header_alone()
    {
        var (response, bytes) = await SendAsync("""{ branches(where: { code: { eq: "99" } }) { code nameJa } }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["code,nameJa"], Lines(bytes));
    }

    [Theory]
    [InlineData("""{ branch(code: "19") { nameJa nameEn } }""", "no list")]
    [InlineData("""{ branches { code } regions { code } }""", "2 lists (`branches`, `regions`)")]
    [InlineData("""{ observations(first: 2) { nodes { value } edges { cursor } } }""", "2 lists (`observations.nodes`, `observations.edges`)")]
    [InlineData("""{ regions { code branches { code } } }""", "`regions.branches` is a list inside the rows of `regions`")]
    public async Task An_answer_that_is_not_one_table_is_refused_with_406_before_anything_runs(string query, string why)
    {
        var (response, bytes) = await SendAsync(query);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var answer = JsonDocument.Parse(bytes).RootElement;
        Assert.False(answer.TryGetProperty("data", out _));
        var error = Assert.Single(answer.GetProperty("errors").EnumerateArray());
        Assert.Equal("CSV_NOT_TABULAR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(why, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        // The same request asked for as JSON is answered.
        (await api.SendAsync(query)).AssertAnswered();
    }

    [Fact]
    public async Task Fragments_and_skip_decide_the_columns_as_they_decide_the_answer()
    {
        var (_, bytes) = await SendAsync("""
            query($names: Boolean!) { branches(order: [{ code: ASC }]) { ...Codes nameJa @include(if: $names) nameEn @skip(if: true) } }
            fragment Codes on OrgUnit { code ... on OrgUnit { kind } }
            """, variables: new { names = false });

        Assert.Equal("code,kind", Lines(bytes)[0]);
    }

    [Fact]
    public async Task A_field_error_is_the_GraphQL_JSON_with_a_failing_status_never_half_a_table()
    {
        var (response, bytes) = await SendAsync("""{ observations(first: 2, where: { fiscalYear: { gt: null } }) { nodes { value } } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.NotEqual(Bom, bytes[..3]);
        Assert.Equal("FILTER_NULL_NOT_SUPPORTED", JsonDocument.Parse(bytes).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task A_field_the_token_may_not_read_is_403_with_its_error()
    {
        var (response, bytes) = await SendAsync("""{ budgetChecks { check status } }""", token: api.Token(scopes: "Kenpo.Read"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("INSUFFICIENT_SCOPE", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_error_keeps_the_status_of_application_graphql_response_json()
    {
        var (invalid, invalidBody) = await SendAsync("""{ branches { population } }""");
        var (tooCostly, costBody) = await SendAsync("""{ observations(first: 1000) { nodes { orgUnitCode fiscalYear measureCode value quality locator """
            + string.Join(' ', Enumerable.Range(1, 45).Select(i => $"v{i}: value")) + " } } }");

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", Encoding.UTF8.GetString(invalidBody), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooCostly.StatusCode);
        Assert.Contains("MAX_COST_EXCEEDED", Encoding.UTF8.GetString(costBody), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_branch_limited_token_gets_the_rows_its_JSON_holds_and_no_others()
    {
        const string query = """{ observations(first: 200, where: { fiscalYear: { eq: 2024 }, measureCode: { eq: "membership.insured" } }) { nodes { orgUnitCode value } } }""";
        var (_, bytes) = await SendAsync(query, token: api.Yamanashi);
        var json = await api.SendAsync(query, api.Yamanashi);

        var nodes = json.AssertAnswered().GetProperty("observations").GetProperty("nodes").EnumerateArray().ToArray();
        var lines = Lines(bytes);
        Assert.Equal(["orgUnitCode,value", .. nodes.Select(n => $"{n.GetProperty("orgUnitCode").GetString()},{n.GetProperty("value").GetRawText()}")], lines);
        Assert.All(lines.Skip(1), l => Assert.True(l.StartsWith("19,", StringComparison.Ordinal) || l.StartsWith("00,", StringComparison.Ordinal), l));
        Assert.DoesNotContain(lines, l => l.StartsWith("01,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_CSV_and_a_JSON_of_one_query_are_cached_apart_with_their_own_ETags()
    {
        const string url = "/graphql?query=" + "{ branches(where: { code: { in: [\"19\", \"20\"] } }) { code nameJa } }";
        using var csv = await GetAsync(url, Csv);
        using var json = await GetAsync(url, "application/graphql-response+json");
        using var csvAgain = await GetAsync(url, Csv);

        Assert.Equal("MISS", csv.Headers.GetValues("X-Cache").Single());
        Assert.Equal("HIT", csvAgain.Headers.GetValues("X-Cache").Single());
        Assert.Equal(["Accept", "KenpoGraph-Decimals"], csv.Headers.Vary);
        Assert.Equal("text/csv; charset=utf-8", csvAgain.Content.Headers.ContentType!.ToString());
        Assert.Equal(await csv.Content.ReadAsByteArrayAsync(), await csvAgain.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(csv.Headers.ETag!.Tag, json.Headers.ETag!.Tag);
        Assert.StartsWith("{", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var notModified = await GetAsync(url, Csv, csv.Headers.ETag.Tag);
        using var otherRepresentation = await GetAsync(url, Csv, json.Headers.ETag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherRepresentation.StatusCode);
        Assert.Equal(Bom, (await otherRepresentation.Content.ReadAsByteArrayAsync())[..3]);
    }

    [Theory]
    [InlineData("text/csv, */*", "text/csv")]
    [InlineData("application/json, text/csv", "application/json")]
    [InlineData("text/csv;q=0.5, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("text/*", null)]
    public async Task Only_a_named_text_csv_asks_for_a_table(string accept, string? expected)
    {
        using var response = await GetAsync("/graphql?query={ branches { code } }", accept);

        if (expected is null)
        {
            Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
            Assert.Contains("text/csv", response.Headers.GetValues("Accept").Single(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal($"{expected}; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        }
    }

    private async Task<(HttpResponseMessage Response, byte[] Body)> SendAsync(string query, string? token = null, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(Csv);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        var response = await api.Client.SendAsync(request);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    private Task<HttpResponseMessage> GetAsync(string url, string accept, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        }
        return api.Client.SendAsync(request);
    }

    /// <summary>The fields of one CSV line, RFC 4180 quotes undone.</summary>
    internal static string[] Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString());
        return [.. cells];
    }

    /// <summary>The lines of a CSV body after its BOM, split at CRLF (the tables here hold no line breaks in fields).</summary>
    internal static string[] Lines(byte[] body)
    {
        Assert.True(body.AsSpan().StartsWith(Bom), Encoding.UTF8.GetString(body));
        var text = Encoding.UTF8.GetString(body[3..]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        return text[..^2].Split("\r\n");
    }
}

/// <summary>A CSV is bounded as its JSON is (Limits:MaxResponseBytes): past it, the GraphQL error, never a cut table.</summary>
public sealed class CsvLimitTests
{
    [Fact]
    public async Task A_table_past_the_byte_bound_is_a_RESPONSE_TOO_LARGE_error_with_a_failing_status()
    {
        using var api = new GuardedApi(new() { ["Limits:MaxResponseBytes"] = "2000" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ branches { code nameEn nameJa officialNameJa officialNameEn } }"));
        request.Headers.Accept.ParseAdd("text/csv");

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var error = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("RESPONSE_TOO_LARGE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    private sealed class GuardedApi(Dictionary<string, string> settings) : KenpoGraphApi(withSeed: true, settings: settings);
}
