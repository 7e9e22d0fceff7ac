using KenpoGraph.Api.Hosting;
using KenpoGraph.Warehouse.Storage;

namespace KenpoGraph.Api.Cli;

/// <summary>
/// `kenpograph rollback &lt;version&gt;`: makes a stored data version current again, the way back from a bad load.
/// Servers switch on their next request; nothing is copied or deleted, and the next load takes the next unused id.
/// </summary>
internal static class RollbackCommand
{
    public const int Succeeded = 0;
    public const int UsageError = 2;
    public const int Failed = 3;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var positional = args.Where(a => !a.StartsWith('-')).ToArray();
        var options = KenpoGraphConfiguration.WarehouseOptions(KenpoGraphConfiguration.Build(args.Where(a => a.StartsWith('-')).ToArray()));
        var store = WarehouseStores.Create(options);
        using var owned = store as IDisposable;
        if (positional.Length != 1 || DiffCommand.Resolve(positional[0], store) is not { } id || positional[0] == "current")
        {
            await errors.WriteLineAsync($"kenpograph rollback takes the stored data version to make current, e.g. `kenpograph rollback 3`. {DiffCommand.Stored(store)}");
            return UsageError;
        }
        try
        {
            var version = await store.MakeCurrentAsync(id, cancellationToken);
            await output.WriteLineAsync($"Data version {version.Id} (loaded {version.LoadedAt:u}) is current again at {store.Location}.");
            return Succeeded;
        }
        catch (Exception exception) when (exception is WarehouseUnavailableException or LoadLockedException)
        {
            await errors.WriteLineAsync($"{exception.Message} {DiffCommand.Stored(store)}");
            return Failed;
        }
    }
}
