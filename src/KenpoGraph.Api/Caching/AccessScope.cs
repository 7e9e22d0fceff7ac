namespace KenpoGraph.Api.Caching;

/// <summary>
/// What about the caller can change a response: part of every response-cache key and ETag, so two
/// callers share a cached answer only when they may see the same rows.
/// </summary>
/// <param name="Key">Stable text for the scope, e.g. "anonymous", or the caller's scopes and branch list.</param>
/// <param name="IsShared">True when any caller with this key gets the same answer without a token, so a
/// shared cache (proxy, CDN) may keep it: Cache-Control public. False: private, and Vary: Authorization.</param>
internal sealed record AccessScope(string Key, bool IsShared)
{
    public static readonly AccessScope Anonymous = new("anonymous", IsShared: true);
}

/// <summary>The hook token validation plugs into: it maps a request to its access scope (Access/AccessRegistration).</summary>
internal interface IAccessScopeResolver
{
    AccessScope Resolve(HttpContext http);
}
