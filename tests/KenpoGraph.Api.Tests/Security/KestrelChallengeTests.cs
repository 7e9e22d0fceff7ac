using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.Tests.Limits;
using Microsoft.Extensions.DependencyInjection;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// Refused tokens on the real server (Kestrel), which will not send a header value outside ASCII: a challenge whose
/// description held "–" or "…" became HTTP 500 there, while the in-memory test server sent it (issue 15).
/// </summary>
public sealed class KestrelChallengeTests(KestrelChallengeTests.Server server) : IClassFixture<KestrelChallengeTests.Server>
{
    public sealed class Server() : LoopbackServerFixture("--Limits:RateLimit:PermitLimit=0");

    public static TheoryData<string> Refused => new()
    {
        "Basic dXNlcjpwYXNz",
        "Bearer not.a.jwt",
        "Bearer",
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_refused_authorization_header_is_a_401_with_an_ASCII_challenge(string authorization) =>
        await AssertInvalidTokenAsync(authorization);

    [Theory]
    [InlineData("*")]
    [InlineData("00")]
    [InlineData("48")]
    [InlineData("北海道")]
    public async Task A_token_naming_something_that_is_not_a_branch_is_a_401_with_an_ASCII_challenge(string branches)
    {
        var issuer = server.Loopback.App.Services.GetRequiredService<DevelopmentTokenIssuer>();
        await AssertInvalidTokenAsync($"Bearer {issuer.Mint(new DevelopmentTokenRequest { Branches = [branches] })}");
    }

    private async Task AssertInvalidTokenAsync(string authorization)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Loopback.GraphQLEndpoint)
        {
            Content = new StringContent("""{"query":"{ branch(code: \"19\") { nameJa } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{(int)response.StatusCode}: {body}");
        Assert.Contains("INVALID_TOKEN", body, StringComparison.Ordinal);
        Assert.StartsWith("Bearer error=\"invalid_token\"", Assert.Single(response.Headers.WwwAuthenticate).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("山梨", body, StringComparison.Ordinal);
    }
}
