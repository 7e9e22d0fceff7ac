using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Api.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Schema;

/// <summary>
/// Batched one-to-many look-ups (a plan's nodes, a node's children, a line's amounts): every key a query
/// level asks for is fetched in one SQL statement, the rows ordered by <c>orderBy</c>.
/// </summary>
internal static class GroupLoader
{
    public static IDataLoaderResult<IEnumerable<TEntity>> LoadGroup<TEntity, TKey, TOrder>(this IResolveFieldContext context, string name, TKey key,
        Expression<Func<TEntity, TKey>> keyOf, Expression<Func<TEntity, TOrder>> orderBy, Expression<Func<TEntity, bool>>? where = null)
        where TEntity : class
        where TKey : notnull
    {
        var warehouse = context.Warehouse();
        var selector = KeySelector<TEntity, TKey>.Of(keyOf);
        if (warehouse.Model is { } model && model.Holds<TEntity>())
        {
            var groups = model.Index($"group:{typeof(TEntity).Name}:{name}", view => Grouped(view.Rows<TEntity>(), selector.Select, orderBy, where));
            return new LoadedResult<IEnumerable<TEntity>>(groups.TryGetValue(key, out var group) ? group : []);
        }
        var loader = context.Loaders().Get<TKey, IEnumerable<TEntity>>(name, async (keys, cancellationToken) =>
        {
            var rows = warehouse.Db.Set<TEntity>().Where(EntityLoader.WithKeyIn(keys, keyOf));
            var ordered = await (where is null ? rows : rows.Where(where)).OrderBy(orderBy).ToListAsync(cancellationToken);
            return ordered.GroupBy(selector.Select).ToDictionary(g => g.Key, g => g.AsEnumerable());
        }, missing: []);
        return loader.Load(key);
    }

    /// <summary>
    /// The rows by key, each group in <paramref name="orderBy"/>'s SQL order: built once per view (the expressions are
    /// compiled then, not per request). Rows without a key are in no group, as SQL's IN never matches a null.
    /// </summary>
    private static Dictionary<TKey, TEntity[]> Grouped<TEntity, TKey, TOrder>(IEnumerable<TEntity> rows, Func<TEntity, TKey> keyOf,
        Expression<Func<TEntity, TOrder>> orderBy, Expression<Func<TEntity, bool>>? where)
        where TKey : notnull
    {
        if (where is not null)
        {
            rows = rows.Where(where.Compile());
        }
        return rows.Where(row => keyOf(row) is not null).OrderBy(orderBy.Compile(), SqlOrder.Of<TOrder>())
            .GroupBy(keyOf).ToDictionary(group => group.Key, group => group.ToArray());
    }
}
