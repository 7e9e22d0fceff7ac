using System.Net;
using KenpoGraph.Api.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// Outside Development nothing is open by default: no anonymous reading, and without an Entra ID registration no
/// token is accepted either. (No warehouse is loaded: every refusal here happens before data is touched.)
/// </summary>
public sealed class ProductionDefaultsTests(ProductionDefaultsTests.ProductionApi api) : IClassFixture<ProductionDefaultsTests.ProductionApi>
{
    public sealed class ProductionApi() : SecuredApiWithoutData("Production");

    [Fact]
    public async Task Anonymous_callers_read_nothing_in_production()
    {
        var reply = await api.SendAsync("{ dataVersion { id } }");
        reply.AssertRefused(HttpStatusCode.Unauthorized, "AUTHENTICATION_REQUIRED");
        Assert.Equal("Bearer", Assert.Single(reply.Headers.WwwAuthenticate).ToString());
    }

    [Fact]
    public async Task Without_an_Entra_ID_registration_a_development_token_is_refused_in_production()
    {
        var reply = await api.SendAsync("{ dataVersion { id } }", api.Token());
        reply.AssertRefused(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
        Assert.Contains("no token issuer is configured", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_need_Kenpo_Admin_in_production()
    {
        using var response = await api.Client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("Production", null, null, null)]
    [InlineData("Development", null, null, "Development")]
    [InlineData("Production", "00000000-0000-0000-0000-000000000001", null, "EntraId")]
    [InlineData("Development", "00000000-0000-0000-0000-000000000001", null, "EntraId")]
    [InlineData("Production", null, "Development", "Development")]
    public void The_accepted_issuer_follows_the_configuration(string environment, string? clientId, string? configured, string? expected)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration["AzureAd:ClientId"] = clientId;
        builder.Configuration["Auth:TokenIssuer"] = configured;
        Assert.Equal(expected, AccessRegistration.IssuerFor(builder)?.ToString());
    }
}

/// <summary>The host without any published data, in a chosen environment, with no access settings of the tests.</summary>
public abstract class SecuredApiWithoutData(string environment) : SecuredApi(withSeed: false, environment);
