using System.Net;
using System.Text;
using KenpoGraph.Api.Access;
using KenpoGraph.Domain.Access;
using Microsoft.IdentityModel.Tokens;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// Forged, expired and foreign tokens are refused with 401, WWW-Authenticate and no data, even where anonymous callers
/// could read (a bad token is never treated as no token). Each asks for 山梨 so that any data would show.
/// </summary>
[Collection(SecuredApiCollection.Name)]
public sealed class TokenAttackTests(SecuredApi api)
{
    private const string Query = """{ branch(code: "19") { nameJa facts(fromYear: 2024, toYear: 2024) { value } } observations(first: 5) { totalCount } }""";

    private Task AssertInvalidTokenAsync(string token, string reason) => api.AssertInvalidTokenAsync(Query, token, reason);

    [Fact]
    public Task An_expired_token_is_refused() => AssertInvalidTokenAsync(
        api.Token(adjust: r => r with { NotBefore = DateTimeOffset.UtcNow.AddHours(-3), Expires = DateTimeOffset.UtcNow.AddHours(-2) }), "it expired at");

    [Fact]
    public Task A_token_not_yet_valid_is_refused() => AssertInvalidTokenAsync(
        api.Token(adjust: r => r with { NotBefore = DateTimeOffset.UtcNow.AddHours(2), Expires = DateTimeOffset.UtcNow.AddHours(3) }), "it is not valid before");

    [Fact]
    public Task A_token_for_another_audience_is_refused() => AssertInvalidTokenAsync(
        api.Token(adjust: r => r with { Audience = "api://some-other-api" }), "audience");

    [Fact]
    public Task A_token_from_another_issuer_is_refused() => AssertInvalidTokenAsync(
        api.Token(adjust: r => r with { Issuer = "https://login.example.invalid/evil/v2.0" }), "issuer is not trusted");

    [Fact]
    public Task A_token_signed_with_another_key_is_refused() => AssertInvalidTokenAsync(
        api.Token(adjust: r => r with { SigningKey = DevelopmentTokenIssuer.NewKey() }), "signature");

    [Fact]
    public Task An_unsigned_alg_none_token_is_refused() => AssertInvalidTokenAsync(Unsigned(api.Token()), "signature");

    [Fact]
    public Task A_token_of_another_tenant_is_refused() => AssertInvalidTokenAsync(
        api.Token(adjust: r => r with { Tenant = "another-tenant" }), "issuer is not trusted");

    [Fact]
    public Task A_token_naming_another_tenant_under_our_issuer_is_refused() => AssertInvalidTokenAsync(
        // Entra ID signs every tenant's tokens with the same keys: the tid itself is checked, not only the issuer.
        api.Token(adjust: r => r with { Tenant = "another-tenant", Issuer = api.Issuer.Issuer }), "another tenant");

    [Fact]
    public Task A_token_whose_branch_claim_is_not_a_branch_code_is_refused() => AssertInvalidTokenAsync(
        api.Token(branches: "19 ALL"), "not a branch code");

    [Fact]
    public Task A_garbled_token_is_refused() => AssertInvalidTokenAsync("not.a.jwt", "well-formed");

    [Fact]
    public async Task A_token_without_Kenpo_Read_is_forbidden_with_403()
    {
        var reply = await api.SendAsync(Query, api.Token(scopes: KenpoScope.FinanceRead));
        reply.AssertRefused(HttpStatusCode.Forbidden, "INSUFFICIENT_SCOPE");
        Assert.Equal("Kenpo.Read", reply.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("requiredScope").GetString());
        Assert.Contains("insufficient_scope", Assert.Single(reply.Headers.WwwAuthenticate).Parameter, StringComparison.Ordinal);
        Assert.DoesNotContain("山梨", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_authorization_scheme_is_refused()
    {
        var reply = await api.SendAsync(Query, headers: [new("Authorization", "Basic a2VucG86Z3JhcGg=")]);
        reply.AssertRefused(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
        Assert.DoesNotContain("山梨", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_token_is_answered()
    {
        var reply = await api.SendAsync(Query, api.Token());
        Assert.Equal("山梨", reply.AssertAnswered().GetProperty("branch").GetProperty("nameJa").GetString());
    }

    /// <summary>The token with its header replaced by {"alg":"none"} and its signature dropped, as an attacker forges it.</summary>
    private static string Unsigned(string token)
    {
        var parts = token.Split('.');
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""));
        return $"{header}.{parts[1]}.";
    }
}
