using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace KenpoGraph.Api.Schema;

/// <summary>
/// A batched loader's key selector (<c>x =&gt; x.Code</c>), compiled once per entity and key for the life of the
/// process. Compiling it per batch JIT-compiled a new method on every request; that stream of new code cost the
/// JIT itself about an eighth of a cold request's CPU and kept the runtime's tiered compilation from ever settling,
/// so the rest of the request ran as unoptimised code too (found by profiling the benchmark's cold roll-up).
/// </summary>
internal static class KeySelector<TEntity, TKey>
{
    private static readonly ConcurrentDictionary<string, Compiled> Cache = new(StringComparer.Ordinal);

    /// <summary>The compiled selector and a name for the loader (the entity and the key's path).</summary>
    public sealed record Compiled(Func<TEntity, TKey> Select, string Name);

    public static Compiled Of(Expression<Func<TEntity, TKey>> keyOf) =>
        // A property of the entity is named by its member, cheaply; anything else by its text.
        Cache.GetOrAdd(keyOf.Body is MemberExpression { Expression: ParameterExpression } member ? member.Member.Name : keyOf.ToString(),
            static (path, keyOf) => new Compiled(keyOf.Compile(), $"{typeof(TEntity).Name}:{path}"), keyOf);
}
