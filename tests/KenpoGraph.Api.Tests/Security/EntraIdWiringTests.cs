using System.Security.Claims;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.Hosting;
using KenpoGraph.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// The production path, checked without reaching Entra ID (no network here): with an AzureAd registration the bearer
/// scheme is Microsoft.Identity.Web's for that tenant and audience, claims keep their token names, and a token whose
/// tid names another tenant fails even after the issuer check passed.
/// </summary>
public sealed class EntraIdWiringTests : IDisposable
{
    private const string Tenant = "3f1c2a54-9d7e-4b8a-a6f0-2d5e8c7b9a10";
    private const string ClientId = "5a7d9e21-4c3b-4f6a-8e1d-0b2c4d6e8f01";

    private readonly SeedWorkspace _workspace = new();

    [Fact]
    public async Task An_AzureAd_registration_selects_Microsoft_Identity_Web_for_the_tenant_and_checks_tid()
    {
        await using var app = KenpoGraphWebApp.Build([
            "--environment=Production",
            "--AzureAd:Instance=https://login.microsoftonline.com/",
            $"--AzureAd:TenantId={Tenant}",
            $"--AzureAd:ClientId={ClientId}",
            "--AzureAd:Audience=api://kenpograph",
            $"--Warehouse:DataDirectory={_workspace.DataDirectory}",
        ]);
        var jwt = app.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

        Assert.Equal($"https://login.microsoftonline.com/{Tenant}/v2.0", jwt.Authority);
        Assert.Contains("api://kenpograph", jwt.TokenValidationParameters.ValidAudiences ?? [jwt.TokenValidationParameters.ValidAudience]);
        Assert.False(jwt.MapInboundClaims);

        var foreign = await ValidatedAsync(app.Services, jwt, tenant: "00000000-0000-0000-0000-0000000000ff");
        Assert.IsType<ForeignTenantException>(foreign.Result?.Failure);
        var ours = await ValidatedAsync(app.Services, jwt, tenant: Tenant);
        Assert.Null(ours.Result?.Failure);
    }

    /// <summary>Runs the scheme's OnTokenValidated for a principal of <paramref name="tenant"/>, as the handler does after the signature and issuer checks.</summary>
    private static async Task<TokenValidatedContext> ValidatedAsync(IServiceProvider services, JwtBearerOptions jwt, string tenant)
    {
        var http = new DefaultHttpContext { RequestServices = services };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(CallerClaims.Tenant, tenant), new Claim(CallerClaims.Scopes, "Kenpo.Read"), new Claim(CallerClaims.Subject, "someone")], "Bearer"));
        var context = new TokenValidatedContext(http, new AuthenticationScheme(JwtBearerDefaults.AuthenticationScheme, null, typeof(JwtBearerHandler)), jwt)
        {
            Principal = principal,
            SecurityToken = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken("eyJhbGciOiJub25lIn0.eyJ0aWQiOiJ4In0."),
        };
        await jwt.Events.TokenValidated(context);
        return context;
    }

    public void Dispose() => _workspace.Dispose();
}
