using System.Linq.Expressions;

namespace KenpoGraph.Api.Schema;

/// <summary>
/// A value for a LINQ query built at run time, as a captured variable (a field of an object, as a C# lambda's
/// closure has), which EF Core sends as a SQL parameter. A bare Expression.Constant is written into the SQL and
/// into EF Core's compiled-query cache key, so every distinct value (a filter's operand, a batch of keys) compiled
/// and cached one more query; the hostile-input fuzzer's random filters grew the heap by hundreds of megabytes that way.
/// </summary>
internal static class QueryParameter
{
    public static MemberExpression Of(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Captured<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Captured<object>.Value));
    }

    private sealed class Captured<T>(T value)
    {
        public T Value { get; } = value;
    }
}
