using System.Collections.Concurrent;
using System.Globalization;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Storage;

/// <summary>
/// The embedded warehouse: each published data version is its own SQLite file under
/// <c>versions/</c>, and the one-line file <c>current</c> names the live one. A load builds the next
/// file completely under a temporary name, then renames it into place and replaces <c>current</c> by an
/// atomic rename, so readers see the old version or the new one and never a half-written file, and a
/// failed or killed load leaves the published version untouched.
/// </summary>
public sealed class SqliteWarehouseStore : IWarehouseStore
{
    private const string PointerFile = "current";
    private const string VersionsFolder = "versions";

    private readonly string _directory;
    private readonly int _keepPreviousVersions;
    private readonly ConcurrentDictionary<string, WarehouseSnapshot> _snapshots = new(StringComparer.Ordinal);
    private (DateTime WrittenAt, long Length, WarehouseSnapshot? Snapshot) _current;

    public SqliteWarehouseStore(string directory, int keepPreviousVersions = 5)
    {
        _directory = Path.GetFullPath(directory);
        _keepPreviousVersions = keepPreviousVersions;
    }

    public string Location => _directory;

    public WarehouseSnapshot? Current()
    {
        var pointer = new FileInfo(Path.Combine(_directory, PointerFile));
        if (!pointer.Exists)
        {
            return null;
        }
        // A stat per request is cheap; the pointer is re-read only when it was replaced.
        var cached = _current;
        if (cached.Snapshot is not null && cached.WrittenAt == pointer.LastWriteTimeUtc && cached.Length == pointer.Length)
        {
            return cached.Snapshot;
        }
        var fileName = File.ReadAllText(pointer.FullName).Trim();
        var snapshot = _snapshots.GetOrAdd(fileName, name => Open(Path.Combine(_directory, VersionsFolder, name)));
        _current = (pointer.LastWriteTimeUtc, pointer.Length, snapshot);
        return snapshot;
    }

    public async Task<DataVersion> PublishAsync(SeedSet seeds, DateTimeOffset loadedAt, CancellationToken cancellationToken)
    {
        var versions = Directory.CreateDirectory(Path.Combine(_directory, VersionsFolder));
        // One load at a time: a second concurrent load fails fast instead of racing for the same version id.
        await using var lockFile = new FileStream(Path.Combine(_directory, "load.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite,
            FileShare.None, 1, FileOptions.DeleteOnClose);

        var id = NextVersionId(versions);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"kenpograph-v{id:000000}.db");
        var partial = Path.Combine(versions.FullName, $".{fileName}.{Guid.NewGuid():N}.partial");
        try
        {
            DataVersion version;
            await using (var db = new WarehouseDbContext(Options(partial, readOnly: false)))
            {
                await db.Database.EnsureCreatedAsync(cancellationToken);
                // The pragmas below hold for one connection: keep it open for the whole load.
                await db.Database.OpenConnectionAsync(cancellationToken);
                // The file is private until it is renamed into place, and a failed load deletes it, so no journal
                // is needed to undo a half-written version (WAL wrote every page twice). A larger page cache keeps the
                // fact tables' indexes in memory instead of re-reading their pages from the file (bench/: ×20 seed).
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = OFF; PRAGMA cache_size = -262144;", cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                version = await WarehouseWriter.WriteAsync(db, seeds, id, loadedAt, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                // EF Core creates SQLite files in WAL mode; a published version must be one self-contained,
                // immutable file that read-only connections open without creating -wal/-shm side files.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = DELETE;", cancellationToken);
            }
            var final = Path.Combine(versions.FullName, fileName);
            File.Move(partial, final, overwrite: true);

            var pointerTemp = Path.Combine(_directory, $".{PointerFile}.{Guid.NewGuid():N}");
            await File.WriteAllTextAsync(pointerTemp, fileName + "\n", cancellationToken);
            File.Move(pointerTemp, Path.Combine(_directory, PointerFile), overwrite: true);
            PruneOldVersions(versions, fileName);
            return version;
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }

    // From the file names, not from the current version: a corrupt current file must not stop a repair load.
    private static int NextVersionId(DirectoryInfo versions) => versions.GetFiles("kenpograph-v*.db")
        .Select(f => int.TryParse(f.Name["kenpograph-v".Length..^".db".Length], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
        .DefaultIfEmpty(0)
        .Max() + 1;

    private void PruneOldVersions(DirectoryInfo versions, string currentFile)
    {
        var old = versions.GetFiles("kenpograph-v*.db")
            .Where(f => f.Name != currentFile)
            .OrderByDescending(f => f.Name, StringComparer.Ordinal)
            .Skip(_keepPreviousVersions);
        foreach (var file in old)
        {
            // A reader may still hold the file open; on POSIX the delete only unlinks the name.
            file.Delete();
            _snapshots.TryRemove(file.Name, out _);
        }
    }

    private static WarehouseSnapshot Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new WarehouseUnavailableException($"The published warehouse file {path} is missing.");
        }
        var options = Options(path, readOnly: true);
        using var db = new WarehouseDbContext(options);
        try
        {
            var version = db.DataVersions.AsNoTracking().OrderByDescending(v => v.Id).FirstOrDefault()
                ?? throw new WarehouseUnavailableException($"The warehouse file {path} holds no data version.");
            return new WarehouseSnapshot(version, options);
        }
        catch (SqliteException exception)
        {
            throw new WarehouseUnavailableException($"The warehouse file {path} cannot be read: {exception.Message}", exception);
        }
    }

    internal static DbContextOptions<WarehouseDbContext> Options(string path, bool readOnly)
    {
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            // The loader's file is renamed right after it is written: no pooled handle may keep it open.
            Pooling = readOnly,
        };
        return new DbContextOptionsBuilder<WarehouseDbContext>()
            .UseSqlite(connection.ToString())
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options;
    }
}
