using System.Net;
using System.Text;
using System.Text.Json;

namespace KenpoGraph.Api.Tests.Transport;

/// <summary>GraphQL over HTTP: methods, media types and status codes, as the specification and its audit suite ask.</summary>
public sealed class GraphQLOverHttpTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    [Theory]
    [InlineData(null, GraphQLResponse)]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData(Json, Json)]
    [InlineData("*/*", GraphQLResponse)]
    [InlineData("application/*", GraphQLResponse)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("text/html;q=0.9, application/json;q=0.8", Json)]
    public async Task Negotiates_the_response_media_type_and_always_sends_utf8(string? accept, string expected)
    {
        using var response = await GetAsync("?query={__typename}", accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{expected}; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("""{"data":{"__typename":"Query"},"extensions":{"dataVersion":1}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("application/graphql-response+json; charset=iso-8859-1")]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    public async Task Refuses_an_Accept_header_it_cannot_satisfy_with_406(string accept)
    {
        using var response = await GetAsync("?query={__typename}", accept);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Contains("charset=utf-8", response.Headers.GetValues("Accept").Single());
        await AssertErrorAsync(response, "NOT_ACCEPTABLE");
    }

    [Fact]
    public async Task Accepts_POST_with_application_json()
    {
        using var response = await PostRawAsync("""{"query":"{ __typename }"}""", Json + "; charset=utf-8");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Refuses_a_POST_body_that_is_not_application_json_with_415(string? contentType)
    {
        using var response = await PostRawAsync("""{"query":"{ __typename }"}""", contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AssertErrorAsync(response, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Theory]
    [InlineData("", "A POST request needs a JSON body.")]
    [InlineData("{ \"not a JSON", null)]
    [InlineData("""{"notquery":"{ __typename }"}""", "The `query` parameter is required.")]
    [InlineData("""{"query":{"obj":"ect"}}""", "`query` must be a string.")]
    [InlineData("""{"query":0}""", "`query` must be a string.")]
    [InlineData("""{"query":false}""", "`query` must be a string.")]
    [InlineData("""{"query":["array"]}""", "`query` must be a string.")]
    [InlineData("""{"query":"{ __typename }","operationName":0}""", "`operationName` must be a string or null.")]
    [InlineData("""{"query":"{ __typename }","operationName":["array"]}""", "`operationName` must be a string or null.")]
    [InlineData("""{"query":"{ __typename }","variables":"string"}""", "`variables` must be a JSON object or null.")]
    [InlineData("""{"query":"{ __typename }","variables":["array"]}""", "`variables` must be a JSON object or null.")]
    [InlineData("""{"query":"{ __typename }","extensions":false}""", "`extensions` must be a JSON object or null.")]
    [InlineData("""[{"query":"{ __typename }"}]""", "Batched requests (a JSON array) are not supported; send one operation per request.")]
    [InlineData("\"just a string\"", "The body must be a JSON object.")]
    public async Task Refuses_malformed_requests_with_400_under_either_media_type(string body, string? message)
    {
        foreach (var accept in new[] { GraphQLResponse, Json })
        {
            using var response = await PostRawAsync(body, Json, accept);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = await AssertErrorAsync(response, "BAD_REQUEST");
            if (message is not null)
            {
                Assert.Equal(message, error.GetProperty("message").GetString());
            }
        }
    }

    [Theory]
    [InlineData("?qeury={__typename}")]
    [InlineData("?query={__typename}&variables=[1]")]
    [InlineData("?query={__typename}&variables={bad")]
    public async Task Refuses_malformed_GET_requests_with_400_under_either_media_type(string queryString)
    {
        foreach (var accept in new[] { GraphQLResponse, Json })
        {
            using var response = await GetAsync(queryString, accept);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            await AssertErrorAsync(response, "BAD_REQUEST");
        }
    }

    [Theory]
    [InlineData("?query={", "GRAPHQL_PARSE_FAILED")]
    [InlineData("?query={ noSuchField }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("?query=query A { __typename } query B { __typename }", "OPERATION_NOT_FOUND")]
    [InlineData("?query=query A { __typename }&operationName=C", "OPERATION_NOT_FOUND")]
    [InlineData("?query=query($c: String!) { branch(code: $c) { code } }&variables={\"c\":19}", "INVALID_VARIABLE")]
    [InlineData("?query=query($c: String!) { branch(code: $c) { code } }", "INVALID_VARIABLE")]
    public async Task Request_errors_are_400_under_the_graphql_response_type_and_200_under_legacy_json(string queryString, string code)
    {
        using (var response = await GetAsync(queryString, GraphQLResponse))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = await AssertErrorAsync(response, code);
            Assert.DoesNotContain("data", (await ReadAsync(response)).EnumerateObject().Select(p => p.Name));
            _ = error;
        }
        using (var response = await GetAsync(queryString, Json))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await AssertErrorAsync(response, code);
        }
    }

    [Fact]
    public async Task Validation_errors_name_the_failing_rule()
    {
        using var response = await GetAsync("?query={ noSuchField }", GraphQLResponse);
        var error = await AssertErrorAsync(response, "GRAPHQL_VALIDATION_FAILED");
        Assert.Equal("Cannot query field 'noSuchField' on type 'Query'.", error.GetProperty("message").GetString());
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", error.GetProperty("extensions").GetProperty("rule").GetString());
        Assert.Equal("5.3.1", error.GetProperty("extensions").GetProperty("specSection").GetString());
    }

    [Fact]
    public async Task Refuses_mutations_over_GET_with_405()
    {
        using var response = await GetAsync("?query=mutation { __typename }", GraphQLResponse);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
        var error = await AssertErrorAsync(response, "METHOD_NOT_ALLOWED");
        Assert.Equal("Only query operations can be sent with GET; send mutations with POST.", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Refuses_other_methods_with_405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, Json),
        };
        using var response = await api.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.OrderBy(m => m));
        await AssertErrorAsync(response, "METHOD_NOT_ALLOWED");
    }

    [Fact]
    public async Task Accepts_variables_and_operationName_over_GET()
    {
        var query = Uri.EscapeDataString("query A { __typename } query B($c: String!) { branch(code: $c) { nameJa } }");
        var variables = Uri.EscapeDataString("""{"c":"19"}""");
        using var response = await GetAsync($"?query={query}&operationName=B&variables={variables}&extensions={Uri.EscapeDataString("{}")}", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("山梨", (await ReadAsync(response)).GetProperty("data").GetProperty("branch").GetProperty("nameJa").GetString());
    }

    [Fact]
    public async Task Accepts_a_map_for_extensions()
    {
        using var response = await PostRawAsync("""{"query":"{ __typename }","extensions":{"some":"value"}}""", Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Sends_Japanese_as_text_not_as_escapes()
    {
        using var response = await GetAsync("?query={ branch(code: \"19\") { nameJa } }", null);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"nameJa\":\"山梨\"", raw);
        Assert.DoesNotContain("\\u", raw);
    }

    private Task<HttpResponseMessage> GetAsync(string queryString, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql" + queryString);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        return api.Client.SendAsync(request);
    }

    private Task<HttpResponseMessage> PostRawAsync(string body, string? contentType, string? accept = null)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        return api.Client.SendAsync(request);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>The response is a GraphQL error response with exactly this code, and carries no stack trace.</summary>
    private static async Task<JsonElement> AssertErrorAsync(HttpResponseMessage response, string code)
    {
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", raw);
        Assert.DoesNotContain("Exception", raw);
        var error = JsonDocument.Parse(raw).RootElement.GetProperty("errors")[0].Clone();
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        return error;
    }
}
