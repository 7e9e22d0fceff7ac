using System.Globalization;
using System.Text.Json;
using KenpoGraph.Api.Hosting;
using KenpoGraph.Warehouse.Diffing;
using KenpoGraph.Warehouse.Reports;
using KenpoGraph.Warehouse.Storage;

namespace KenpoGraph.Api.Cli;

/// <summary>`kenpograph diff &lt;version-a&gt; &lt;version-b&gt; [--json]`: what changed between two stored data versions.</summary>
internal static class DiffCommand
{
    public const int Succeeded = 0;
    public const int UsageError = 2;
    public const int VersionUnavailable = 3;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var json = args.Contains("--json");
        var positional = args.Where(a => !a.StartsWith('-')).ToArray();
        var configuration = KenpoGraphConfiguration.Build(args.Where(a => a != "--json" && a.StartsWith('-')).ToArray());
        var options = KenpoGraphConfiguration.WarehouseOptions(configuration);
        if (positional.Length != 2)
        {
            await errors.WriteLineAsync("kenpograph diff takes two data versions, e.g. `kenpograph diff 3 4` or `kenpograph diff 3 current`.");
            return UsageError;
        }
        var store = WarehouseStores.Create(options);
        using var owned = store as IDisposable;

        try
        {
            return await CompareAsync(store, options, positional, json, output, errors, cancellationToken);
        }
        catch (WarehouseUnavailableException exception)
        {
            await errors.WriteLineAsync(exception.Message);
            return VersionUnavailable;
        }
    }

    private static async Task<int> CompareAsync(IWarehouseStore store, WarehouseOptions options, string[] positional, bool json, TextWriter output,
        TextWriter errors, CancellationToken cancellationToken)
    {
        var versions = new int[2];
        for (var i = 0; i < 2; i++)
        {
            if (Resolve(positional[i], store) is not { } id)
            {
                await errors.WriteLineAsync($"'{positional[i]}' is not a data version: give a number or `current`. {Stored(store)}");
                return UsageError;
            }
            if (!store.StoredVersions().Contains(id))
            {
                await errors.WriteLineAsync($"Data version {id} is not stored (never published, or pruned: Warehouse:KeepPreviousVersions). {Stored(store)}");
                return VersionUnavailable;
            }
            versions[i] = id;
        }

        WarehouseChanges changes;
        try
        {
            await using var before = store.Version(versions[0]);
            await using var after = store.Version(versions[1]);
            await using var beforeDb = before.CreateContext();
            await using var afterDb = after.CreateContext();
            changes = WarehouseDiff.Compare(await WarehouseContents.ReadAsync(beforeDb, cancellationToken),
                await WarehouseContents.ReadAsync(afterDb, cancellationToken));
        }
        catch (WarehouseUnavailableException exception)
        {
            await errors.WriteLineAsync($"{exception.Message} {Stored(store)}");
            return VersionUnavailable;
        }

        await output.WriteAsync(json
            ? JsonSerializer.Serialize(changes, LoadReportWriter.JsonOptions) + "\n"
            : ChangeSummary.Of(changes, $"data version {versions[0]}", $"data version {versions[1]}"));
        return Succeeded;
    }

    internal static int? Resolve(string text, IWarehouseStore store)
    {
        if (text == "current")
        {
            try
            {
                using var current = store.Current();
                return current?.Version.Id;
            }
            catch (WarehouseUnavailableException)
            {
                return null;
            }
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
    }

    internal static string Stored(IWarehouseStore store)
    {
        try
        {
            return store.StoredVersions() is { Count: > 0 } stored
                ? $"Stored versions at {store.Location}: {string.Join(", ", stored)}."
                : $"No version is stored at {store.Location}.";
        }
        catch (WarehouseUnavailableException exception)
        {
            return exception.Message;
        }
    }
}
