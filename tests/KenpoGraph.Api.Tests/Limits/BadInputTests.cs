using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KenpoGraph.Api.Tests.Limits;

/// <summary>
/// Issue 16's bad inputs, each answered with a GraphQL error, a stable code and the right status under both media
/// types, never INTERNAL_SERVER_ERROR. What each answered before is in its comment.
/// </summary>
public sealed class BadInputTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task Duplicate_keys_in_the_variables_are_a_bad_request(string accept)
    {
        // Was: 500 (GraphQL.NET's variables reader threw "An item with the same key has already been added").
        var (status, error) = await SingleErrorAsync(
            """{"query":"query B($code: String!) { branch(code: $code) { code } }","variables":{"code":"19","code":"20"}}""", accept);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BAD_REQUEST", Code(error));
        Assert.Equal("The body names the key `code` twice in one object; every key of a JSON object must be unique.", Message(error));
    }

    [Fact]
    public async Task Duplicate_keys_deeper_in_the_variables_and_in_GET_variables_are_bad_requests()
    {
        var (status, error) = await SingleErrorAsync(
            """{"query":"query W($w: OrgUnitFilterInput) { branches(where: $w) { code } }","variables":{"w":{"code":{"eq":"19","eq":"20"}}}}""", GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BAD_REQUEST", Code(error));

        using var get = await api.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("query B($code: String!) { branch(code: $code) { code } }")
            + "&variables=" + Uri.EscapeDataString("""{"code":"19","code":"20"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Equal("`variables` names the key `code` twice in one object; every key of a JSON object must be unique.",
            Message(JsonDocument.Parse(await get.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0]));
    }

    [Theory]
    [InlineData("delta: 79228162514264337593543950335", "The delta 79228162514264337593543950335 to indicator 5 of branch 19 takes it past the largest Decimal (about ±7.9e28); give a smaller one.")]
    [InlineData("value: 79228162514264337593543950335",
        "A number in the arguments is too large for the calculation it takes part in (a Decimal holds 28 to 29 significant digits); use smaller values.")]
    [InlineData("value: -79228162514264337593543950335",
        "A number in the arguments is too large for the calculation it takes part in (a Decimal holds 28 to 29 significant digits); use smaller values.")]
    public async Task A_simulation_change_past_the_decimal_range_is_an_invalid_argument(string change, string message)
    {
        // Was: INTERNAL_SERVER_ERROR (OverflowException adding the delta, or standardising the value against the other branches).
        var result = await api.QueryAsync($$"""{ incentiveSimulation(resultsYear: 2023, changes: [{ branch: "19", indicator: 5, {{change}} }]) { moves { rankAfter } } }""");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_ARGUMENT", Code(error));
        Assert.Equal(message, Message(error));
        // An ordinary delta still simulates.
        Assert.Equal(47, (await api.DataAsync("""{ incentiveSimulation(resultsYear: 2023, changes: [{ branch: "19", indicator: 5, delta: 5 }]) { moves { rankAfter } } }"""))
            .GetProperty("incentiveSimulation").GetProperty("moves").GetArrayLength());
    }

    [Theory]
    [InlineData("令和٥年度")]
    [InlineData("R٥")]
    [InlineData("令和५年度")]
    public async Task A_wareki_label_with_digits_of_another_script_is_understood_or_refused_clearly(string label)
    {
        // Was: INTERNAL_SERVER_ERROR (the label's pattern takes any script's digits, int.Parse only ASCII ones).
        var result = await api.QueryAsync("query Y($w: String) { fiscalYear(wareki: $w) { year } }", new { w = label });

        if (result.TryGetProperty("errors", out var errors))
        {
            var error = Assert.Single(errors.EnumerateArray());
            Assert.Equal("INVALID_ARGUMENT", Code(error));
            Assert.Equal($"'{label}': write the era year with the digits 0–9 (full-width ０–９ work too) or 元, e.g. 令和5年度.", Message(error));
        }
        else
        {
            Assert.Equal(2023, result.GetProperty("data").GetProperty("fiscalYear").GetProperty("year").GetInt32());
        }
        // ASCII and full-width digits are read as ever.
        Assert.Equal(2023, (await api.DataAsync("""{ a: fiscalYear(wareki: "令和5年度") { year } }""")).GetProperty("a").GetProperty("year").GetInt32());
        Assert.Equal(2023, (await api.DataAsync("""{ a: fiscalYear(wareki: "令和５年度") { year } }""")).GetProperty("a").GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task A_filter_of_more_conditions_than_the_database_takes_is_refused_with_the_documented_limit()
    {
        // Was: INTERNAL_SERVER_ERROR (SQLite: "Expression tree is too large (maximum depth 1000)") for a 2,000-way or.
        var alternatives = string.Join(",\n", Enumerable.Range(0, 2_000).Select(i => $"{{ code: {{ eq: \"{i % 48:00}\" }} }}"));

        var result = await api.QueryAsync($"{{ branches(where: {{ or: [{alternatives}] }}) {{ code }} }}");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_ARGUMENT", Code(error));
        Assert.Equal(500, error.GetProperty("extensions").GetProperty("limit").GetInt32());
        Assert.Equal(2_000, error.GetProperty("extensions").GetProperty("actual").GetInt32());
        Assert.Equal(Api.Filtering.FilterLimits.MaxConditions, error.GetProperty("extensions").GetProperty("limit").GetInt32());

        // At the limit, an or and an and of 500 each answer (the conditions are joined as a balanced tree).
        var atLimit = string.Join(",\n", Enumerable.Range(0, 500).Select(i => $"{{ code: {{ eq: \"{i % 48:00}\" }} }}"));
        Assert.Equal(47, (await api.DataAsync($"{{ branches(where: {{ or: [{atLimit}] }}) {{ code }} }}")).GetProperty("branches").GetArrayLength());
        var all = string.Join(",\n", Enumerable.Range(0, 500).Select(i => $"{{ nameEn: {{ neq: \"x{i}\" }} }}"));
        Assert.Equal(47, (await api.DataAsync($"{{ branches(where: {{ and: [{all}] }}) {{ code }} }}")).GetProperty("branches").GetArrayLength());
        // An in list counts each value.
        var values = string.Join(", ", Enumerable.Range(0, 501).Select(i => $"\"{i}\""));
        Assert.Equal("INVALID_ARGUMENT", Code((await api.QueryAsync($"{{ branches(where: {{ code: {{ in: [{values}] }} }}) {{ code }} }}")).GetProperty("errors")[0]));
    }

    [Theory]
    [InlineData("mutation { branch }", GraphQLResponse, HttpStatusCode.BadRequest, "mutations")]
    [InlineData("mutation { branch }", Json, HttpStatusCode.OK, "mutations")]
    public async Task A_mutation_or_subscription_is_a_validation_failure_on_a_read_only_schema(string document, string accept, HttpStatusCode expected, string kind)
    {
        // Was: 200 OPERATION_NOT_FOUND ("Schema is not configured for mutations") under both media types.
        var (status, error) = await SingleErrorAsync(JsonSerializer.Serialize(new { query = document }), accept);

        Assert.Equal(expected, status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Code(error));
        Assert.Equal("OPERATION_TYPE_EXISTENCE", error.GetProperty("extensions").GetProperty("rule").GetString());
        Assert.Equal($"This schema has no {kind}: it is read-only (queries only).", Message(error));
    }

    [Theory]
    [InlineData("subscription { dataVersionPublished { dataVersion { id } } }", GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("subscription S { dataVersionPublished { previousDataVersion } }", Json, HttpStatusCode.OK)]
    public async Task A_subscription_over_plain_HTTP_is_a_request_error_that_names_the_streaming_transports(string document, string accept, HttpStatusCode expected)
    {
        // Since issue 21 the schema has subscriptions (docs/subscriptions.md); they need a stream, not one response.
        var (status, error) = await SingleErrorAsync(JsonSerializer.Serialize(new { query = document }), accept);

        Assert.Equal(expected, status);
        Assert.Equal("SUBSCRIPTION_NEEDS_STREAM", Code(error));
        Assert.Contains("text/event-stream", Message(error));
    }

    [Theory]
    [InlineData("MjE0NzQ4MzY0Nw==", "after", 2147483647)]
    [InlineData("MjE0NzQ4MzY0Nw==", "before", 2147483647)]
    [InlineData("MTAwMDAwMA==", "after", 1000000)]
    public async Task A_cursor_past_the_end_of_the_list_is_an_invalid_argument(string cursor, string argument, int position)
    {
        // Was: after: "MjE0NzQ4MzY0Nw==" (2147483647) wrapped round to a negative start and answered page 1.
        var result = await api.QueryAsync($"{{ observations(first: 3, {argument}: \"{cursor}\") {{ nodes {{ value }} }} }}");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_ARGUMENT", Code(error));
        Assert.StartsWith($"`{argument}` is the cursor of position {position}, past the end of this list (", Message(error));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task The_last_items_cursor_still_pages_to_an_empty_page()
    {
        var total = (await api.DataAsync("{ plans { totalCount } }")).GetProperty("plans").GetProperty("totalCount").GetInt32();
        var last = Convert.ToBase64String(Encoding.UTF8.GetBytes((total - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var page = (await api.DataAsync($"{{ plans(first: 2, after: \"{last}\") {{ nodes {{ code }} pageInfo {{ hasNextPage hasPreviousPage }} }} }}")).GetProperty("plans");

        Assert.Equal(0, page.GetProperty("nodes").GetArrayLength());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    private async Task<(HttpStatusCode Status, JsonElement Error)> SingleErrorAsync(string body, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        using var response = await api.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith(accept, response.Content.Headers.ContentType?.ToString());
        var error = Assert.Single(JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateArray()).Clone();
        return (response.StatusCode, error);
    }

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();

    private static string? Message(JsonElement error) => error.GetProperty("message").GetString();
}
