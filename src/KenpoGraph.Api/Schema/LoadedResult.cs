using GraphQL.DataLoader;

namespace KenpoGraph.Api.Schema;

/// <summary>A look-up answered already (from the request's read model): nothing is batched, nothing awaited.</summary>
internal sealed class LoadedResult<T>(T value) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
}
