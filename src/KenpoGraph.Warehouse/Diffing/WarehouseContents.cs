using System.Reflection;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;
using KenpoGraph.Warehouse.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KenpoGraph.Warehouse.Diffing;

/// <summary>
/// Every row of one data version (or of an input about to become one), by entity type: the two sides a
/// comparison reads. Rows are the model's own entity objects, so an input and a published version are
/// compared through the same keys and columns, and a table added to the model is compared without more code.
/// </summary>
public sealed class WarehouseContents
{
    private static readonly MethodInfo ReadTableMethod = typeof(WarehouseContents).GetMethod(nameof(ReadTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <param name="rows">Rows by entity type; a type that is absent has no rows.</param>
    internal WarehouseContents(IReadOnlyDictionary<Type, IReadOnlyList<object>> rows)
    {
        Rows = rows;
    }

    /// <summary>No version at all: the first load adds every row.</summary>
    public static WarehouseContents Empty { get; } = new(new Dictionary<Type, IReadOnlyList<object>>());

    public IReadOnlyDictionary<Type, IReadOnlyList<object>> Rows { get; }

    /// <summary>The entity model (keys, columns, scales); the same for every provider as far as a comparison goes.</summary>
    internal static IModel Model { get; } = BuildModel();

    public static WarehouseContents Of(SeedSet seeds) => new(seeds.RowsByEntity);

    /// <summary>Reads every table of a published version (data_version aside, which every version has its own row of).</summary>
    public static async Task<WarehouseContents> ReadAsync(WarehouseDbContext db, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<Type, IReadOnlyList<object>>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.ClrType != typeof(DataVersion)))
        {
            var read = (Task<IReadOnlyList<object>>)ReadTableMethod.MakeGenericMethod(entity.ClrType).Invoke(null, [db, cancellationToken])!;
            rows[entity.ClrType] = await read;
        }
        return new WarehouseContents(rows);
    }

    private static async Task<IReadOnlyList<object>> ReadTableAsync<TEntity>(WarehouseDbContext db, CancellationToken cancellationToken)
        where TEntity : class =>
        await db.Set<TEntity>().AsNoTracking().ToListAsync(cancellationToken);

    private static IModel BuildModel()
    {
        // Building the model opens no connection; the in-memory name is never used.
        using var db = new WarehouseDbContext(SqliteWarehouseStore.Options(":memory:", readOnly: true));
        return db.Model;
    }
}
