using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KenpoGraph.Api.Access;
using KenpoGraph.Domain.Access;
using Microsoft.Extensions.DependencyInjection;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// The API under the shipped Development access defaults (anonymous callers: Kenpo.Read only; the development
/// issuer), with tokens minted by <see cref="DevelopmentTokenIssuer"/>, the code behind `kenpograph token`.
/// </summary>
public class SecuredApi : KenpoGraphApi
{
    /// <summary>The partner of the acceptance case: 山梨 (19) only, with the finance permission so that only the branch rule hides rows.</summary>
    public const string YamanashiPartner = "partner-yamanashi";

    public SecuredApi() : this(null)
    {
    }

    protected SecuredApi(IReadOnlyDictionary<string, string>? settings, Action<IServiceCollection>? services = null)
        : base(withSeed: true, settings, shippedAccessDefaults: true, services: services)
    {
    }

    protected SecuredApi(bool withSeed, string environment)
        : base(withSeed, shippedAccessDefaults: true, environment: environment)
    {
    }

    /// <summary>Why this API's warehouse cannot run here (PostgreSQL not installed), or null; requests then skip the test.</summary>
    internal virtual string? Missing => null;

    internal DevelopmentTokenIssuer Issuer => Services.GetRequiredService<DevelopmentTokenIssuer>();

    /// <summary>A token as `kenpograph token` makes it; <paramref name="adjust"/> bends it into an attack.</summary>
    internal string Token(string scopes = $"{KenpoScope.Read} {KenpoScope.FinanceRead}", string? branches = null, string client = "kenpograph-tests",
        Func<DevelopmentTokenRequest, DevelopmentTokenRequest>? adjust = null)
    {
        var request = new DevelopmentTokenRequest
        {
            Scopes = AuthOptions.Split(scopes),
            Branches = branches is null ? null : AuthOptions.Split(branches),
            ClientId = client,
        };
        return Issuer.Mint(adjust is null ? request : adjust(request));
    }

    /// <summary>Kenpo.Read and Kenpo.Finance.Read, limited to 山梨 (19).</summary>
    internal string Yamanashi => Token(branches: "19", client: YamanashiPartner);

    /// <summary>POSTs one GraphQL request, with a bearer token when given; any status.</summary>
    public async Task<Reply> SendAsync(string query, string? token = null, object? variables = null, string? body = null,
        IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        Skip.If(Missing is not null, Missing);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body ?? JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        using var response = await Client.SendAsync(request);
        // Kestrel refuses to send a header value outside ASCII and answers 500 instead; the in-memory server does not, so
        // every security test checks it here (issue 15: a reason quoting the token's claim, a dash in "01–47").
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            Assert.All(values, value => Assert.True(value.All(c => c is >= ' ' and <= '~'), $"{name}: {value} is not printable ASCII"));
        }
        return new Reply(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers);
    }

    /// <summary>
    /// <paramref name="token"/> is refused for <paramref name="query"/>: 401 INVALID_TOKEN naming <paramref name="reason"/>, a
    /// Bearer invalid_token challenge, no data and no 山梨 anywhere in the answer.
    /// </summary>
    internal async Task AssertInvalidTokenAsync(string query, string token, string reason)
    {
        var reply = await SendAsync(query, token);
        reply.AssertRefused(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
        Assert.Contains(reason, reply.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        var challenge = Assert.Single(reply.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.StartsWith("error=\"invalid_token\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.DoesNotContain("山梨", reply.Body, StringComparison.Ordinal);
    }

    /// <summary>
    /// A token whose JSON is exactly <paramref name="payloadJson"/> (under <paramref name="headerJson"/>), signed RS256 with
    /// the development key: for shapes the minting API cannot produce (a repeated claim, a crit header, a nested array).
    /// </summary>
    internal string SignedAsWritten(string payloadJson, string headerJson = """{"alg":"RS256","typ":"JWT"}""")
    {
        Token(); // the key file exists once a token was minted
        using var rsa = System.Security.Cryptography.RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(Issuer.KeyLocation!));
        var signed = $"{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(headerJson)}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payloadJson)}";
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signed), System.Security.Cryptography.HashAlgorithmName.SHA256,
            System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        return $"{signed}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(signature)}";
    }

    /// <summary>The JSON of a valid delegated token (Kenpo.Read, Kenpo.Finance.Read, no kenpo_branches) with <paramref name="members"/> added, e.g. <c>"kenpo_branches":[]</c>.</summary>
    internal string ValidPayloadWith(string members)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var standard = $$"""
            "iss":"{{Issuer.Issuer}}","aud":"{{Issuer.Audience}}","iat":{{now}},"nbf":{{now}},"exp":{{now + 3600}},"ver":"2.0",
            "sub":"kenpograph-tests","oid":"kenpograph-tests","azp":"kenpograph-tests","scp":"Kenpo.Read Kenpo.Finance.Read"
            """;
        var tenant = members.Contains("\"tid\"", StringComparison.Ordinal) ? "" : $",\"tid\":\"{Issuer.TenantId}\"";
        return $"{{{standard}{tenant}{(members.Length == 0 ? "" : ",")}{members}}}";
    }
}

/// <summary>One response: status, body text (what the leak checks read) and headers.</summary>
public sealed record Reply(HttpStatusCode Status, string Body, HttpResponseHeaders Headers)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public JsonElement Data => Json.GetProperty("data");

    /// <summary>extensions.code of every error, in order.</summary>
    public IReadOnlyList<string> ErrorCodes => Json.TryGetProperty("errors", out var errors)
        ? errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!).ToArray()
        : [];

    /// <summary>A refusal: the status, exactly one error with the code, no data at all, and no branch named anywhere.</summary>
    public void AssertRefused(HttpStatusCode status, string code)
    {
        Assert.True(Status == status, $"expected {(int)status}, got {(int)Status}: {Body}");
        Assert.Equal([code], ErrorCodes);
        Assert.False(Json.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, Body);
        OutsideRights.AssertOnly(Body);
    }

    /// <summary>Answered (200) without any error.</summary>
    public JsonElement AssertAnswered()
    {
        Assert.True(Status == HttpStatusCode.OK, $"{(int)Status}: {Body}");
        Assert.Empty(ErrorCodes);
        return Data;
    }
}
