using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Transport;
using KenpoGraph.Domain.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Net.Http.Headers;

namespace KenpoGraph.Api.Access;

/// <summary>Why a request is refused before anything is read, and how to say it (RFC 6750).</summary>
internal sealed record AccessRefusal(int StatusCode, string WwwAuthenticate, KenpoError Error);

/// <summary>
/// The door of /graphql (and of /metrics): a request with a bearer token passes only if the token validates and
/// names usable branches; every request needs Kenpo.Read (from its token, or from Auth:AnonymousScopes when it has
/// none). Finer rules apply later: Kenpo.Finance.Read per field (<see cref="RequiredScopeGuard"/>), branches per row
/// (the warehouse row filter).
/// </summary>
internal sealed class AccessGate(RequestCaller caller, IAuthenticationSchemeProvider schemes)
{
    public async Task<AccessRefusal?> CheckAsync(HttpContext http, string requiredScope = KenpoScope.Read)
    {
        string authorization = http.Request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            return caller.Rights.Has(requiredScope) ? null
                : new AccessRefusal(StatusCodes.Status401Unauthorized, "Bearer",
                    new KenpoError(ErrorCodes.AuthenticationRequired, $"This needs a bearer token (Authorization: Bearer ...) with the {requiredScope} permission.",
                        new Dictionary<string, object?> { ["requiredScope"] = requiredScope }));
        }
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return InvalidToken("Only bearer tokens are accepted (Authorization: Bearer ...).");
        }
        if (await schemes.GetSchemeAsync(JwtBearerDefaults.AuthenticationScheme) is null)
        {
            return InvalidToken("This server accepts no tokens: no token issuer is configured (AzureAd, or Auth:TokenIssuer).");
        }
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!result.Succeeded)
        {
            return InvalidToken(Reason(result.Failure));
        }
        // The signature verified: now what the claims mapping cannot see in the token's JSON (Access/TokenShape).
        var shape = TokenShape.Read(authorization["Bearer ".Length..].Trim());
        if (shape.Problem is { } malformed)
        {
            return InvalidToken(malformed);
        }
        http.User = CallerClaims.WithBranchesAsWritten(result.Principal, shape.Branches);
        if (CallerClaims.BranchesOf(http.User, out var invalid) is null)
        {
            return InvalidToken($"The {CallerClaims.Branches} claim holds '{HeaderText.Ascii(invalid!, 40)}', which is not a branch code (01-47).");
        }
        return caller.Rights.Has(requiredScope) ? null
            : new AccessRefusal(StatusCodes.Status403Forbidden, $"Bearer error=\"insufficient_scope\", scope=\"{requiredScope}\"",
                new KenpoError(ErrorCodes.InsufficientScope, $"The token does not grant {requiredScope}, which this needs.",
                    new Dictionary<string, object?> { ["requiredScope"] = requiredScope }));
    }

    /// <summary>
    /// 401 invalid_token. The description goes into WWW-Authenticate, so it is made ASCII and short (Transport/HeaderText):
    /// it can quote what the token holds, and Kestrel answers 500 rather than send a character outside ASCII.
    /// </summary>
    private static AccessRefusal InvalidToken(string reason) =>
        new(StatusCodes.Status401Unauthorized, $"Bearer error=\"invalid_token\", error_description=\"{HeaderText.Ascii(reason.Replace("\"", "'", StringComparison.Ordinal).Replace('\\', '/'), 200)}\"",
            new KenpoError(ErrorCodes.InvalidToken, $"The bearer token was refused: {reason}"));

    /// <summary>What the client may know about why its token failed: enough to fix it, nothing about the server.</summary>
    private static string Reason(Exception? failure) => failure switch
    {
        SecurityTokenExpiredException expired => $"it expired at {expired.Expires:yyyy-MM-dd'T'HH:mm:ss'Z'}.",
        SecurityTokenNotYetValidException early => $"it is not valid before {early.NotBefore:yyyy-MM-dd'T'HH:mm:ss'Z'}.",
        SecurityTokenInvalidAudienceException => "it was not issued for this API (audience).",
        ForeignTenantException => "it was issued for another tenant.",
        SecurityTokenInvalidIssuerException => "its issuer is not trusted.",
        SecurityTokenInvalidAlgorithmException => "its signing algorithm is not accepted.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "its signature is missing or does not verify.",
        SecurityTokenMalformedException or ArgumentException => "it is not a well-formed JWT.",
        _ => "it did not validate.",
    };
}

/// <summary>A token whose tid names a tenant other than the association's (the issuer check alone is not relied on).</summary>
internal sealed class ForeignTenantException(string message) : SecurityTokenValidationException(message);

internal static class AccessRefusalResponse
{
    public static void SetChallenge(this HttpResponse response, AccessRefusal refusal) =>
        response.Headers[HeaderNames.WWWAuthenticate] = refusal.WwwAuthenticate;
}
