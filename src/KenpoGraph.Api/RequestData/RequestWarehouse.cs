using GraphQL;
using KenpoGraph.Api.Access;
using KenpoGraph.Api.ReadModel;
using KenpoGraph.Warehouse.Model;
using KenpoGraph.Warehouse.Storage;

namespace KenpoGraph.Api.RequestData;

/// <summary>
/// The warehouse as one request sees it: the data version current when the request first touches data,
/// pinned for the rest of the request (on a server warehouse: read in one snapshot transaction, held until the request ends), and one context over it (queries run serially, see Schema), restricted
/// to the caller's rights. This is the single place resolvers' queries start from, so the row filter is part of
/// every one of them, however the GraphQL request reached it.
/// </summary>
internal sealed class RequestWarehouse(IWarehouseStore store, RequestCaller caller, ReadModels models, Telemetry.KenpoGraphMetrics metrics) : IAsyncDisposable
{
    private WarehouseSnapshot? _snapshot;
    private (bool Asked, ReadModelView? View) _model;
    private (bool Asked, ReadModelView? View) _modelAcrossAllBranches;
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
    public WarehouseDbContext Db => _db ??= Counted(Snapshot.CreateContext().RestrictTo(caller.Rights), ReadSource.Sql);

    /// <summary>
    /// Every branch's rows, for figures computed in memory across all branches (a ranking of the 47): the inputs must
    /// be complete even for a branch-scoped partner. What such a resolver returns is checked on its way out by the
    /// visibility guard (Visibility/VisibilityGuard), from the owners its objects name. Finance facts stay
    /// hidden from callers without Kenpo.Finance.Read.
    /// </summary>
    public WarehouseDbContext AcrossAllBranches => _acrossAllBranches ??= Counted(Snapshot.CreateContext().RestrictTo(AllBranches), ReadSource.Sql);

    /// <summary>
    /// The request's version in memory as the caller's rights see it (ReadModel/), or null while it is being built, or
    /// when it is not held: then <see cref="Db"/> answers. Both read the same pinned version.
    /// </summary>
    public ReadModelView? Model => Asked(ref _model, caller.Rights);

    /// <summary>The request's version in memory with every branch's rows, as <see cref="AcrossAllBranches"/> reads them.</summary>
    public ReadModelView? ModelAcrossAllBranches => Asked(ref _modelAcrossAllBranches, AllBranches);

    private ReadModelView? Asked(ref (bool Asked, ReadModelView? View) model, Domain.Access.AccessRights rights)
    {
        if (!model.Asked)
        {
            model = (true, models.For(Snapshot.Version, rights));
            if (model.View is not null)
            {
                Counted(model.View, ReadSource.ReadModel);
            }
        }
        return model.View;
    }

    private static class ReadSource
    {
        public const string ReadModel = "read_model";
        public const string Sql = "sql";
    }

    /// <summary>Counts a source opened (kenpograph.warehouse.reads): how often SQL still answers is what an operator watches.</summary>
    private T Counted<T>(T source, string name)
    {
        metrics.WarehouseReads.Add(1, new KeyValuePair<string, object?>("source", name));
        return source;
    }

    private Domain.Access.AccessRights AllBranches => new(caller.Rights.Scopes, Domain.Access.BranchRestriction.None);

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
