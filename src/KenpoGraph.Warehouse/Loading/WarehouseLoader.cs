using KenpoGraph.Domain.Checks;
using KenpoGraph.Warehouse.Diffing;
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

    /// <summary>Dry run: the input is valid and would publish a new version; nothing was written.</summary>
    Validated,
}

/// <param name="Version">The version published, or for <see cref="LoadStatus.Unchanged"/> the current one that holds this input.</param>
/// <param name="Problems">Every problem of a rejected input (file, row, column, rule).</param>
public sealed record LoadOutcome(LoadStatus Status, DataVersion? Version, IReadOnlyList<LoadProblem> Problems)
{
    /// <summary>The version the input was compared with (the current one when the load started), if any.</summary>
    public DataVersion? PreviousVersion { get; init; }

    /// <summary>What the input changes against <see cref="PreviousVersion"/>; null when not compared (rejected, unchanged, or not asked for).</summary>
    public WarehouseChanges? Changes { get; init; }

    /// <summary>Rows per table of the input (valid inputs only).</summary>
    public IReadOnlyDictionary<string, int>? RowCounts { get; init; }

    /// <summary>SHA-256 of the input files (valid inputs only).</summary>
    public string? InputDigest { get; init; }

    /// <summary>What the steward should know although the load went through (recorded discrepancies, leftovers removed …).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>What to load and how.</summary>
/// <param name="SeedDirectory">The seed folder.</param>
public sealed record LoadRequest(string SeedDirectory)
{
    /// <summary>How messages name the folder (as the user typed it); the full path when null.</summary>
    public string? DisplayDirectory { get; init; }

    /// <summary>Publish a new version even when the input is unchanged.</summary>
    public bool Force { get; init; }

    /// <summary>Validate and compare with the current version, and write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Compare the input with the current version (always done on a dry run): for the load report.</summary>
    public bool CompareWithCurrent { get; init; }
}

/// <summary>`kenpograph load`: validate everything, then publish all or nothing.</summary>
public sealed class WarehouseLoader(IWarehouseStore store, TimeProvider clock)
{
    /// <param name="force">Publish a new version even when the input is unchanged.</param>
    public Task<LoadOutcome> LoadAsync(string seedDirectory, string? displayDirectory = null, bool force = false,
        CancellationToken cancellationToken = default) =>
        LoadAsync(new LoadRequest(seedDirectory) { DisplayDirectory = displayDirectory, Force = force }, progress: null, cancellationToken);

    /// <summary>
    /// Reads and validates the input, compares it with the current version when asked, and publishes it
    /// unless it is a dry run. Cancellation stops it before the new version is made current, never after.
    /// </summary>
    public async Task<LoadOutcome> LoadAsync(LoadRequest request, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        var reading = SeedReader.Read(request.SeedDirectory, request.DisplayDirectory, progress: progress);
        if (reading.Seeds is not { } seeds)
        {
            return new LoadOutcome(LoadStatus.Rejected, null, reading.Problems);
        }
        cancellationToken.ThrowIfCancellationRequested();
        // Disposed before publishing: on a server it holds a read session, which must not stay open across the load.
        var current = CurrentOrNull();
        try
        {
            return await CompareAndPublishAsync(request, seeds, current, progress, cancellationToken);
        }
        finally
        {
            current?.Dispose();
        }
    }

    private async Task<LoadOutcome> CompareAndPublishAsync(LoadRequest request, SeedSet seeds, WarehouseSnapshot? current,
        IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        if (!request.Force && current?.Version is { } same && same.InputDigest == seeds.InputDigest)
        {
            return new LoadOutcome(LoadStatus.Unchanged, same, []) { PreviousVersion = same, RowCounts = seeds.RowCounts, InputDigest = seeds.InputDigest };
        }

        WarehouseChanges? changes = null;
        if (request.DryRun || request.CompareWithCurrent)
        {
            progress?.Report(new LoadProgress(LoadPhase.Comparing, 0, 1, current is null ? null : $"data version {current.Version.Id}"));
            changes = await CompareAsync(current, seeds, cancellationToken);
            progress?.Report(new LoadProgress(LoadPhase.Comparing, 1, 1, current is null ? null : $"data version {current.Version.Id}"));
        }
        var warnings = WarningsOf(seeds, current, request.Force);
        var outcome = new LoadOutcome(LoadStatus.Validated, null, [])
        {
            PreviousVersion = current?.Version, Changes = changes, RowCounts = seeds.RowCounts, InputDigest = seeds.InputDigest, Warnings = warnings,
        };
        if (request.DryRun)
        {
            return outcome;
        }
        current?.Dispose();
        var published = await store.PublishAsync(seeds, clock.GetUtcNow(), progress, cancellationToken);
        return outcome with { Status = LoadStatus.Published, Version = published.Version, Warnings = [.. published.Warnings, .. warnings] };
    }

    private static async Task<WarehouseChanges> CompareAsync(WarehouseSnapshot? current, SeedSet seeds, CancellationToken cancellationToken)
    {
        var after = WarehouseContents.Of(seeds);
        if (current is null)
        {
            return WarehouseDiff.Compare(WarehouseContents.Empty, after);
        }
        await using var db = current.CreateContext();
        return WarehouseDiff.Compare(await WarehouseContents.ReadAsync(db, cancellationToken), after);
    }

    private static List<string> WarningsOf(SeedSet seeds, WarehouseSnapshot? current, bool force)
    {
        var warnings = seeds.Planning.CheckResults
            .Where(c => c.Status == CheckStatus.KnownDiscrepancy)
            .Select(c => $"{c.Check} {c.Subject}: differs by {c.Difference:0.######}, accepted as recorded in known_discrepancies.csv ({c.Detail})")
            .ToList();
        if (force && current?.Version.InputDigest == seeds.InputDigest)
        {
            warnings.Add($"--force: the input is identical to data version {current.Version.Id}; the new version repeats its content.");
        }
        return warnings;
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
