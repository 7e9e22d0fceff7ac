using System.Net;
using System.Text;
using System.Text.Json;
using KenpoGraph.Api.PersistedOperations;
using KenpoGraph.Testing;

namespace KenpoGraph.Api.Tests.PersistedOperations;

/// <summary>Apollo's APQ protocol over GET and POST, and the allow-list mode, through HTTP.</summary>
public sealed class PersistedOperationTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    private static readonly string BranchOperation = File.ReadAllText(Path.Combine(SeedWorkspace.RepositoryRoot, "db", "operations", "Branch.graphql"));

    [Fact]
    public async Task A_registered_operation_runs_by_its_hash_over_GET()
    {
        using var response = await GetAsync(api, PersistedQuery(PersistedOperationStore.Sha256Hex(BranchOperation)), """{"code":"19"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("山梨", (await ReadAsync(response)).GetProperty("data").GetProperty("branch").GetProperty("nameJa").GetString());
    }

    [Fact]
    public async Task A_browser_following_a_persisted_GET_link_gets_the_answer_not_the_IDE()
    {
        var url = "/graphql?extensions=" + Uri.EscapeDataString(PersistedQuery(PersistedOperationStore.Sha256Hex(BranchOperation)))
            + "&variables=" + Uri.EscapeDataString("""{"code":"19"}""");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        using var response = await api.Client.SendAsync(request);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("山梨", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_hash_is_PERSISTED_QUERY_NOT_FOUND_then_registers_with_its_query_and_runs_by_hash_alone()
    {
        var query = "query Apq { branch(code: \"20\") { nameJa } }";
        var extensions = PersistedQuery(PersistedOperationStore.Sha256Hex(query));

        using (var unknown = await PostAsync(api, null, extensions, GraphQLResponse))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            var error = await AssertErrorAsync(unknown, "PERSISTED_QUERY_NOT_FOUND");
            Assert.Equal("PersistedQueryNotFound", error.GetProperty("message").GetString());
        }
        using (var unknownLegacy = await PostAsync(api, null, extensions, Json))
        {
            Assert.Equal(HttpStatusCode.OK, unknownLegacy.StatusCode);
            await AssertErrorAsync(unknownLegacy, "PERSISTED_QUERY_NOT_FOUND");
        }
        using (var registering = await PostAsync(api, query, extensions, GraphQLResponse))
        {
            Assert.Equal(HttpStatusCode.OK, registering.StatusCode);
        }
        using var byHash = await GetAsync(api, extensions, null);
        Assert.Equal(HttpStatusCode.OK, byHash.StatusCode);
        Assert.Equal("長野", (await ReadAsync(byHash)).GetProperty("data").GetProperty("branch").GetProperty("nameJa").GetString());
    }

    [Fact]
    public async Task A_hash_that_is_not_the_querys_is_refused()
    {
        using var response = await PostAsync(api, "{ __typename }", PersistedQuery(new string('a', 64)), GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await AssertErrorAsync(response, "PERSISTED_QUERY_HASH_MISMATCH");
        Assert.Equal($"extensions.persistedQuery.sha256Hash is {new string('a', 64)}, but the query's SHA-256 is {PersistedOperationStore.Sha256Hex("{ __typename }")}.",
            error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{"persistedQuery":{"version":2,"sha256Hash":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}}""",
        "`extensions.persistedQuery` must be an object with `version` 1.")]
    [InlineData("""{"persistedQuery":"abc"}""", "`extensions.persistedQuery` must be an object with `version` 1.")]
    [InlineData("""{"persistedQuery":{"version":1,"sha256Hash":"xyz"}}""", "`extensions.persistedQuery.sha256Hash` must be a SHA-256 in hexadecimal.")]
    public async Task A_malformed_persistedQuery_extension_is_a_bad_request(string extensions, string message)
    {
        using var response = await PostAsync(api, null, extensions, Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await AssertErrorAsync(response, "BAD_REQUEST");
        Assert.Equal(message, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task In_allow_list_mode_only_registered_operations_run()
    {
        using var allowList = new AllowListApi();
        var registeredHash = PersistedOperationStore.Sha256Hex(BranchOperation);

        using (var byHash = await GetAsync(allowList, PersistedQuery(registeredHash), """{"code":"19"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, byHash.StatusCode);
        }
        using (var byText = await PostAsync(allowList, BranchOperation, null, GraphQLResponse, """{"code":"19"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, byText.StatusCode);
        }
        var adHoc = "{ branches { code } }";
        using (var refused = await PostAsync(allowList, adHoc, null, GraphQLResponse))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var error = await AssertErrorAsync(refused, "PERSISTED_QUERY_NOT_ALLOWED");
            Assert.Equal($"Only registered operations are accepted here; no operation with SHA-256 {PersistedOperationStore.Sha256Hex(adHoc)} is registered.",
                error.GetProperty("message").GetString());
        }
        // APQ cannot register it either.
        var apq = PersistedQuery(PersistedOperationStore.Sha256Hex(adHoc));
        using (var registering = await PostAsync(allowList, adHoc, apq, GraphQLResponse))
        {
            await AssertErrorAsync(registering, "PERSISTED_QUERY_NOT_ALLOWED");
        }
        using var byUnknownHash = await GetAsync(allowList, apq, null);
        await AssertErrorAsync(byUnknownHash, "PERSISTED_QUERY_NOT_FOUND");
    }

    private sealed class AllowListApi() : KenpoGraphApi(withSeed: true, new Dictionary<string, string> { ["PersistedOperations:Mode"] = "AllowList" });

    private static string PersistedQuery(string hash) => $$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}""";

    private static Task<HttpResponseMessage> GetAsync(KenpoGraphApi api, string extensions, string? variables)
    {
        var url = "/graphql?extensions=" + Uri.EscapeDataString(extensions) + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables));
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", GraphQLResponse);
        return api.Client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PostAsync(KenpoGraphApi api, string? query, string? extensions, string accept, string? variables = null)
    {
        var body = JsonSerializer.Serialize(new
        {
            query,
            variables = variables is null ? (JsonElement?)null : JsonDocument.Parse(variables).RootElement,
            extensions = extensions is null ? (JsonElement?)null : JsonDocument.Parse(extensions).RootElement,
        });
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, Json) };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return api.Client.SendAsync(request);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static async Task<JsonElement> AssertErrorAsync(HttpResponseMessage response, string code)
    {
        var error = (await ReadAsync(response)).GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        return error;
    }
}
