using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>
/// One published data version, pinned: every context it creates reads that version and no other, so a
/// request that starts on version N finishes on version N even if version N+1 is published meanwhile.
/// <para>
/// On a server warehouse it also holds the reader's session (one connection and one read-only snapshot
/// transaction, in which the version was looked up and every context reads), so it must be disposed: a
/// request's <c>RequestWarehouse</c> does that when the request ends. SQLite's snapshots hold nothing.
/// </para>
/// </summary>
public sealed class WarehouseSnapshot : IAsyncDisposable, IDisposable
{
    private readonly Func<WarehouseDbContext> _createContext;
    private readonly IWarehouseSession? _session;

    public WarehouseSnapshot(DataVersion version, DbContextOptions<WarehouseDbContext> options)
        : this(version, () => new WarehouseDbContext(options), session: null)
    {
    }

    internal WarehouseSnapshot(DataVersion version, Func<WarehouseDbContext> createContext, IWarehouseSession? session)
    {
        Version = version;
        _createContext = createContext;
        _session = session;
    }

    public DataVersion Version { get; }

    /// <summary>A context over this version (on a server, inside the snapshot's session: dispose the context, the session stays).</summary>
    public WarehouseDbContext CreateContext() => _createContext();

    public ValueTask DisposeAsync() => _session?.DisposeAsync() ?? ValueTask.CompletedTask;

    public void Dispose() => _session?.Dispose();
}

/// <summary>What a server snapshot holds open: its connection and its transaction.</summary>
internal interface IWarehouseSession : IAsyncDisposable, IDisposable;

/// <summary>Where published data versions live and how a new one is published.</summary>
public interface IWarehouseStore
{
    /// <summary>A human-readable description of the location (file path or server/database), never a password.</summary>
    string Location { get; }

    /// <summary>The current published version, or null when nothing has been published yet. Dispose it when done.</summary>
    WarehouseSnapshot? Current();

    /// <summary>The data versions stored (the current one and those kept for diff and going back), oldest first.</summary>
    IReadOnlyList<int> StoredVersions();

    /// <summary>One stored data version (for `kenpograph diff`), checked like the current one. Dispose it when done.</summary>
    /// <exception cref="WarehouseUnavailableException">It is not stored, or cannot be read.</exception>
    WarehouseSnapshot Version(int id);

    /// <summary>
    /// Makes a stored version current again (`kenpograph rollback`): the way back from a bad publication. Nothing is
    /// copied or deleted; the next load still takes the next unused id.
    /// </summary>
    Task<DataVersion> MakeCurrentAsync(int id, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="seeds"/> as the next data version, all or nothing, and makes it current.
    /// Cancelled or failed, it leaves the current version as it was and nothing half-written behind.
    /// </summary>
    Task<PublishedVersion> PublishAsync(SeedSet seeds, DateTimeOffset loadedAt, IProgress<LoadProgress>? progress, CancellationToken cancellationToken);
}

/// <summary>The version a publication made current, and what the steward should know about how it went.</summary>
public sealed record PublishedVersion(DataVersion Version, IReadOnlyList<string> Warnings);
