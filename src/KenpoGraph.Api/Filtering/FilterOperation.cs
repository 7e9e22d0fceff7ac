using System.Linq.Expressions;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Filtering;

/// <summary>The meaning of each operator name, as a LINQ expression EF Core translates to SQL.</summary>
internal static class FilterOperation
{
    private static readonly System.Reflection.MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly System.Reflection.MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly System.Reflection.MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    public static Expression? Build(string operation, Expression target, object? value)
    {
        var type = target.Type;
        return operation switch
        {
            "eq" => Expression.Equal(target, Constant(value, type)),
            "neq" => Expression.NotEqual(target, Constant(value, type)),
            "in" => In(target, value),
            "nin" => Expression.Not(In(target, value)),
            "gt" => Expression.GreaterThan(target, Constant(value, type)),
            "ngt" => Expression.Not(Expression.GreaterThan(target, Constant(value, type))),
            "gte" => Expression.GreaterThanOrEqual(target, Constant(value, type)),
            "ngte" => Expression.Not(Expression.GreaterThanOrEqual(target, Constant(value, type))),
            "lt" => Expression.LessThan(target, Constant(value, type)),
            "nlt" => Expression.Not(Expression.LessThan(target, Constant(value, type))),
            "lte" => Expression.LessThanOrEqual(target, Constant(value, type)),
            "nlte" => Expression.Not(Expression.LessThanOrEqual(target, Constant(value, type))),
            "contains" => TextCall(StringContains, target, value),
            "ncontains" => Negate(TextCall(StringContains, target, value)),
            "startsWith" => TextCall(StringStartsWith, target, value),
            "nstartsWith" => Negate(TextCall(StringStartsWith, target, value)),
            "endsWith" => TextCall(StringEndsWith, target, value),
            "nendsWith" => Negate(TextCall(StringEndsWith, target, value)),
            _ => throw new InvalidOperationException($"Unknown filter operation '{operation}'."),
        };
    }

    private static Expression? Negate(Expression? condition) => condition is null ? null : Expression.Not(condition);

    // A null operand never gets here: FilterInputType refuses it as HotChocolate does (FilterNullValue).
    private static Expression? TextCall(System.Reflection.MethodInfo method, Expression target, object? value) =>
        value is string text ? Expression.Call(target, method, QueryParameter.Of(text, typeof(string))) : null;

    private static Expression In(Expression target, object? value)
    {
        var items = value is IEnumerable<object?> list ? list : [];
        var typed = Array.CreateInstance(target.Type, items.Count());
        var index = 0;
        foreach (var item in items)
        {
            typed.SetValue(Convert(item, target.Type), index++);
        }
        var contains = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(target.Type);
        return Expression.Call(contains, QueryParameter.Of(typed, typed.GetType()), target);
    }

    // A SQL parameter, not a literal: see QueryParameter.
    private static Expression Constant(object? value, Type type) => QueryParameter.Of(Convert(value, type), type);

    private static object? Convert(object? value, Type type)
    {
        if (value is null || type.IsInstanceOfType(value))
        {
            return value;
        }
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsEnum ? Enum.ToObject(underlying, value) : System.Convert.ChangeType(value, underlying, System.Globalization.CultureInfo.InvariantCulture);
    }
}
