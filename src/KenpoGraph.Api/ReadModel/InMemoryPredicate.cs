using System.Linq.Expressions;

namespace KenpoGraph.Api.ReadModel;

/// <summary>
/// A <c>where</c> predicate evaluated over a read model's rows, when its meaning in memory is the meaning SQL gives it:
/// comparisons, ranges, lists and and/or/not of the row's own columns (EF Core keeps C#'s null semantics in SQL). A
/// condition on related rows (a subquery) or on text (contains, startsWith, endsWith: collation-dependent in SQL) is
/// left to SQL: <see cref="TryCompile"/> says no.
/// </summary>
internal static class InMemoryPredicate
{
    /// <summary>
    /// The predicate as a delegate, interpreted rather than compiled to IL: building it costs microseconds and no JIT,
    /// where compiling cost a new method per request (the stream of JIT work bench/results found under filtered queries).
    /// </summary>
    public static bool TryCompile<T>(Expression<Func<T, bool>> predicate, out Func<T, bool> compiled)
    {
        var check = new SqlOnly();
        check.Visit(predicate.Body);
        compiled = check.Found ? (_ => false) : predicate.Compile(preferInterpretation: true);
        return !check.Found;
    }

    private sealed class SqlOnly : ExpressionVisitor
    {
        public bool Found { get; private set; }

        public override Expression? Visit(Expression? node)
        {
            if (node is not null && (typeof(IQueryable).IsAssignableFrom(node.Type)
                || node is MethodCallExpression { Method.DeclaringType: var declaring } && declaring == typeof(string)))
            {
                Found = true;
                return node;
            }
            return Found ? node : base.Visit(node);
        }
    }
}
