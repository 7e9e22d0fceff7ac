using System.Text.Json;
using KenpoGraph.Api.PersistedOperations;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// The response cache and the APQ store tell no partner what another asked (issue 15): a token caller's entries are
/// its own client's. Before, two partners with the same rights shared entries, so X-Cache: HIT (or a known APQ hash)
/// told the second that the first had sent the same document. Each test's document is unique to it, because the
/// collection's server is shared.
/// </summary>
[Collection(SecuredApiCollection.Name)]
public sealed class CrossCallerCacheTests(SecuredApi api)
{
    [Fact]
    public async Task A_partner_never_gets_a_cache_hit_from_another_partners_request()
    {
        var query = $$"""{ probe{{Guid.NewGuid():N}}: branch(code: "19") { nameJa } }""";
        var first = api.Token(branches: "19", client: "partner-a");
        var other = api.Token(branches: "19", client: "partner-b");

        var asked = await api.SendAsync(query, first);
        var again = await api.SendAsync(query, api.Token(branches: "19", client: "partner-a"));
        var probed = await api.SendAsync(query, other);

        Assert.Equal("MISS", Assert.Single(asked.Headers.GetValues("X-Cache")));
        Assert.Equal("HIT", Assert.Single(again.Headers.GetValues("X-Cache")));
        Assert.Equal("MISS", Assert.Single(probed.Headers.GetValues("X-Cache")));
        Assert.NotEqual(asked.Headers.ETag!.Tag, probed.Headers.ETag!.Tag);
        Assert.Equal(asked.Body, probed.Body);
    }

    [Fact]
    public async Task A_document_one_partner_registered_by_APQ_is_not_found_by_another()
    {
        var query = $$"""{ probe{{Guid.NewGuid():N}}: __typename }""";
        var hash = PersistedOperationStore.Sha256Hex(query);
        string Request(string? text) => JsonSerializer.Serialize(new
        {
            query = text,
            extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } },
        });
        var first = api.Token(client: "partner-a");

        (await api.SendAsync(query, first, body: Request(query))).AssertAnswered();
        var probed = await api.SendAsync(query, api.Token(client: "partner-b"), body: Request(null));
        var own = await api.SendAsync(query, first, body: Request(null));
        var anonymous = await api.SendAsync(query, body: Request(null));

        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], probed.ErrorCodes);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], anonymous.ErrorCodes);
        own.AssertAnswered();
    }
}
