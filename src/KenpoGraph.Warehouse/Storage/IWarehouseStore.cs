using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>
/// One published data version, pinned: every context it creates reads that version and no other, so a
/// request that starts on version N finishes on version N even if version N+1 is published meanwhile.
/// </summary>
public sealed class WarehouseSnapshot(DataVersion version, DbContextOptions<WarehouseDbContext> options)
{
    public DataVersion Version { get; } = version;

    public WarehouseDbContext CreateContext() => new(options);
}

/// <summary>Where published data versions live and how a new one is published.</summary>
public interface IWarehouseStore
{
    /// <summary>A human-readable description of the location (file path or server/database), never a password.</summary>
    string Location { get; }

    /// <summary>The current published version, or null when nothing has been published yet.</summary>
    WarehouseSnapshot? Current();

    /// <summary>
    /// Writes <paramref name="seeds"/> as the next data version, all or nothing, and makes it current.
    /// Cancelled or failed, it leaves the current version as it was and nothing half-written behind.
    /// </summary>
    Task<PublishedVersion> PublishAsync(SeedSet seeds, DateTimeOffset loadedAt, IProgress<LoadProgress>? progress, CancellationToken cancellationToken);
}

/// <summary>The version a publication made current, and what the steward should know about how it went.</summary>
public sealed record PublishedVersion(DataVersion Version, IReadOnlyList<string> Warnings);
