using GraphQL;
using KenpoGraph.Api.Access;
using KenpoGraph.Warehouse.Model;
using KenpoGraph.Warehouse.Storage;

namespace KenpoGraph.Api.RequestData;

/// <summary>
/// The warehouse as one request sees it: the data version current when the request first touches data,
/// pinned for the rest of the request (on a server warehouse: read in one snapshot transaction, held until the request ends), and one context over it (queries run serially, see Schema), restricted
/// to the caller's rights. This is the single place resolvers' queries start from, so the row filter is part of
/// every one of them, however the GraphQL request reached it.
/// </summary>
internal sealed class RequestWarehouse(IWarehouseStore store, RequestCaller caller) : IAsyncDisposable
{
    private WarehouseSnapshot? _snapshot;
    private WarehouseDbContext? _db;
    private WarehouseDbContext? _acrossAllBranches;

    private WarehouseUnavailableException? _unavailable;

    /// <summary>
    /// The request's version, looked up once. If the warehouse could not be read then, the request stays without one: a
    /// later resolver that found the warehouse readable again would answer with rows of a version the response does not
    /// name (extensions.dataVersion null, no cache key), as the PostgreSQL restart test saw.
    /// </summary>
    public WarehouseSnapshot Snapshot
    {
        get
        {
            if (_snapshot is not null)
            {
                return _snapshot;
            }
            if (_unavailable is { } earlier)
            {
                // A new exception per throw: one instance rethrown by several resolvers would share a stack trace.
                throw new WarehouseUnavailableException(earlier.Message, earlier.InnerException, earlier.ClientMessage);
            }
            try
            {
                return _snapshot = store.Current()
                    ?? throw new WarehouseUnavailableException("No data version has been published yet: run `kenpograph load`.");
            }
            catch (WarehouseUnavailableException unavailable)
            {
                _unavailable = unavailable;
                throw;
            }
        }
    }

    /// <summary>The pinned version, or null if none is published (used for response metadata, never throws).</summary>
    public int? VersionIdOrNull
    {
        get
        {
            try
            {
                return Snapshot.Version.Id;
            }
            catch (WarehouseUnavailableException)
            {
                return null;
            }
        }
    }

    /// <summary>The caller's view: rows of other branches, and finance facts without Kenpo.Finance.Read, are not there.</summary>
    public WarehouseDbContext Db => _db ??= Snapshot.CreateContext().RestrictTo(caller.Rights);

    /// <summary>
    /// Every branch's rows, for figures computed in memory across all branches (a ranking of the 47): the inputs must
    /// be complete even for a branch-scoped partner. What such a resolver returns is checked on its way out by the
    /// visibility guard (Visibility/VisibilityGuard), from the owners its objects name. Finance facts stay
    /// hidden from callers without Kenpo.Finance.Read.
    /// </summary>
    public WarehouseDbContext AcrossAllBranches => _acrossAllBranches ??= Snapshot.CreateContext()
        .RestrictTo(new Domain.Access.AccessRights(caller.Rights.Scopes, Domain.Access.BranchRestriction.None));

    public async ValueTask DisposeAsync()
    {
        foreach (var context in new[] { _db, _acrossAllBranches })
        {
            if (context is not null)
            {
                await context.DisposeAsync();
            }
        }
        // On a server warehouse the snapshot holds the request's connection and read-only transaction.
        if (_snapshot is not null)
        {
            await _snapshot.DisposeAsync();
        }
    }
}

internal static class RequestWarehouseAccess
{
    public static RequestWarehouse Warehouse(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestWarehouse>();
}
