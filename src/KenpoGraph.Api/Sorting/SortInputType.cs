using System.Linq.Expressions;
using GraphQL.Types;

namespace KenpoGraph.Api.Sorting;

/// <summary>
/// A HotChocolate-style <c>order</c> input (<c>XSortInput</c>): a list of objects, each naming fields with
/// ASC or DESC; earlier entries sort first. Applied to the query, so SQL does the sorting.
/// </summary>
internal abstract class SortInputType<TEntity> : InputObjectGraphType
{
    private readonly Dictionary<string, LambdaExpression> _properties = new(StringComparer.Ordinal);

    protected SortInputType(string name, string description)
    {
        Name = name;
        Description = description;
    }

    protected void Sort<TKey>(string name, Expression<Func<TEntity, TKey>> property, string description)
    {
        Field<SortEnumType>(name).Description(description);
        _properties[name] = property;
    }

    /// <summary>Applies an <c>order</c> value, then <paramref name="fallback"/> so results are always in a stable order.</summary>
    public IQueryable<TEntity> Apply<TKey>(IQueryable<TEntity> source, object? order, Expression<Func<TEntity, TKey>> fallback)
    {
        IOrderedQueryable<TEntity>? sorted = null;
        foreach (var entry in (order as IEnumerable<object?>)?.OfType<IDictionary<string, object?>>() ?? [])
        {
            foreach (var (field, value) in entry)
            {
                if (value is not SortDirection direction || !_properties.TryGetValue(field, out var property))
                {
                    continue;
                }
                sorted = OrderBy(sorted ?? (IQueryable<TEntity>)source, property, direction, first: sorted is null);
            }
        }
        return sorted is null ? source.OrderBy(fallback) : sorted.ThenBy(fallback);
    }

    private static IOrderedQueryable<TEntity> OrderBy(IQueryable<TEntity> source, LambdaExpression key, SortDirection direction, bool first)
    {
        var method = (first, direction) switch
        {
            (true, SortDirection.Asc) => nameof(Queryable.OrderBy),
            (true, SortDirection.Desc) => nameof(Queryable.OrderByDescending),
            (false, SortDirection.Asc) => nameof(Queryable.ThenBy),
            _ => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(typeof(Queryable), method, [typeof(TEntity), key.ReturnType], source.Expression, Expression.Quote(key));
        return (IOrderedQueryable<TEntity>)source.Provider.CreateQuery<TEntity>(call);
    }
}
