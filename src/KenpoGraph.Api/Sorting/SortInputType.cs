using System.Linq.Expressions;
using GraphQL.Types;

namespace KenpoGraph.Api.Sorting;

/// <summary>
/// A HotChocolate-style <c>order</c> input (<c>XSortInput</c>): a list of objects, each naming fields with
/// ASC or DESC; fields sort in the order the client wrote them, inside one object as across the list
/// (HotChocolate's sort visitor walks the value as written). Applied to the query, so SQL does the sorting.
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

    /// <summary>The field's old name, sorting exactly as <paramref name="field"/> does; see <see cref="Filtering.DeprecatedInputAlias"/>.</summary>
    protected void DeprecatedAlias(string alias, string field)
    {
        Filtering.DeprecatedInputAlias.Add(this, alias, field);
        _properties[alias] = _properties[field];
    }

    /// <summary>
    /// Applies an <c>order</c> value (see <see cref="ClientOrder"/>: objects whose fields are in the client's order,
    /// directions as <see cref="SortDirection"/> or their names), then <paramref name="fallback"/> so results are
    /// always in a stable order.
    /// </summary>
    public IQueryable<TEntity> Apply<TKey>(IQueryable<TEntity> source, object? order, Expression<Func<TEntity, TKey>> fallback)
    {
        IOrderedQueryable<TEntity>? sorted = null;
        var entries = order is IEnumerable<KeyValuePair<string, object?>> single ? [single] : (order as IEnumerable<object?>)?.OfType<IEnumerable<KeyValuePair<string, object?>>>() ?? [];
        foreach (var entry in entries)
        {
            foreach (var (field, value) in entry)
            {
                if (Direction(value) is not { } direction || !_properties.TryGetValue(field, out var property))
                {
                    continue;
                }
                sorted = OrderBy(sorted ?? source, property, direction, first: sorted is null);
            }
        }
        return sorted is null ? source.OrderBy(fallback) : sorted.ThenBy(fallback);
    }

    private static SortDirection? Direction(object? value) => value switch
    {
        SortDirection direction => direction,
        "ASC" => SortDirection.Asc,
        "DESC" => SortDirection.Desc,
        _ => null,
    };

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
