using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Api.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.Schema;

/// <summary>
/// Batched look-ups by key: every key a query level asks for is fetched in one SQL statement, so a list
/// of 47 branches with nested regions or documents costs one statement per level, not one per branch.
/// </summary>
internal static class EntityLoader
{
    public static IDataLoaderResult<TEntity?> LoadByKey<TEntity, TKey>(this IResolveFieldContext context, TKey key,
        Expression<Func<TEntity, TKey>> keyOf)
        where TEntity : class
        where TKey : notnull
    {
        var warehouse = context.Warehouse();
        var selector = KeySelector<TEntity, TKey>.Of(keyOf);
        if (warehouse.Model is { } model && model.Holds<TEntity>())
        {
            return new LoadedResult<TEntity?>(ByKey(model, selector).GetValueOrDefault(key));
        }
        var loader = context.Loaders().Get<TKey, TEntity?>(selector.Name, async (keys, cancellationToken) =>
        {
            var rows = await warehouse.Db.Set<TEntity>().Where(WithKeyIn(keys, keyOf)).ToListAsync(cancellationToken);
            return rows.ToDictionary(selector.Select, row => (TEntity?)row);
        });
        return loader.Load(key);
    }

    /// <summary>The view's rows of <typeparamref name="TEntity"/> by key: what the batched SQL look-up returns, from memory.</summary>
    private static Dictionary<TKey, TEntity> ByKey<TEntity, TKey>(ReadModelView model, KeySelector<TEntity, TKey>.Compiled selector)
        where TKey : notnull =>
        model.Index($"key:{selector.Name}", view => view.Rows<TEntity>().ToDictionary(selector.Select));

    /// <summary>e => keys.Contains(keyOf(e)), as an expression EF Core turns into SQL IN, with the keys as a parameter.</summary>
    public static Expression<Func<TEntity, bool>> WithKeyIn<TEntity, TKey>(IEnumerable<TKey> keys, Expression<Func<TEntity, TKey>> keyOf)
    {
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)],
            QueryParameter.Of(keys.ToArray(), typeof(TKey[])), keyOf.Body);
        return Expression.Lambda<Func<TEntity, bool>>(contains, keyOf.Parameters);
    }
}
