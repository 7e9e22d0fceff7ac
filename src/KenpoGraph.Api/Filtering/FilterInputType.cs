using System.Linq.Expressions;
using GraphQL.Types;
using KenpoGraph.Api.Errors;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Filtering;

/// <summary>
/// A HotChocolate-style <c>where</c> input over one entity (<c>XFilterInput</c> with <c>and</c>, <c>or</c>
/// and one operation input per field) that also knows how to turn a given value into a LINQ predicate,
/// so the filter runs in SQL where the data is read.
/// </summary>
internal abstract class FilterInputType<TSelf, TEntity> : InputObjectGraphType, IRelatedFilter where TSelf : FilterInputType<TSelf, TEntity>
{
    private readonly Dictionary<string, FilterField> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RelatedRows> _related = new(StringComparer.Ordinal);

    /// <summary>
    /// Rows of another entity a field leads to, as a subquery over the request's warehouse (EF Core translates a
    /// DbSet inside a predicate to a correlated EXISTS), and whether the output field is one object or a list.
    /// </summary>
    private sealed record RelatedRows(Func<WarehouseDbContext, LambdaExpression> Rows, Type RowType, bool IsList, Lazy<IRelatedFilter> Filter, Lazy<string> FilterTypeName);

    protected FilterInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("All of these conditions hold.");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("At least one of these conditions holds.");
    }

    /// <param name="nullable">The property can be null (eq: null finds those rows); a C# string's nullability is not visible in the expression.</param>
    protected void Text(string name, Expression<Func<TEntity, string?>> property, string description, bool nullable = false) =>
        Add<StringOperationFilterInputType>(name, property, "StringOperationFilterInput", "String", nullable, description);

    protected void Integer(string name, Expression<Func<TEntity, int>> property, string description) =>
        Add<IntOperationFilterInputType>(name, property, "IntOperationFilterInput", "Int", nullable: false, description);

    protected void Integer(string name, Expression<Func<TEntity, int?>> property, string description) =>
        Add<IntOperationFilterInputType>(name, property, "IntOperationFilterInput", "Int", nullable: true, description);

    protected void Number(string name, Expression<Func<TEntity, decimal>> property, string description) =>
        Add<DecimalOperationFilterInputType>(name, property, "DecimalOperationFilterInput", "Decimal", nullable: false, description);

    /// <summary>A decimal that may be absent (null): eq null finds the rows without one.</summary>
    protected void Number(string name, Expression<Func<TEntity, decimal?>> property, string description) =>
        Add<DecimalOperationFilterInputType>(name, property, "DecimalOperationFilterInput", "Decimal", nullable: true, description);

    protected void Date(string name, Expression<Func<TEntity, DateOnly>> property, string description) =>
        Add<DateOnlyOperationFilterInputType>(name, property, "DateOnlyOperationFilterInput", "DateOnly", nullable: false, description);

    protected void Enumeration<TEnumType, TEnum>(string name, Expression<Func<TEntity, TEnum>> property, string description)
        where TEnumType : EnumerationGraphType, new()
        where TEnum : struct, Enum
    {
        var enumName = new TEnumType().Name;
        Add<EnumOperationFilterInputType<TEnumType>>(name, property, $"{enumName}OperationFilterInput", enumName, nullable: false, description);
    }

    /// <summary>An enum that may be absent (null): eq null finds the rows without one.</summary>
    protected void Enumeration<TEnumType, TEnum>(string name, Expression<Func<TEntity, TEnum?>> property, string description)
        where TEnumType : EnumerationGraphType, new()
        where TEnum : struct, Enum
    {
        var enumName = new TEnumType().Name;
        Add<EnumOperationFilterInputType<TEnumType>>(name, property, $"{enumName}OperationFilterInput", enumName, nullable: true, description);
    }

    protected void Boolean(string name, Expression<Func<TEntity, bool>> property, string description) =>
        Add<BooleanOperationFilterInputType>(name, property, "BooleanOperationFilterInput", "Boolean", nullable: false, description);

    /// <summary>
    /// A nested object filter, as HotChocolate makes one for an object field: <c>where: { region: { code: { eq: "KANTO" } } }</c>
    /// holds where the related object exists and matches (HotChocolate's x.Region != null &amp;&amp; …).
    /// </summary>
    /// <param name="rows">The related object as a query of at most one row for the entity.</param>
    protected void Object<TFilter, TRelated>(string name, Func<WarehouseDbContext, Expression<Func<TEntity, IQueryable<TRelated>>>> rows, string description)
        where TFilter : FilterInputType<TFilter, TRelated>, new()
    {
        Field<TFilter>(name).Description(description);
        var filter = new Lazy<TFilter>(() => new TFilter());
        _related[name] = new RelatedRows(rows, typeof(TRelated), IsList: false, new(() => filter.Value), new(() => filter.Value.Name));
    }

    /// <summary>A list filter (some / all / none / any) over the rows a list field shows, as HotChocolate makes one for a list field.</summary>
    protected void List<TFilter, TRelated>(string name, Func<WarehouseDbContext, Expression<Func<TEntity, IQueryable<TRelated>>>> rows, string description)
        where TFilter : FilterInputType<TFilter, TRelated>, new()
    {
        Field<ListFilterInputType<TFilter>>(name).Description(description);
        var filter = new Lazy<TFilter>(() => new TFilter());
        _related[name] = new RelatedRows(rows, typeof(TRelated), IsList: true, new(() => filter.Value), new(() => filter.Value.Name));
    }

    /// <summary>The field's old name, filtering exactly as <paramref name="field"/> does; see <see cref="DeprecatedInputAlias"/>.</summary>
    protected void DeprecatedAlias(string alias, string field)
    {
        DeprecatedInputAlias.Add(this, alias, field);
        _fields[alias] = _fields[field];
    }

    private void Add<TOperationType>(string name, LambdaExpression property, string operationTypeName, string scalarName, bool nullable, string description)
        where TOperationType : IInputObjectGraphType
    {
        Field<TOperationType>(name).Description(description);
        _fields[name] = new FilterField(property, operationTypeName, scalarName, nullable);
    }

    /// <summary>The predicate for a <c>where</c> value; null where no condition was given.</summary>
    /// <exception cref="KenpoError">INVALID_ARGUMENT: more than <see cref="FilterLimits.MaxConditions"/> conditions;
    /// FILTER_NULL_NOT_SUPPORTED: a null where the field or operation gives it no meaning.</exception>
    public Expression<Func<TEntity, bool>>? ToPredicate(object? where, WarehouseDbContext db)
    {
        if (where is not IDictionary<string, object?> conditions)
        {
            return null;
        }
        FilterLimits.Ensure(conditions);
        var entity = Expression.Parameter(typeof(TEntity), "x");
        var body = ObjectCondition(conditions, entity, db);
        return body is null ? null : Expression.Lambda<Func<TEntity, bool>>(body, entity);
    }

    LambdaExpression IRelatedFilter.PredicateOf(IDictionary<string, object?> where, WarehouseDbContext db)
    {
        var entity = Expression.Parameter(typeof(TEntity), "r");
        return Expression.Lambda<Func<TEntity, bool>>(ObjectCondition(where, entity, db) ?? Expression.Constant(true), entity);
    }

    private Expression? ObjectCondition(IDictionary<string, object?> conditions, ParameterExpression entity, WarehouseDbContext db)
    {
        var parts = new List<Expression>();
        foreach (var (field, value) in conditions)
        {
            switch (field)
            {
                case "and" when value is IEnumerable<object?> all:
                    parts.AddRange(all.OfType<IDictionary<string, object?>>().Select(c => ObjectCondition(c, entity, db)).OfType<Expression>());
                    break;
                case "or" when value is IEnumerable<object?> any:
                    var alternatives = any.OfType<IDictionary<string, object?>>().Select(c => ObjectCondition(c, entity, db) ?? Expression.Constant(true)).ToArray();
                    if (alternatives.Length > 0)
                    {
                        parts.Add(FilterLimits.Balanced(alternatives, Expression.OrElse));
                    }
                    break;
                default:
                    if (value is IDictionary<string, object?> operations && _fields.TryGetValue(field, out var filtered))
                    {
                        var target = ParameterRebinder.Rebind(filtered.Property, entity);
                        if (OperationCondition(operations, target, filtered) is { } condition)
                        {
                            parts.Add(condition);
                        }
                    }
                    else if (value is IDictionary<string, object?> nested && _related.TryGetValue(field, out var related))
                    {
                        if (RelatedCondition(nested, related, entity, db) is { } condition)
                        {
                            parts.Add(condition);
                        }
                    }
                    break;
            }
        }
        return parts.Count == 0 ? null : FilterLimits.Balanced(parts, Expression.AndAlso);
    }

    private static Expression? RelatedCondition(IDictionary<string, object?> value, RelatedRows related, ParameterExpression entity, WarehouseDbContext db)
    {
        var rows = ParameterRebinder.Rebind(related.Rows(db), entity);
        var filter = related.Filter.Value;
        if (!related.IsList)
        {
            return Exists(rows, related.RowType, filter.PredicateOf(value, db));
        }
        var parts = new List<Expression>();
        foreach (var (operation, operand) in value)
        {
            if (operand is null)
            {
                // HotChocolate refuses a null list operation as it refuses a null comparison (HC0026).
                throw FilterNullValue.Refused(operation, $"ListFilterInputTypeOf{related.FilterTypeName.Value}", operation == "any" ? "Boolean!" : $"{related.FilterTypeName.Value}!");
            }
            parts.Add(operation switch
            {
                "some" => Exists(rows, related.RowType, filter.PredicateOf((IDictionary<string, object?>)operand, db)),
                "none" => Expression.Not(Exists(rows, related.RowType, filter.PredicateOf((IDictionary<string, object?>)operand, db))),
                "all" => Expression.Not(Exists(rows, related.RowType, Negated(filter.PredicateOf((IDictionary<string, object?>)operand, db)))),
                "any" => (bool)operand ? Exists(rows, related.RowType, null) : Expression.Not(Exists(rows, related.RowType, null)),
                _ => throw new InvalidOperationException($"Unknown list filter operation '{operation}'."),
            });
        }
        return parts.Count == 0 ? null : FilterLimits.Balanced(parts, Expression.AndAlso);
    }

    private static LambdaExpression Negated(LambdaExpression predicate) => Expression.Lambda(Expression.Not(predicate.Body), predicate.Parameters);

    private static Expression Exists(Expression rows, Type rowType, LambdaExpression? predicate) => predicate is null
        ? Expression.Call(typeof(Queryable), nameof(Queryable.Any), [rowType], rows)
        : Expression.Call(typeof(Queryable), nameof(Queryable.Any), [rowType], rows, Expression.Quote(predicate));

    private static Expression? OperationCondition(IDictionary<string, object?> operations, Expression target, FilterField field)
    {
        var parts = new List<Expression>();
        foreach (var (operation, value) in operations)
        {
            var condition = operation switch
            {
                "and" when value is IEnumerable<object?> all =>
                    FilterLimits.Balanced([.. all.OfType<IDictionary<string, object?>>().Select(o => OperationCondition(o, target, field)).OfType<Expression>()
                        .DefaultIfEmpty(Expression.Constant(true))], Expression.AndAlso),
                "or" when value is IEnumerable<object?> any =>
                    FilterLimits.Balanced([.. any.OfType<IDictionary<string, object?>>().Select(o => OperationCondition(o, target, field) ?? Expression.Constant(true))
                        .DefaultIfEmpty(Expression.Constant(true))], Expression.OrElse),
                "and" or "or" => null,
                _ => FilterOperation.Build(operation, target, CheckNull(operation, value, field)),
            };
            if (condition is not null)
            {
                parts.Add(condition);
            }
        }
        return parts.Count == 0 ? null : FilterLimits.Balanced(parts, Expression.AndAlso);
    }

    // HotChocolate's rule (QueryableFilterVisitorComparableTests, …StringTests and their snapshots): eq / neq take null
    // only on a field that can be null (it then means IS NULL / IS NOT NULL), in / nin take null items only there, and
    // no other operation takes null at all.
    private static object? CheckNull(string operation, object? value, FilterField field)
    {
        var list = operation is "in" or "nin";
        if (value is null)
        {
            if (operation is "eq" or "neq" && field.Nullable)
            {
                return null;
            }
            throw FilterNullValue.Refused(operation, field.OperationTypeName, list ? $"[{field.ScalarName}!]" : $"{field.ScalarName}!");
        }
        if (list && !field.Nullable && value is IEnumerable<object?> items && items.Any(item => item is null))
        {
            throw FilterNullValue.Refused(operation, field.OperationTypeName, $"[{field.ScalarName}!]");
        }
        return value;
    }

    private sealed class ParameterRebinder(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        public static Expression Rebind(LambdaExpression property, ParameterExpression entity) =>
            new ParameterRebinder(property.Parameters[0], entity).Visit(property.Body);

        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
