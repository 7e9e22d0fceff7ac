using System.Security.Claims;
using KenpoGraph.Domain.Access;

namespace KenpoGraph.Api.Access;

/// <summary>
/// Reads a validated token's claims, named as Entra ID v2 tokens name them (inbound claim mapping is off):
/// <c>scp</c> (delegated scopes, space-separated), <c>roles</c> (app roles of partner daemons), <c>kenpo_branches</c>
/// (the branch restriction), <c>azp</c>/<c>appid</c> (client), <c>sub</c>/<c>oid</c> (subject), <c>tid</c> (tenant).
/// </summary>
internal static class CallerClaims
{
    public const string Scopes = "scp";
    public const string Roles = "roles";
    public const string Branches = "kenpo_branches";
    public const string AuthorizedParty = "azp";
    public const string ApplicationId = "appid";
    public const string Subject = "sub";
    public const string ObjectId = "oid";
    public const string Tenant = "tid";

    /// <summary>The KenpoGraph permissions in <c>scp</c> and <c>roles</c>.</summary>
    public static IEnumerable<string> PermissionsOf(ClaimsPrincipal user) =>
        user.FindAll(Scopes).SelectMany(c => AuthOptions.Split(c.Value)).Concat(user.FindAll(Roles).Select(c => c.Value));

    /// <summary>The branch restriction: none without the claim; null (unusable) when a value is not a branch code.</summary>
    public static BranchRestriction? BranchesOf(ClaimsPrincipal user, out string? invalid)
    {
        invalid = null;
        var values = user.FindAll(Branches).Select(c => c.Value).ToArray();
        return values.Length == 0 ? BranchRestriction.None : BranchRestriction.Parse(values, out invalid);
    }

    /// <summary>
    /// The principal with its kenpo_branches claims replaced by the values the token's JSON holds (Access/TokenShape):
    /// the claims mapping drops an empty array, which would read as "every branch"; an empty claim here reads as none.
    /// </summary>
    public static ClaimsPrincipal WithBranchesAsWritten(ClaimsPrincipal user, IReadOnlyList<string>? written)
    {
        var identity = user.Identities.First();
        foreach (var mapped in user.Identities.SelectMany(i => i.FindAll(Branches).Select(c => (i, c))).ToArray())
        {
            mapped.i.RemoveClaim(mapped.c);
        }
        if (written is not null)
        {
            identity.AddClaim(new Claim(Branches, string.Join(' ', written)));
        }
        return user;
    }

    /// <summary>The calling application: azp (v2 tokens) or appid (v1); null without a token.</summary>
    public static string? ClientId(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirst(AuthorizedParty)?.Value ?? user.FindFirst(ApplicationId)?.Value : null;

    /// <summary>Who the token is about: sub, else oid; null without a token.</summary>
    public static string? SubjectOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirst(Subject)?.Value ?? user.FindFirst(ObjectId)?.Value : null;
}
