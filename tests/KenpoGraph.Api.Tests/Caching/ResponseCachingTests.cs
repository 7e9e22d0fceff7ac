using System.Net;
using System.Text;
using KenpoGraph.Api.Caching;
using KenpoGraph.Api.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace KenpoGraph.Api.Tests.Caching;

/// <summary>
/// What a BI tool polling all day sees: ETag and 304, cached answers, and a new data version changing
/// every ETag at once. Each test has its own server, so cache contents never leak between tests.
/// </summary>
public sealed class ResponseCachingTests : IDisposable
{
    private const string Query = "?query=" + "{ branch(code: \"19\") { nameJa } }";
    private readonly KenpoGraphApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task The_same_GET_is_answered_from_the_cache_and_revalidates_with_304()
    {
        using var first = await GetAsync(Query);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("MISS", first.Headers.GetValues("X-Cache").Single());
        var etag = first.Headers.ETag!.Tag;
        Assert.StartsWith("\"v1-", etag);
        Assert.Equal("public, max-age=10", first.Headers.CacheControl!.ToString());
        Assert.Equal(["Accept", "KenpoGraph-Decimals"], first.Headers.Vary);

        using var second = await GetAsync(Query);
        Assert.Equal("HIT", second.Headers.GetValues("X-Cache").Single());
        Assert.Equal(etag, second.Headers.ETag!.Tag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        using var revalidated = await GetAsync(Query, etag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(etag, revalidated.Headers.ETag!.Tag);
        Assert.Equal("public, max-age=10", revalidated.Headers.CacheControl!.ToString());
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task POST_revalidates_with_304_too()
    {
        using var first = await PostAsync("""{"query":"{ branch(code: \"19\") { nameJa } }"}""");
        var etag = first.Headers.ETag!.Tag;

        using var revalidated = await PostAsync("""{"query":"{ branch(code: \"19\") { nameJa } }"}""", etag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task Variables_operation_name_and_media_type_are_part_of_the_key()
    {
        const string query = "?query=" + "query B($c: String!) { branch(code: $c) { nameJa } }";
        var etags = new[]
        {
            (await GetAsync(query + "&variables={\"c\":\"19\"}")).Headers.ETag!.Tag,
            (await GetAsync(query + "&variables={ \"c\" : \"19\" }")).Headers.ETag!.Tag,
            (await GetAsync(query + "&variables={\"c\":\"20\"}")).Headers.ETag!.Tag,
            (await GetAsync(query + "&variables={\"c\":\"19\"}&operationName=B")).Headers.ETag!.Tag,
            (await GetAsync(query + "&variables={\"c\":\"19\"}", accept: "application/json")).Headers.ETag!.Tag,
        };
        // Whitespace in the variables does not matter; everything else does.
        Assert.Equal(etags[0], etags[1]);
        Assert.Equal(4, etags.Distinct().Count());
    }

    [Fact]
    public async Task Errors_are_neither_cached_nor_given_an_ETag()
    {
        using var response = await GetAsync("?query={ nationalMembership(fiscalYear: 1990) { fiscalYear { warekiLabel } } }");
        Assert.Contains("errors", await response.Content.ReadAsStringAsync());
        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.False(response.Headers.Contains("X-Cache"));
    }

    [Fact]
    public async Task A_new_data_version_returns_new_data_and_a_new_ETag_and_the_old_ETag_no_longer_matches()
    {
        using var before = await GetAsync("?query={ branch(code: \"19\") { nameEn } }");
        var oldEtag = before.Headers.ETag!.Tag;
        Assert.Contains("\"Yamanashi\"", await before.Content.ReadAsStringAsync());

        _api.Workspace.ReplaceLine("org_units.csv", "19,", "19,BRANCH,山梨,Yamanashi (renamed),全国健康保険協会山梨支部,Yamanashi Branch");
        using (var output = new StringWriter())
        {
            Assert.Equal(0, await LoadCommand.RunAsync([_api.Workspace.SeedDirectory, $"--Warehouse:DataDirectory={_api.Workspace.DataDirectory}"], output, output));
        }

        using var after = await GetAsync("?query={ branch(code: \"19\") { nameEn } }", oldEtag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("MISS", after.Headers.GetValues("X-Cache").Single());
        Assert.StartsWith("\"v2-", after.Headers.ETag!.Tag);
        Assert.Equal("""{"data":{"branch":{"nameEn":"Yamanashi (renamed)"}},"extensions":{"dataVersion":2}}""", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Parsed_and_validated_documents_are_reused_across_requests()
    {
        var documents = _api.Services.GetRequiredService<DocumentCache>();
        const string query = "?query=" + "query B($c: String!) { branch(code: $c) { nameJa } }";
        var (hits, misses) = (documents.Hits, documents.Misses);

        // Different variables: the response cache cannot answer, the document cache can.
        (await GetAsync(query + "&variables={\"c\":\"01\"}")).Dispose();
        (await GetAsync(query + "&variables={\"c\":\"02\"}")).Dispose();

        Assert.Equal(misses + 1, documents.Misses);
        Assert.Equal(hits + 1, documents.Hits);
    }

    private Task<HttpResponseMessage> GetAsync(string queryString, string? ifNoneMatch = null, string accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql" + queryString);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }
        return _api.Client.SendAsync(request);
    }

    private Task<HttpResponseMessage> PostAsync(string body, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }
        return _api.Client.SendAsync(request);
    }
}
