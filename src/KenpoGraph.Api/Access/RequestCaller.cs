using GraphQL;
using KenpoGraph.Domain.Access;
using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.Access;

/// <summary>
/// Who is calling in this request and what they may read: the service resolvers ask for the caller's rights.
/// Rows read through the warehouse are already filtered (the row filter of RequestData/RequestWarehouse); every object
/// a field hands out, including figures computed in memory across branches (a ranking of all 47), is checked against
/// these rights by the visibility guard (Visibility/VisibilityGuard).
/// </summary>
internal sealed class RequestCaller(IHttpContextAccessor accessor, IOptions<AuthOptions> options, IHostEnvironment environment)
{
    private AccessRights? _rights;
    private HttpContext? _actingAs;

    /// <summary>The request this caller is read from: the current one, unless <see cref="ActAs"/> named another.</summary>
    private HttpContext? Http => _actingAs ?? accessor.HttpContext;

    /// <summary>
    /// Reads the caller from <paramref name="http"/> instead of the current request: a subscription's events run outside
    /// the request that opened it, and a WebSocket authenticates from its connection_init message, not a header
    /// (Subscriptions/SubscriberIdentity). The same rules then apply as to a request.
    /// </summary>
    public void ActAs(HttpContext http)
    {
        _actingAs = http;
        _rights = null;
    }

    /// <summary>True when the request carried a valid bearer token.</summary>
    public bool IsAuthenticated => Http?.User.Identity?.IsAuthenticated == true;

    /// <summary>The token's client id (azp or appid); null for anonymous callers.</summary>
    public string? ClientId => Http is { } http ? CallerClaims.ClientId(http.User) : null;

    /// <summary>The token's subject (sub or oid); null for anonymous callers.</summary>
    public string? Subject => Http is { } http ? CallerClaims.SubjectOf(http.User) : null;

    /// <summary>
    /// The caller's permissions and branch restriction. Anonymous callers get Auth:AnonymousScopes and every branch.
    /// Outside a request, with a token that did not validate or an unusable branch claim (the endpoint refuses such
    /// tokens first), nothing: fail closed.
    /// </summary>
    public AccessRights Rights => _rights ??= Resolve();

    private AccessRights Resolve()
    {
        if (Http is not { } http)
        {
            return Nothing;
        }
        if (http.User.Identity?.IsAuthenticated != true)
        {
            // A token that did not validate grants nothing, not what anonymous callers get (the endpoint refuses it anyway).
            return http.Request.Headers.Authorization.Count > 0 ? Nothing
                : new AccessRights(options.Value.AnonymousScopesIn(environment), BranchRestriction.None);
        }
        return CallerClaims.BranchesOf(http.User, out _) is { } branches
            ? new AccessRights(CallerClaims.PermissionsOf(http.User), branches)
            : Nothing;
    }

    private static AccessRights Nothing => new([], BranchRestriction.To([]));
}

internal static class RequestCallerAccess
{
    /// <summary>The caller of the request this field is resolved for.</summary>
    public static RequestCaller Caller(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RequestCaller>();
}
