using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KenpoGraph.Api.PersistedOperations;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KenpoGraph.Api.Tests.Limits;

/// <summary>The stores hold only documents that parsed and validated, within their bounds in bytes, after an attack run too.</summary>
public sealed class StoreBoundTests(StoreBoundTests.Server api, ITestOutputHelper output) : IClassFixture<StoreBoundTests.Server>
{
    /// <summary>A small APQ bound (1 MiB), so that valid documents fill it within the test, and no rate limit.</summary>
    public sealed class Server() : KenpoGraphApi(withSeed: true, settings: new Dictionary<string, string>
    {
        ["PersistedOperations:AutomaticOperationMegabytes"] = "1",
        ["Limits:RateLimit:PermitLimit"] = "0",
    });

    [Fact]
    public async Task Many_distinct_unparsable_or_large_APQ_documents_leave_the_stores_within_their_bounds()
    {
        // Was: the APQ store kept a document before parsing it, bounded by count (10,000): 2,000 unparsable 240 KB
        // documents, each refused with 400, added 1 GB of resident memory.
        var store = api.Services.GetRequiredService<PersistedOperationStore>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 300; i++)
        {
            // Unparsable, 240 KB (in lines, so the parser meets the error): refused, and never registered.
            var broken = $"{{ branch(code: \"{i}\") {{ code }}\n" + string.Concat(Enumerable.Repeat($"# {new string('x', 78)}\n", 3_000)) + "{{{";
            await SendAsync(broken);
        }
        Assert.Equal(0, store.Count);
        for (var i = 0; i < 300; i++)
        {
            // Valid and distinct, 10 KB each: 300 of them are 6 MB as UTF-16, far over the 1 MiB bound.
            var valid = $"{{ branch(code: \"19\") {{ code }} }}\n# {i} " + new string('y', 5_000);
            await SendAsync(valid);
        }

        output.WriteLine($"APQ store after 300 unparsable 240 KB and 300 valid 10 KB documents: {store.Count} entries, {store.Size:N0} of {store.SizeLimit:N0} bytes, " +
            $"{watch.Elapsed.TotalSeconds:0.0} s");
        Assert.InRange(store.Count, 1, 300);
        Assert.True(store.Size <= store.SizeLimit, $"{store.Size:N0} > {store.SizeLimit:N0}");
        // The latest valid one is still served by its hash alone.
        var last = $"{{ branch(code: \"19\") {{ code }} }}\n# 299 " + new string('y', 5_000);
        var result = await SendAsync(null, PersistedOperationStore.Sha256Hex(last));
        Assert.Equal("19", result.GetProperty("data").GetProperty("branch").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_not_remembered_by_its_hash()
    {
        const string invalid = "{ branch(code: \"19\") { nope } }";
        var first = await SendAsync(invalid);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", first.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var byHash = await SendAsync(null, PersistedOperationStore.Sha256Hex(invalid));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", byHash.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<JsonElement> SendAsync(string? query, string? hash = null)
    {
        hash ??= PersistedOperationStore.Sha256Hex(query!);
        var body = JsonSerializer.Serialize(new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json"));
        using var response = await api.Client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
