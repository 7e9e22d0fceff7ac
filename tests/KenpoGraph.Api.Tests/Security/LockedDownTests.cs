using System.Net;
using System.Net.Http.Headers;
using KenpoGraph.Domain.Access;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// What a production-like configuration refuses: no token at all, introspection, too many requests from one client
/// (and, once its window has passed, serves it again), /metrics without Kenpo.Admin; and the audit line of each request.
/// </summary>
[Collection(LockedApiCollection.Name)]
public sealed class LockedDownTests(LockedApi api)
{
    [Fact]
    public async Task No_token_where_one_is_required_is_401_with_a_bearer_challenge()
    {
        var reply = await api.SendAsync("""{ branch(code: "19") { nameJa } }""");
        reply.AssertRefused(HttpStatusCode.Unauthorized, "AUTHENTICATION_REQUIRED");
        Assert.Equal("Bearer", Assert.Single(reply.Headers.WwwAuthenticate).ToString());
        Assert.DoesNotContain("山梨", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_switched_off_is_refused_and_typename_still_works()
    {
        var token = api.Token(client: "introspecting-client");
        var reply = await api.SendAsync(IntrospectionQuery.Text, token);
        reply.AssertRefused(HttpStatusCode.BadRequest, "INTROSPECTION_DISABLED");
        Assert.DoesNotContain("OrgUnit", reply.Body, StringComparison.Ordinal);

        var single = await api.SendAsync("""{ __type(name: "OrgUnit") { fields { name } } }""", token);
        single.AssertRefused(HttpStatusCode.BadRequest, "INTROSPECTION_DISABLED");

        var typename = await api.SendAsync("{ __typename dataVersion { id } }", token);
        Assert.Equal("Query", typename.AssertAnswered().GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task A_client_over_its_rate_limit_gets_429_with_Retry_After_and_recovers_after_its_window()
    {
        var limited = api.Token(client: "rate-limited-client");
        var other = api.Token(client: "another-client");
        const string query = """{ branch(code: "19") { nameJa } }""";
        for (var i = 0; i < 5; i++)
        {
            (await api.SendAsync(query, limited)).AssertAnswered();
        }

        var refused = await api.SendAsync(query, limited);
        refused.AssertRefused(HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter!.Delta);
        Assert.DoesNotContain("山梨", refused.Body, StringComparison.Ordinal);
        // Another client has its own window.
        (await api.SendAsync(query, other)).AssertAnswered();

        LockedApi.Clock.Advance(TimeSpan.FromSeconds(30));
        var stillRefused = await api.SendAsync(query, limited);
        stillRefused.AssertRefused(HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        Assert.Equal(TimeSpan.FromSeconds(30), stillRefused.Headers.RetryAfter!.Delta);

        LockedApi.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("山梨", (await api.SendAsync(query, limited)).AssertAnswered().GetProperty("branch").GetProperty("nameJa").GetString());
    }

    [Fact]
    public async Task Metrics_need_Kenpo_Admin()
    {
        using var anonymous = await api.Client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("AUTHENTICATION_REQUIRED", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var reader = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        reader.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.Token(scopes: KenpoScope.Read, client: "metrics-reader"));
        using var forbidden = await api.Client.SendAsync(reader);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var admin = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        admin.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.Token(scopes: KenpoScope.Admin, client: "metrics-scraper"));
        using var scraped = await api.Client.SendAsync(admin);
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
    }

    [Fact]
    public async Task Every_request_leaves_one_audit_line_with_ids_only()
    {
        var token = api.Token(scopes: "Kenpo.Read", branches: "19", client: "audited-client", adjust: r => r with { Subject = "audited-subject" });
        await api.SendAsync("""query AuditedQuery { branch(code: "19") { nameJa } }""", token);
        await api.SendAsync("""query AuditedRefusal { branch(code: "19") { nameJa } }""", token + "tampered");

        var lines = LockedApi.Audit.Lines;
        var answered = Assert.Single(lines, l => Equals(l["OperationName"], "AuditedQuery"));
        Assert.Equal("audited-client", answered["ClientId"]);
        Assert.Equal("audited-subject", answered["Subject"]);
        Assert.Equal("Kenpo.Read", answered["Scopes"]);
        Assert.Equal("19", answered["Branches"]);
        Assert.Equal(1, answered["DataVersion"]);
        Assert.Equal("success", answered["Outcome"]);
        Assert.Equal(200, answered["StatusCode"]);
        Assert.Equal(64, ((string)answered["DocumentHash"]!).Length);
        Assert.True(DateTimeOffset.TryParse((string)answered["At"]!, out _));
        Assert.IsType<double>(answered["DurationMs"]);
        // Ids only: neither the query text nor any data.
        Assert.DoesNotContain("branch(code", (string)answered["{Message}"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("山梨", (string)answered["{Message}"]!, StringComparison.Ordinal);

        // A refused token never reaches the document, so its line has no operation, no identity taken from the token,
        // and no rights: a bad token grants nothing.
        var refused = lines.Where(l => Equals(l["ErrorCode"], "INVALID_TOKEN")).ToArray();
        Assert.NotEmpty(refused);
        Assert.All(refused, l => Assert.Equal(401, l["StatusCode"]));
        Assert.All(refused, l => Assert.Equal("rejected", l["Outcome"]));
        Assert.All(refused, l => Assert.Null(l["ClientId"]));
        Assert.All(refused, l => Assert.Equal("", l["Scopes"]));
        Assert.All(refused, l => Assert.Equal("none", l["Branches"]));
    }
}
