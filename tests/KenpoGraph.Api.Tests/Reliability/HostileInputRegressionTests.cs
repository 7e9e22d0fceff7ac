using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KenpoGraph.Api.Caching;
using KenpoGraph.Api.Tests.Warehouse;
using KenpoGraph.Warehouse.Model;
using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.Tests.Reliability;

/// <summary>
/// The smallest form of each bug the hostile-input fuzzer found, kept as a plain test: what was sent, what came
/// back before the fix, and what must come back now.
/// </summary>
public sealed class HostileInputRegressionTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    [Fact]
    public async Task Fragments_that_spread_each_other_twice_are_refused_before_they_expand()
    {
        // Was: 2^28 expansions, minutes and 17 GB. Now: MAX_FIELDS_EXCEEDED before anything executes, also over GET:
        // the field limit counts a fragment's fields wherever it is spread, each fragment measured once.
        var watch = Stopwatch.StartNew();
        var error = await SingleErrorAsync(await api.PostAsync(FanOut(28)), HttpStatusCode.BadRequest);
        using var get = await api.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(FanOut(28)));
        var getError = await SingleErrorAsync(get, HttpStatusCode.BadRequest);

        Assert.Equal("MAX_FIELDS_EXCEEDED", Code(error));
        Assert.StartsWith("The operation selects 1,073,741,822 fields; this server allows at most ", error.GetProperty("message").GetString());
        Assert.Equal("MAX_FIELDS_EXCEEDED", Code(getError));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");

        // A few levels are an ordinary document and still answer.
        var data = await api.DataAsync(FanOut(6));
        Assert.Equal(1, data.GetProperty("dataVersion").GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_document_nested_past_the_parsers_limit_is_a_parse_error_even_while_traces_are_recorded()
    {
        // Was: INTERNAL_SERVER_ERROR (the parser's depth guard is not a syntax error), and a 500 with traces on.
        using var tracing = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "KenpoGraph",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(tracing);
        var nested = string.Concat(Enumerable.Repeat("{ and: [", 70)) + "{ code: { eq: \"19\" } }" + string.Concat(Enumerable.Repeat("] }", 70));

        var error = await SingleErrorAsync(await api.PostAsync($"{{ branches(where: {nested}) {{ code }} }}"), HttpStatusCode.BadRequest);

        Assert.Equal("GRAPHQL_PARSE_FAILED", Code(error));
        Assert.Matches("^The document nests deeper than the parser allows \\(128 levels\\) at line 1, column [0-9]+; flatten it\\.$", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_syntax_error_far_along_a_long_line_is_refused_without_composing_the_parsers_message()
    {
        // Was: the parser pads its message to the error's column in quadratic time: 3 s at column 80,000, minutes at 1.5 million.
        var query = "{ branch(code: \"" + new string('x', 150_000) + "\u0001\") { code } }";
        var watch = Stopwatch.StartNew();

        var error = await SingleErrorAsync(await api.PostAsync(query), HttpStatusCode.BadRequest);

        Assert.Equal("GRAPHQL_PARSE_FAILED", Code(error));
        Assert.Equal("Line 1 of the document is 150,030 characters long; lines of at most 20,000 are parsed. Break it into lines (GraphQL ignores line breaks between tokens).",
            error.GetProperty("message").GetString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        // The same size in lines of ordinary length is parsed (and answered) as usual.
        var comments = string.Join('\n', Enumerable.Range(0, 3_000).Select(i => $"# line {i}: {new string('x', 40)}"));
        Assert.Equal("Query", (await api.DataAsync($"{comments}\n{{ __typename }}")).GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, "invalid UTF-8 byte in the query")]
    [InlineData(new byte[] { 0xC3, 0x28 }, "truncated UTF-8 sequence in the query")]
    public async Task Invalid_UTF8_inside_a_JSON_string_is_a_bad_request(byte[] invalid, string what)
    {
        // Was: 500 (JSON parsing checks structure only; reading the string threw InvalidOperationException).
        var body = Encoding.UTF8.GetBytes("{\"query\":\"{ branch(code: \\\"19\\\") { code } }").Concat(invalid).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();

        var error = await SingleErrorAsync(await SendAsync(body), HttpStatusCode.BadRequest);

        Assert.True(Code(error) == "BAD_REQUEST", what);
        Assert.Equal("The body holds text that is not Unicode: invalid UTF-8 bytes or an unpaired surrogate escape such as \\ud800.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unpaired_surrogate_escape_in_the_variables_is_a_bad_request()
    {
        // Was: 500 from the response cache key, which re-serialised the variables.
        var body = Encoding.UTF8.GetBytes("""{"query":"query B($code: String!) { branch(code: $code) { code } }","variables":{"code":"\ud800"}}""");

        Assert.Equal("BAD_REQUEST", Code(await SingleErrorAsync(await SendAsync(body), HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task An_unpaired_surrogate_escape_in_the_variables_is_refused_before_GraphQL_reads_them()
    {
        // Was: 500 from GraphQL.NET's variables reader (JsonException), when the cache key did not fail first.
        var body = Encoding.UTF8.GetBytes("""{"query":"query Y($year: Int!) { nationalMembership(fiscalYear: $year) { members { value } } }","variables":{"year":1,"note":"\udfff"}}""");

        Assert.Equal("BAD_REQUEST", Code(await SingleErrorAsync(await SendAsync(body), HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task A_persisted_query_whose_version_is_null_is_a_bad_request()
    {
        // Was: 500 (TryGetInt32 on a JSON null throws).
        var body = Encoding.UTF8.GetBytes("""{"extensions":{"persistedQuery":{"version":null,"sha256Hash":"00"}}}""");

        var error = await SingleErrorAsync(await SendAsync(body), HttpStatusCode.BadRequest);

        Assert.Equal("BAD_REQUEST", Code(error));
        Assert.Equal("`extensions.persistedQuery` must be an object with `version` 1.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_KPI_comparison_of_an_unknown_org_unit_says_which_code_is_unknown()
    {
        // Was: INTERNAL_SERVER_ERROR from every cell's non-null orgUnit.
        var result = await api.QueryAsync("""{ kpiComparison(kpi: "K-CHECKUP-INSURED", fiscalYears: [2024], orgUnits: ["00", "00|", "48"]) { orgUnit { code } } }""");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_ARGUMENT", Code(error));
        Assert.Equal("'00|', '48': not an org unit code; use 00 (headquarters) or a JIS prefecture code 01–47.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Filter_values_reach_SQL_as_parameters_so_each_new_value_compiles_no_new_query()
    {
        // Was: the value written into the SQL, so every distinct value compiled and cached another query (the heap grew
        // by hundreds of megabytes under the fuzzer's random filters).
        // A text condition is left to SQL by the read model (ReadModel/InMemoryPredicate); the model is built first, so
        // its own reading of the tables is not counted.
        await api.DataAsync("{ measures { code } }");
        using var commands = new ExecutedCommands(api.Workspace.DataDirectory);

        await api.DataAsync("""{ branches(where: { nameEn: { startsWith: "Zq9unlikely" }, code: { in: ["19", "20"] } }) { code } }""");

        var sql = Assert.Single(commands.Texts, t => t.Contains("dim_org_unit", StringComparison.Ordinal));
        Assert.DoesNotContain("Zq9unlikely", sql);
        Assert.DoesNotContain("'19'", sql);
        Assert.Contains("@", sql);
    }

    [Fact]
    public void Response_cache_entries_count_their_keys()
    {
        // Was: only the body counted, so a 2 MB variable that answers a few bytes took 2 MB the bound never saw.
        using var cache = new ResponseCache(Options.Create(new CachingOptions { ResponseCacheMegabytes = 1 }));
        var version = new DataVersion { Id = 1, LoadedAt = DateTimeOffset.UnixEpoch, InputDigest = "d", RowCountsJson = "{}" };
        var keys = Enumerable.Range(0, 8)
            .Select(i => ResponseCacheKey.Create(version, "sha", null, JsonDocument.Parse($"{{\"code\":\"{new string((char)('a' + i), 200_000)}\"}}").RootElement,
                AccessScope.Anonymous, "application/json"))
            .ToArray();

        foreach (var key in keys)
        {
            cache.Set(key, [1, 2, 3]);
        }

        // Each key is some 400 KB as UTF-16: at most two fit in one megabyte.
        Assert.InRange(keys.Count(k => cache.Get(k) is not null), 1, 2);
    }

    private static string FanOut(int depth) =>
        "{ ...F0 } " + string.Join(' ', Enumerable.Range(0, depth).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} dataVersion {{ id }} ...F{i + 1} }}"))
        + $" fragment F{depth} on Query {{ dataVersion {{ id }} }}";

    private Task<HttpResponseMessage> SendAsync(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        return api.Client.SendAsync(request);
    }

    private static async Task<JsonElement[]> ErrorsAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
            return [.. JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.Clone())];
        }
    }

    private static async Task<JsonElement> SingleErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
            return Assert.Single(JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray()).Clone();
        }
    }

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();
}
