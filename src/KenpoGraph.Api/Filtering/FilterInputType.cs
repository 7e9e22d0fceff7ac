using System.Linq.Expressions;
using GraphQL.Types;

namespace KenpoGraph.Api.Filtering;

/// <summary>
/// A HotChocolate-style <c>where</c> input over one entity (<c>XFilterInput</c> with <c>and</c>, <c>or</c>
/// and one operation input per field) that also knows how to turn a given value into a LINQ predicate,
/// so the filter runs in SQL where the data is read.
/// </summary>
internal abstract class FilterInputType<TSelf, TEntity> : InputObjectGraphType where TSelf : FilterInputType<TSelf, TEntity>
{
    private readonly Dictionary<string, LambdaExpression> _properties = new(StringComparer.Ordinal);

    protected FilterInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("All of these conditions hold.");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("At least one of these conditions holds.");
    }

    protected void Text(string name, Expression<Func<TEntity, string>> property, string description)
    {
        Field<StringOperationFilterInputType>(name).Description(description);
        _properties[name] = property;
    }

    protected void Integer(string name, Expression<Func<TEntity, int>> property, string description)
    {
        Field<IntOperationFilterInputType>(name).Description(description);
        _properties[name] = property;
    }

    protected void Enumeration<TEnumType, TEnum>(string name, Expression<Func<TEntity, TEnum>> property, string description)
        where TEnumType : EnumerationGraphType, new()
        where TEnum : struct, Enum
    {
        Field<EnumOperationFilterInputType<TEnumType>>(name).Description(description);
        _properties[name] = property;
    }

    /// <summary>An enum that may be absent (null): eq null finds the rows without one.</summary>
    protected void Enumeration<TEnumType, TEnum>(string name, Expression<Func<TEntity, TEnum?>> property, string description)
        where TEnumType : EnumerationGraphType, new()
        where TEnum : struct, Enum
    {
        Field<EnumOperationFilterInputType<TEnumType>>(name).Description(description);
        _properties[name] = property;
    }

    protected void Boolean(string name, Expression<Func<TEntity, bool>> property, string description)
    {
        Field<BooleanOperationFilterInputType>(name).Description(description);
        _properties[name] = property;
    }

    /// <summary>The predicate for a <c>where</c> value; null where no condition was given.</summary>
    public Expression<Func<TEntity, bool>>? ToPredicate(object? where)
    {
        if (where is not IDictionary<string, object?> conditions)
        {
            return null;
        }
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
                        parts.Add(alternatives.Aggregate(Expression.OrElse));
                    }
                    break;
                default:
                    if (value is IDictionary<string, object?> operations && _properties.TryGetValue(field, out var property))
                    {
                        var target = ParameterRebinder.Rebind(property, entity);
                        if (OperationCondition(operations, target) is { } condition)
                        {
                            parts.Add(condition);
                        }
                    }
                    break;
            }
        }
        return parts.Count == 0 ? null : parts.Aggregate(Expression.AndAlso);
    }

    private static Expression? OperationCondition(IDictionary<string, object?> operations, Expression target)
    {
        var parts = new List<Expression>();
        foreach (var (operation, value) in operations)
        {
            var condition = operation switch
            {
                "and" when value is IEnumerable<object?> all =>
                    all.OfType<IDictionary<string, object?>>().Select(o => OperationCondition(o, target)).OfType<Expression>()
                        .DefaultIfEmpty(Expression.Constant(true)).Aggregate(Expression.AndAlso),
                "or" when value is IEnumerable<object?> any =>
                    any.OfType<IDictionary<string, object?>>().Select(o => OperationCondition(o, target) ?? Expression.Constant(true))
                        .DefaultIfEmpty(Expression.Constant(true)).Aggregate(Expression.OrElse),
                _ => FilterOperation.Build(operation, target, value),
            };
            if (condition is not null)
            {
                parts.Add(condition);
            }
        }
        return parts.Count == 0 ? null : parts.Aggregate(Expression.AndAlso);
    }

    private sealed class ParameterRebinder(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        public static Expression Rebind(LambdaExpression property, ParameterExpression entity) =>
            new ParameterRebinder(property.Parameters[0], entity).Visit(property.Body);

        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
