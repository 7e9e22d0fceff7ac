namespace KenpoGraph.Api.Caching;

/// <summary>
/// What about the caller can change a response: part of every response-cache key and ETag, so two
/// callers share a cached answer only when they may see the same rows.
/// </summary>
/// <param name="Key">Stable text for the scope, e.g. "anonymous", or the caller's scopes and branch list.</param>
/// <param name="IsShared">True when any caller with this key gets the same answer without a token, so a
/// shared cache (proxy, CDN) may keep it: Cache-Control public. False: private, and Vary: Authorization.</param>
/// <param name="Partition">Whose stores these are: the calling client for token callers, "anonymous" otherwise. What one
/// partition put into a store (a cached answer, an APQ document) is never found from another, so neither a cache hit
/// nor a known hash tells one partner what another asked.</param>
internal sealed record AccessScope(string Key, bool IsShared, string Partition)
{
    public static readonly AccessScope Anonymous = new("anonymous", IsShared: true, Partition: "anonymous");
}

/// <summary>The hook token validation plugs into: it maps a request to its access scope (Access/AccessRegistration).</summary>
internal interface IAccessScopeResolver
{
    AccessScope Resolve(HttpContext http);
}
