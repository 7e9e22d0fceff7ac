using GraphQL;
using KenpoGraph.Warehouse.Model;
using KenpoGraph.Warehouse.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KenpoGraph.Api.Warehouse;

/// <summary>
/// The warehouse as one request sees it: the data version current when the request first touches data,
/// pinned for the rest of the request, and one context over it (queries run serially, see Schema).
/// </summary>
internal sealed class RequestWarehouse(IWarehouseStore store) : IAsyncDisposable
{
    private WarehouseSnapshot? _snapshot;
    private WarehouseDbContext? _db;

    public WarehouseSnapshot Snapshot => _snapshot ??= store.Current()
        ?? throw new WarehouseUnavailableException("No data version has been published yet: run `kenpograph load`.");

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

    public WarehouseDbContext Db => _db ??= Snapshot.CreateContext();

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }
    }
}

internal static class RequestWarehouseAccess
{
    public static RequestWarehouse Warehouse(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestWarehouse>();
}
