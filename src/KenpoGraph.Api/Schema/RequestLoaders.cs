using GraphQL;

namespace KenpoGraph.Api.Schema;

/// <summary>The batch loaders of one request, by name.</summary>
internal sealed class RequestLoaders
{
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing = default!)
        where TKey : notnull
    {
        if (!_loaders.TryGetValue(name, out var loader))
        {
            loader = new BatchLoader<TKey, TValue>(fetch, missing);
            _loaders[name] = loader;
        }
        return (BatchLoader<TKey, TValue>)loader;
    }
}

internal static class RequestLoadersAccess
{
    public static RequestLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RequestLoaders>();
}
