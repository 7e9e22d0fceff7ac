using KenpoGraph.Warehouse.Model;
using KenpoGraph.Warehouse.Storage;

namespace KenpoGraph.Warehouse.Loading;

public enum LoadStatus
{
    /// <summary>A new data version was published.</summary>
    Published,

    /// <summary>The input equals the current version's input: nothing was written.</summary>
    Unchanged,

    /// <summary>The input has problems: nothing was written.</summary>
    Rejected,
}

public sealed record LoadOutcome(LoadStatus Status, DataVersion? Version, IReadOnlyList<LoadProblem> Problems);

/// <summary>`kenpograph load`: validate everything, then publish all or nothing.</summary>
public sealed class WarehouseLoader(IWarehouseStore store, TimeProvider clock)
{
    /// <param name="force">Publish a new version even when the input is unchanged.</param>
    public async Task<LoadOutcome> LoadAsync(string seedDirectory, string? displayDirectory = null, bool force = false,
        CancellationToken cancellationToken = default)
    {
        var reading = SeedReader.Read(seedDirectory, displayDirectory);
        if (reading.Seeds is null)
        {
            return new LoadOutcome(LoadStatus.Rejected, null, reading.Problems);
        }
        if (!force && CurrentOrNull()?.Version is { } current && current.InputDigest == reading.Seeds.InputDigest)
        {
            return new LoadOutcome(LoadStatus.Unchanged, current, []);
        }
        var version = await store.PublishAsync(reading.Seeds, clock.GetUtcNow(), cancellationToken);
        return new LoadOutcome(LoadStatus.Published, version, []);
    }

    // A broken current version must not block loading a good one: that is how the steward repairs it.
    private WarehouseSnapshot? CurrentOrNull()
    {
        try
        {
            return store.Current();
        }
        catch (WarehouseUnavailableException)
        {
            return null;
        }
    }
}
