using KenpoGraph.Domain.Access;

namespace KenpoGraph.Api.Access;

/// <summary>The <c>Auth</c> configuration section (the Entra ID settings themselves are the <c>AzureAd</c> section).</summary>
internal sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// Which issuer's bearer tokens are accepted: <see cref="TokenIssuerKind.EntraId"/> (Microsoft.Identity.Web, the
    /// <c>AzureAd</c> section) or <see cref="TokenIssuerKind.Development"/> (the local issuer of <c>kenpograph token</c>).
    /// Unset: Entra ID when <c>AzureAd:ClientId</c> is configured, else the development issuer in the Development
    /// environment, else none (every token is refused and only anonymous access remains).
    /// </summary>
    public TokenIssuerKind? TokenIssuer { get; set; }

    /// <summary>
    /// Permissions of callers without a token, separated by spaces or commas. Unset: Kenpo.Read in the Development
    /// environment, none elsewhere (a request without a token is then refused with 401).
    /// </summary>
    public string? AnonymousScopes { get; set; }

    /// <summary>
    /// The permission GET /metrics needs. Unset: Kenpo.Admin outside Development, none (open) in Development;
    /// an empty value opens it everywhere (when only the cluster's network reaches it).
    /// </summary>
    public string? MetricsScope { get; set; }

    /// <summary>The development issuer: what `kenpograph token` signs with and the server accepts outside Entra ID.</summary>
    public DevelopmentIssuerOptions Development { get; set; } = new();

    public IReadOnlyList<string> AnonymousScopesIn(IHostEnvironment environment) =>
        AnonymousScopes is { } configured ? Split(configured) : environment.IsDevelopment() ? [KenpoScope.Read] : [];

    public string? MetricsScopeIn(IHostEnvironment environment) =>
        MetricsScope is { } configured ? (configured.Trim().Length == 0 ? null : configured.Trim())
            : environment.IsDevelopment() ? null : KenpoScope.Admin;

    public static IReadOnlyList<string> Split(string scopes) =>
        scopes.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Whose tokens the API accepts.</summary>
internal enum TokenIssuerKind
{
    /// <summary>The association's Entra ID tenant, validated by Microsoft.Identity.Web (the AzureAd section).</summary>
    EntraId,

    /// <summary>The local development issuer: a key generated on first use, tokens minted by `kenpograph token`.</summary>
    Development,
}

/// <summary><c>Auth:Development</c>: the development issuer, shaped like Entra ID v2 tokens (iss per tenant, tid, scp, roles, azp).</summary>
internal sealed class DevelopmentIssuerOptions
{
    /// <summary>The tenant id the development issuer stands for; tokens naming another tenant (tid) are refused.</summary>
    public string TenantId { get; set; } = "kenpograph-development";

    /// <summary>Issuer; {tenant} is replaced by the tenant id, as Entra ID's issuer names its tenant.</summary>
    public string Issuer { get; set; } = "https://login.kenpograph.invalid/{tenant}/v2.0";

    /// <summary>The audience tokens must be issued for (the API's application id URI).</summary>
    public string Audience { get; set; } = "api://kenpograph";

    /// <summary>
    /// The RSA signing key as PEM (PKCS#8 or PKCS#1), e.g. from a secret store. Unset: the key file below, generated
    /// on first use. Never commit a key: anyone holding it can mint tokens with every right.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Where the generated key is kept. Unset: development-signing-key.pem in Warehouse:DataDirectory.</summary>
    public string? SigningKeyFile { get; set; }

    public string IssuerFor(string tenant) => Issuer.Replace("{tenant}", tenant, StringComparison.Ordinal);
}
