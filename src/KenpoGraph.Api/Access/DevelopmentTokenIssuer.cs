using System.Security.Cryptography;
using KenpoGraph.Domain.Access;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KenpoGraph.Api.Access;

/// <summary>
/// The local issuer for development and tests: signs tokens shaped like Entra ID v2 access tokens (RS256; iss naming
/// the tenant, tid, aud, scp or roles, azp, sub, kenpo_branches) with a key that never enters the repository: it comes
/// from Auth:Development:SigningKey, or is generated on first use into a file beside the warehouse. `kenpograph token`
/// mints with it; the server validates with it when the development issuer is the accepted one.
/// </summary>
internal sealed class DevelopmentTokenIssuer
{
    public const string KeyFileName = "development-signing-key.pem";

    private readonly DevelopmentIssuerOptions _options;
    private readonly Lazy<RsaSecurityKey> _key;

    public DevelopmentTokenIssuer(DevelopmentIssuerOptions options, string dataDirectory)
    {
        _options = options;
        KeyLocation = options.SigningKey is null ? options.SigningKeyFile ?? Path.Combine(dataDirectory, KeyFileName) : null;
        // Lazy: only a request that carries a token, or `kenpograph token`, needs the key; a first start does not.
        _key = new Lazy<RsaSecurityKey>(LoadKey);
    }

    /// <summary>The key file, or null when the key comes from configuration.</summary>
    public string? KeyLocation { get; }

    public string Issuer => _options.IssuerFor(_options.TenantId);

    public string Audience => _options.Audience;

    public string TenantId => _options.TenantId;

    /// <summary>A signed token (compact JWS) for <paramref name="request"/>.</summary>
    public string Mint(DevelopmentTokenRequest request)
    {
        var tenant = request.Tenant ?? _options.TenantId;
        var claims = new Dictionary<string, object>
        {
            [CallerClaims.Tenant] = tenant,
            [CallerClaims.Subject] = request.Subject,
            [CallerClaims.ObjectId] = request.Subject,
            [CallerClaims.AuthorizedParty] = request.ClientId,
            ["ver"] = "2.0",
        };
        if (request.AsApplication)
        {
            // A partner daemon (client credentials): its permissions are app roles, and it is its own subject.
            claims[CallerClaims.Roles] = request.Scopes.ToArray();
        }
        else
        {
            claims[CallerClaims.Scopes] = string.Join(' ', request.Scopes);
        }
        if (request.Branches is { } branches)
        {
            claims[CallerClaims.Branches] = branches.ToArray();
        }
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = request.Issuer ?? _options.IssuerFor(tenant),
            Audience = request.Audience ?? _options.Audience,
            IssuedAt = request.NotBefore.UtcDateTime,
            NotBefore = request.NotBefore.UtcDateTime,
            Expires = request.Expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(request.SigningKey ?? _key.Value, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>What a token must be to be accepted: this issuer and audience, signed RS256 with this key, within its lifetime.</summary>
    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = _options.Audience,
        // Resolved per token, so the key is read (or generated) only once a token arrives.
        IssuerSigningKeyResolver = (_, _, _, _) => [_key.Value],
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        NameClaimType = CallerClaims.Subject,
        RoleClaimType = CallerClaims.Roles,
    };

    /// <summary>A fresh RSA key, as an attacker's or another tenant's would be: for proving forged tokens fail.</summary>
    public static RsaSecurityKey NewKey()
    {
        var rsa = RSA.Create(2048);
        return new RsaSecurityKey(rsa) { KeyId = KeyIdOf(rsa) };
    }

    private RsaSecurityKey LoadKey()
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(_options.SigningKey ?? ReadOrCreateKeyFile(KeyLocation!));
        return new RsaSecurityKey(rsa) { KeyId = KeyIdOf(rsa) };
    }

    /// <summary>
    /// The PEM in <paramref name="path"/>, created first when missing: written to a private temporary file (owner
    /// read/write only) and moved into place without overwriting, so a server and `kenpograph token` starting together
    /// agree on one key.
    /// </summary>
    private static string ReadOrCreateKeyFile(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            using (var rsa = RSA.Create(2048))
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }
                using var writer = new StreamWriter(temporary, System.Text.Encoding.ASCII, options);
                writer.Write(rsa.ExportPkcs8PrivateKeyPem());
            }
            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }
        return File.ReadAllText(path);
    }

    private static string KeyIdOf(RSA rsa) => Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16];
}

/// <summary>What a development token says; the defaults are a one-hour delegated token with Kenpo.Read.</summary>
internal sealed record DevelopmentTokenRequest
{
    public IReadOnlyList<string> Scopes { get; init; } = [KenpoScope.Read];

    /// <summary>The kenpo_branches claim; null: no claim (every branch).</summary>
    public IReadOnlyList<string>? Branches { get; init; }

    /// <summary>Permissions as app roles (<c>roles</c>, a daemon's token) instead of delegated scopes (<c>scp</c>).</summary>
    public bool AsApplication { get; init; }

    public string ClientId { get; init; } = "kenpograph-cli";

    public string Subject { get; init; } = "kenpograph-developer";

    public DateTimeOffset NotBefore { get; init; } = DateTimeOffset.UtcNow;

    public DateTimeOffset Expires { get; init; } = DateTimeOffset.UtcNow.AddHours(1);

    /// <summary>Another tenant (tid, and the issuer naming it); null: the configured one.</summary>
    public string? Tenant { get; init; }

    /// <summary>Another issuer; null: the configured issuer for the token's tenant.</summary>
    public string? Issuer { get; init; }

    /// <summary>Another audience; null: the configured one.</summary>
    public string? Audience { get; init; }

    /// <summary>Another signing key (a forgery, in tests); null: the development key.</summary>
    public SecurityKey? SigningKey { get; init; }
}
