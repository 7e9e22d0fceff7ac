using KenpoGraph.Api.Caching;
using KenpoGraph.Api.Transport;
using KenpoGraph.Warehouse.Storage;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace KenpoGraph.Api.Access;

/// <summary>Authentication (Entra ID or the development issuer) and the caller's rights, wired into the web host.</summary>
internal static class AccessRegistration
{
    public const string AzureAdSection = "AzureAd";

    public static void AddKenpoGraphAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddHttpContextAccessor();
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        services.AddScoped<RequestCaller>();
        services.AddScoped<AccessGate>();
        services.AddSingleton<IAccessScopeResolver, CallerAccessScopeResolver>();
        services.AddSingleton(provider => DevelopmentIssuer(provider.GetRequiredService<IConfiguration>()));

        var issuer = IssuerFor(builder);
        // Without an issuer there is no bearer scheme at all: requests carrying a token are refused (Access/AccessGate).
        var authentication = issuer is null ? services.AddAuthentication() : services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme);
        switch (issuer)
        {
            case TokenIssuerKind.EntraId:
                authentication.AddMicrosoftIdentityWebApi(configuration.GetSection(AzureAdSection), JwtBearerDefaults.AuthenticationScheme);
                var tenant = configuration[$"{AzureAdSection}:TenantId"];
                // After Microsoft.Identity.Web's own configuration, so its events are kept and the tenant check chained.
                services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
                {
                    jwt.MapInboundClaims = false;
                    if (Guid.TryParse(tenant, out _))
                    {
                        RequireTenant(jwt, tenant!);
                    }
                });
                break;
            case TokenIssuerKind.Development:
                authentication.AddJwtBearer();
                services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<DevelopmentTokenIssuer>((jwt, issuer) =>
                {
                    jwt.MapInboundClaims = false;
                    jwt.TokenValidationParameters = issuer.ValidationParameters();
                    RequireTenant(jwt, issuer.TenantId);
                });
                break;
        }
    }

    /// <summary>The development issuer as configured: Auth:Development, its key beside the warehouse unless configured.</summary>
    public static DevelopmentTokenIssuer DevelopmentIssuer(IConfiguration configuration)
    {
        var options = new AuthOptions();
        configuration.GetSection(AuthOptions.Section).Bind(options);
        var warehouse = new WarehouseOptions();
        configuration.GetSection(WarehouseOptions.Section).Bind(warehouse);
        return new DevelopmentTokenIssuer(options.Development, warehouse.DataDirectory);
    }

    /// <summary>Auth:TokenIssuer, else Entra ID when AzureAd:ClientId is set, else the development issuer in Development only.</summary>
    internal static TokenIssuerKind? IssuerFor(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>()?.TokenIssuer;
        if (configured is not null)
        {
            return configured;
        }
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{AzureAdSection}:ClientId"]))
        {
            return TokenIssuerKind.EntraId;
        }
        return builder.Environment.IsDevelopment() ? TokenIssuerKind.Development : null;
    }

    /// <summary>
    /// Entra ID signs every tenant's tokens with the same keys, so a token of another tenant verifies: its tid must
    /// name ours. Checked after the issuer, so the refusal names the tenant when that is what is wrong.
    /// </summary>
    private static void RequireTenant(JwtBearerOptions jwt, string tenant)
    {
        jwt.Events ??= new JwtBearerEvents();
        var earlier = jwt.Events.OnTokenValidated;
        jwt.Events.OnTokenValidated = async context =>
        {
            await earlier(context);
            if (context.Result is null && context.Principal?.FindFirst(CallerClaims.Tenant)?.Value != tenant)
            {
                context.Fail(new ForeignTenantException("The token's tid names another tenant."));
            }
        };
    }

    /// <summary>GET /metrics only for callers holding Auth:MetricsScope (Kenpo.Admin outside Development).</summary>
    public static void UseMetricsAccess(this WebApplication app, string metricsPath)
    {
        var scope = app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.MetricsScopeIn(app.Environment);
        if (scope is null)
        {
            return;
        }
        app.UseWhen(http => http.Request.Path.StartsWithSegments(metricsPath), metrics => metrics.Use(async (http, next) =>
        {
            if (await http.RequestServices.GetRequiredService<AccessGate>().CheckAsync(http, scope) is { } refusal)
            {
                http.Response.SetChallenge(refusal);
                await GraphQLErrorResponse.WriteAsync(http, refusal.StatusCode, refusal.Error, cancellationToken: http.RequestAborted);
                return;
            }
            await next(http);
        }));
    }
}

/// <summary>
/// The caches' view of the caller (Caching/AccessScope): all anonymous callers share one key and a public cache entry
/// (they see the same public data); a token caller's entries are its client's own (azp, else the subject), keyed too by
/// its scopes and branches. Two partners with equal rights used to share entries, and X-Cache: HIT then told one that
/// the other had asked the same (issue 15); each client now pays its own first miss per operation and data version.
/// </summary>
internal sealed class CallerAccessScopeResolver : IAccessScopeResolver
{
    public AccessScope Resolve(HttpContext http)
    {
        var caller = http.RequestServices.GetRequiredService<RequestCaller>();
        if (!caller.IsAuthenticated)
        {
            return AccessScope.Anonymous;
        }
        var partition = caller.ClientId is { } client ? $"client={client}" : $"subject={caller.Subject}";
        return new AccessScope($"{partition};{caller.Rights}", IsShared: false, partition);
    }
}
