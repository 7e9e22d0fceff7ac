using System.Linq.Expressions;
using GraphQL.Types;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Sorting;

/// <summary>
/// A HotChocolate-style <c>order</c> input (<c>XSortInput</c>): a list of objects, each naming fields with
/// ASC or DESC; fields sort in the order the client wrote them, inside one object as across the list
/// (HotChocolate's sort visitor walks the value as written). Applied to the query, so SQL does the sorting.
/// </summary>
internal abstract class SortInputType<TEntity> : InputObjectGraphType, IRelatedSort
{
    private readonly Dictionary<string, LambdaExpression> _properties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RelatedSort> _related = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Func<TEntity, object?>> _compiled = new(StringComparer.Ordinal);

    /// <summary>The related object a nested sort field leads to, as a query of at most one row, and that object's sort input.</summary>
    private sealed record RelatedSort(Func<WarehouseDbContext, LambdaExpression> Rows, Type RowType, Lazy<IRelatedSort> Sort);

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

    /// <summary>
    /// A nested sort over an object field, as HotChocolate makes one (<c>order: [{ orgUnit: { nameEn: ASC } }]</c>): the
    /// related object's fields sort as correlated scalar subqueries, in the client's order; rows without the object sort
    /// as nulls do in HotChocolate's SQLite tests (first ascending, last descending), on every provider.
    /// </summary>
    /// <param name="rows">The related object as a query of at most one row for the entity.</param>
    protected void Object<TSort, TRelated>(string name, Func<WarehouseDbContext, Expression<Func<TEntity, IQueryable<TRelated>>>> rows, string description)
        where TSort : SortInputType<TRelated>, new()
    {
        Field<TSort>(name).Description(description);
        _related[name] = new RelatedSort(rows, typeof(TRelated), new(() => new TSort()));
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
    public IQueryable<TEntity> Apply<TKey>(IQueryable<TEntity> source, object? order, Expression<Func<TEntity, TKey>> fallback, WarehouseDbContext? db = null)
    {
        IOrderedQueryable<TEntity>? sorted = null;
        var entries = order is IEnumerable<KeyValuePair<string, object?>> single ? [single] : (order as IEnumerable<object?>)?.OfType<IEnumerable<KeyValuePair<string, object?>>>() ?? [];
        foreach (var entry in entries)
        {
            foreach (var (key, direction) in ((IRelatedSort)this).KeysOf(entry, db))
            {
                sorted = OrderBy(sorted ?? source, key, direction, first: sorted is null);
            }
        }
        return sorted is null ? source.OrderBy(fallback) : sorted.ThenBy(fallback);
    }

    /// <summary>
    /// The same order over rows already in memory: each field's key compiled once for the life of the process, compared as
    /// LINQ compares it (<see cref="Comparer{T}.Default"/> of the key), so the order is the one a query over the rows gives.
    /// A nested sort over related rows needs SQL and is not applied, as in <see cref="Apply"/> without a context.
    /// </summary>
    public IOrderedEnumerable<TEntity> ApplyInMemory<TKey>(IEnumerable<TEntity> source, object? order, Func<TEntity, TKey> fallback)
    {
        IOrderedEnumerable<TEntity>? sorted = null;
        var entries = order is IEnumerable<KeyValuePair<string, object?>> single ? [single] : (order as IEnumerable<object?>)?.OfType<IEnumerable<KeyValuePair<string, object?>>>() ?? [];
        foreach (var (field, value) in entries.SelectMany(entry => entry))
        {
            if (Direction(value) is not { } direction || !_properties.TryGetValue(field, out var property))
            {
                continue;
            }
            var key = _compiled.GetOrAdd(field, static (_, property) => Expression.Lambda<Func<TEntity, object?>>(
                Expression.Convert(property.Body, typeof(object)), property.Parameters).Compile(), property);
            sorted = (sorted, direction) switch
            {
                (null, SortDirection.Asc) => source.OrderBy(key, Comparer<object?>.Default),
                (null, _) => source.OrderByDescending(key, Comparer<object?>.Default),
                (_, SortDirection.Asc) => sorted.ThenBy(key, Comparer<object?>.Default),
                _ => sorted.ThenByDescending(key, Comparer<object?>.Default),
            };
        }
        return sorted is null ? source.OrderBy(fallback) : sorted.ThenBy(fallback);
    }

    IEnumerable<(LambdaExpression Key, SortDirection Direction)> IRelatedSort.KeysOf(IEnumerable<KeyValuePair<string, object?>> entry, WarehouseDbContext? db)
    {
        foreach (var (field, value) in entry)
        {
            if (Direction(value) is { } direction && _properties.TryGetValue(field, out var property))
            {
                yield return (property, direction);
            }
            else if (value is IEnumerable<KeyValuePair<string, object?>> nested && db is not null && _related.TryGetValue(field, out var related))
            {
                // rows(x).Select(key).FirstOrDefault(): one scalar subquery per nested key, nulls where the object is absent.
                var entity = Expression.Parameter(typeof(TEntity), "x");
                var rows = related.Rows(db);
                var rowsOfEntity = new Rebinder(rows.Parameters[0], entity).Visit(rows.Body);
                // Whether the object exists sorts first, so rows without it come first ascending and last descending on
                // every provider (SQLite sorts nulls so; PostgreSQL the other way round).
                var exists = Expression.Lambda(Expression.Call(typeof(Queryable), nameof(Queryable.Any), [related.RowType], rowsOfEntity), entity);
                foreach (var (key, nestedDirection) in related.Sort.Value.KeysOf(nested, db))
                {
                    yield return (exists, nestedDirection);
                    var keyType = Nullable(key.ReturnType);
                    var typedKey = key.ReturnType == keyType ? key
                        : Expression.Lambda(Expression.Convert(key.Body, keyType), key.Parameters);
                    var selected = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [related.RowType, keyType], rowsOfEntity, Expression.Quote(typedKey));
                    var first = Expression.Call(typeof(Queryable), nameof(Queryable.FirstOrDefault), [keyType], selected);
                    yield return (Expression.Lambda(first, entity), nestedDirection);
                }
            }
        }
    }

    // A value-type key becomes nullable, so a row without the related object sorts as null rather than as 0.
    private static Type Nullable(Type type) => type.IsValueType && System.Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;

    private sealed class Rebinder(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
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

/// <summary>A sort input as a nested sort field sees it: the keys an entry gives, over the input's own entity.</summary>
internal interface IRelatedSort
{
    IEnumerable<(LambdaExpression Key, SortDirection Direction)> KeysOf(IEnumerable<KeyValuePair<string, object?>> entry, WarehouseDbContext? db);
}
