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
        return new Reply(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers);
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
