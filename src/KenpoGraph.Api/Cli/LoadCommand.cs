using KenpoGraph.Api.Hosting;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Storage;

namespace KenpoGraph.Api.Cli;

/// <summary>`kenpograph load [path] [--force]`: validate everything, then publish all or nothing.</summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var force = args.Contains("--force");
        var positional = args.Where(a => !a.StartsWith('-')).ToArray();
        if (positional.Length > 1)
        {
            await errors.WriteLineAsync("kenpograph load takes at most one path.");
            return 2;
        }
        var configuration = KenpoGraphConfiguration.Build(args.Where(a => a != "--force" && a.StartsWith('-')).ToArray());
        var options = KenpoGraphConfiguration.WarehouseOptions(configuration);
        var seedDirectory = positional.FirstOrDefault() ?? SeedLocation.Find(options);
        if (seedDirectory is null)
        {
            await errors.WriteLineAsync("No seed folder given and no db/seed found above the current directory or the program.");
            return 2;
        }

        var store = WarehouseStores.Create(options);
        var outcome = await new WarehouseLoader(store, TimeProvider.System).LoadAsync(Path.GetFullPath(seedDirectory), seedDirectory, force);
        switch (outcome.Status)
        {
            case LoadStatus.Rejected:
                foreach (var problem in outcome.Problems)
                {
                    await errors.WriteLineAsync(problem.ToString());
                }
                await errors.WriteLineAsync($"Load refused: {outcome.Problems.Count} problem(s); nothing was written. The warehouse at {store.Location} is unchanged.");
                return 1;
            case LoadStatus.Unchanged:
                await output.WriteLineAsync($"Unchanged: data version {outcome.Version!.Id} at {store.Location} already holds this input (digest {outcome.Version.InputDigest[..12]}). Use --force to publish it again.");
                return 0;
            default:
                var version = outcome.Version!;
                await output.WriteLineAsync($"Published data version {version.Id} at {store.Location} (digest {version.InputDigest[..12]}): {version.RowCountsJson}");
                return 0;
        }
    }
}
