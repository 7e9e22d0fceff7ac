using System.Linq.Expressions;
using GraphQL.Types;
using KenpoGraph.Api.Errors;

namespace KenpoGraph.Api.Filtering;

/// <summary>
/// A HotChocolate-style <c>where</c> input over one entity (<c>XFilterInput</c> with <c>and</c>, <c>or</c>
/// and one operation input per field) that also knows how to turn a given value into a LINQ predicate,
/// so the filter runs in SQL where the data is read.
/// </summary>
internal abstract class FilterInputType<TSelf, TEntity> : InputObjectGraphType where TSelf : FilterInputType<TSelf, TEntity>
{
    private readonly Dictionary<string, FilterField> _fields = new(StringComparer.Ordinal);

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
    public Expression<Func<TEntity, bool>>? ToPredicate(object? where)
    {
        if (where is not IDictionary<string, object?> conditions)
        {
            return null;
        }
        FilterLimits.Ensure(conditions);
        var entity = Expression.Parameter(typeof(TEntity), "x");
        var body = ObjectCondition(conditions, entity);
        return body is null ? null : Expression.Lambda<Func<TEntity, bool>>(body, entity);
    }

    private Expression? ObjectCondition(IDictionary<string, object?> conditions, ParameterExpression entity)
    {
        var parts = new List<Expression>();
        foreach (var (field, value) in conditions)
        {
            switch (field)
            {
                case "and" when value is IEnumerable<object?> all:
                    parts.AddRange(all.OfType<IDictionary<string, object?>>().Select(c => ObjectCondition(c, entity)).OfType<Expression>());
                    break;
                case "or" when value is IEnumerable<object?> any:
                    var alternatives = any.OfType<IDictionary<string, object?>>().Select(c => ObjectCondition(c, entity) ?? Expression.Constant(true)).ToArray();
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
                    break;
            }
        }
        return parts.Count == 0 ? null : FilterLimits.Balanced(parts, Expression.AndAlso);
    }

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
            throw FilterNullValue.Refused(operation, field, list ? $"[{field.ScalarName}!]" : $"{field.ScalarName}!");
        }
        if (list && !field.Nullable && value is IEnumerable<object?> items && items.Any(item => item is null))
        {
            throw FilterNullValue.Refused(operation, field, $"[{field.ScalarName}!]");
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
