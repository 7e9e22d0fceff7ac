using System.Net;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// Claims fail closed (issue 15): an absent kenpo_branches claim means every branch, a present but empty one (string,
/// null or array) no branch, and anything malformed is 401 INVALID_TOKEN, never 500 and never more rights. Each token
/// here is signed with the development key, so only its shape is wrong; each asks for 山梨's and 長野's rows.
/// </summary>
[Collection(SecuredApiCollection.Name)]
public sealed class MalformedClaimTests(SecuredApi api)
{
    private const string Query = """{ branches { code } observations(first: 3, where: { orgUnit: { in: ["19", "20"] } }) { totalCount } }""";

    [Fact]
    public async Task A_valid_hand_written_token_without_the_branch_claim_sees_every_branch()
    {
        // The baseline for the cases below: the hand-written JSON itself is accepted.
        var data = (await api.SendAsync(Query, api.SignedAsWritten(api.ValidPayloadWith("")))).AssertAnswered();
        Assert.Equal(47, data.GetProperty("branches").GetArrayLength());
    }

    [Theory]
    [InlineData("\"kenpo_branches\":[]")]
    [InlineData("\"kenpo_branches\":\"\"")]
    [InlineData("\"kenpo_branches\":null")]
    [InlineData("\"kenpo_branches\":[\"\"]")]
    public async Task A_present_but_empty_branch_claim_limits_to_no_branch(string claim)
    {
        var data = (await api.SendAsync(Query, api.SignedAsWritten(api.ValidPayloadWith(claim)))).AssertAnswered();
        Assert.Equal(0, data.GetProperty("branches").GetArrayLength());
        Assert.Equal(0, data.GetProperty("observations").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_minted_token_with_an_empty_branch_list_limits_to_no_branch()
    {
        // `kenpograph token --branches ""` writes "kenpo_branches": [], which the claims mapping used to drop: every branch.
        var data = (await api.SendAsync(Query, api.Token(adjust: r => r with { Branches = [] }))).AssertAnswered();
        Assert.Equal(0, data.GetProperty("branches").GetArrayLength());
    }

    [Theory]
    [InlineData("\"kenpo_branches\":\"*\"", "not a branch code")]
    [InlineData("\"kenpo_branches\":\"00\"", "not a branch code")]
    [InlineData("\"kenpo_branches\":\"48\"", "not a branch code")]
    [InlineData("\"kenpo_branches\":[\"19\",\"北海道\"]", "not a branch code")]
    [InlineData("\"kenpo_branches\":\"19\\r\\nX-Injected: 1\"", "not a branch code")]
    [InlineData("\"kenpo_branches\":[[\"19\"]]", "must be a string or an array of strings")]
    [InlineData("\"kenpo_branches\":19", "must be a string or an array of strings")]
    [InlineData("\"kenpo_branches\":true", "must be a string or an array of strings")]
    [InlineData("\"kenpo_branches\":{\"code\":\"19\"}", "must be a string or an array of strings")]
    [InlineData("\"kenpo_branches\":\"19\",\"kenpo_branches\":\"20\"", "twice")]
    [InlineData("\"kenpo_branches\":[\"19\"],\"kenpo_branches\":[]", "twice")]
    [InlineData("\"scp\":\"Kenpo.Read\"", "twice")]
    [InlineData("\"roles\":[[\"Kenpo.Read\"]]", "must be a string or an array of strings")]
    // The token handler refuses this one itself, before the shape check: refused either way.
    [InlineData("\"azp\":[\"a\",\"b\"]", "refused")]
    public async Task A_malformed_claim_is_refused_as_an_invalid_token(string claim, string reason) =>
        await AssertInvalidTokenAsync(api.SignedAsWritten(api.ValidPayloadWith(claim)), reason);

    [Fact]
    public async Task A_list_valued_tenant_is_refused_even_when_it_names_ours_first() =>
        // The tenant check reads the first tid claim the mapping makes: ["ours", "theirs"] passed it.
        await AssertInvalidTokenAsync(api.SignedAsWritten(api.ValidPayloadWith($"\"tid\":[\"{api.Issuer.TenantId}\",\"another-tenant\"]")), "tid");

    [Fact]
    public async Task A_critical_header_extension_is_refused() =>
        await AssertInvalidTokenAsync(
            api.SignedAsWritten(api.ValidPayloadWith(""), """{"alg":"RS256","typ":"JWT","crit":["exp-ext"],"exp-ext":1}"""), "crit");

    [Fact]
    public async Task A_repeated_header_member_is_refused() =>
        // The handler reads the last alg ("none") and refuses the signature before the shape check would: refused either way.
        await AssertInvalidTokenAsync(api.SignedAsWritten(api.ValidPayloadWith(""), """{"alg":"RS256","alg":"none"}"""), "refused");

    [Fact]
    public async Task A_very_long_invalid_claim_is_quoted_shortly()
    {
        var reply = await api.SendAsync(Query, api.SignedAsWritten(api.ValidPayloadWith($"\"kenpo_branches\":\"{new string('X', 20_000)}\"")));
        reply.AssertRefused(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
        Assert.True(Assert.Single(reply.Headers.WwwAuthenticate).ToString().Length < 300);
        Assert.True(reply.Body.Length < 1_000, reply.Body[..200]);
    }

    private Task AssertInvalidTokenAsync(string token, string reason) => api.AssertInvalidTokenAsync(Query, token, reason);
}
