using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
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
/// <para>
/// Reading is checked on every call: the pointer is read and the version file stat'ed, so a file that
/// goes missing, becomes unreadable or is corrupted under a running server is reported (and a restored
/// one served again) from the next request on, without a restart.
/// </para>
/// </summary>
public sealed partial class SqliteWarehouseStore : IWarehouseStore
{
    private const string PointerFile = "current";
    private const string VersionsFolder = "versions";
    private const string LockFile = "load.lock";

    // A failed open is retried at most this often while the file looks the same (a permission fixed in
    // place leaves no other trace), so a broken file costs one stat per request, not one open.
    private const long FaultRecheckMilliseconds = 1000;

    private readonly string _directory;
    private readonly int _keepPreviousVersions;
    private readonly Action<SqliteConnection>? _configureLoadConnection;
    private readonly Lock _refresh = new();

    // Replaced as a whole (one reference write), so a reader never sees one version's name with another's snapshot.
    private volatile ServedFile? _served;
    private volatile ReadPointerFile? _pointer;
    private readonly string _pointerPath;

    public SqliteWarehouseStore(string directory, int keepPreviousVersions = 5)
        : this(directory, keepPreviousVersions, configureLoadConnection: null)
    {
    }

    /// <param name="configureLoadConnection">
    /// Runs on the loader's connection before anything is written, e.g. <c>PRAGMA max_page_count</c>, which
    /// makes SQLite fail with SQLITE_FULL exactly as a full disk does (how the tests simulate one).
    /// </param>
    internal SqliteWarehouseStore(string directory, int keepPreviousVersions, Action<SqliteConnection>? configureLoadConnection)
    {
        _directory = Path.GetFullPath(directory);
        // Asked on every request: built once.
        _pointerPath = Path.Combine(_directory, PointerFile);
        _keepPreviousVersions = keepPreviousVersions;
        _configureLoadConnection = configureLoadConnection;
    }

    public string Location => _directory;

    private string VersionsDirectory => Path.Combine(_directory, VersionsFolder);

    public WarehouseSnapshot? Current()
    {
        if (ReadPointer() is not { FileName: var fileName, VersionPath: var path })
        {
            return null;
        }
        var stamp = FileStamp.Of(path);
        var served = _served;
        if (served is not null && served.IsStillValidFor(fileName, stamp))
        {
            return served.SnapshotOrThrow();
        }
        lock (_refresh)
        {
            // Another request may have opened it while this one waited.
            served = _served;
            if (served is null || !served.IsStillValidFor(fileName, stamp))
            {
                served = Open(fileName, path, stamp);
                _served = served;
            }
            return served.SnapshotOrThrow();
        }
    }

    /// <summary>The data versions whose files are in <c>versions/</c> (the current one and those kept), oldest first.</summary>
    public IReadOnlyList<int> StoredVersions() => !Directory.Exists(VersionsDirectory) ? []
        : [.. Directory.EnumerateFiles(VersionsDirectory, "kenpograph-v*.db").Select(f => VersionIdOf(Path.GetFileName(f))).OfType<int>().Order()];

    /// <summary>One stored data version, checked like the current one (for `kenpograph diff`).</summary>
    public WarehouseSnapshot Version(int id)
    {
        var fileName = FileNameOf(id);
        var path = Path.Combine(VersionsDirectory, fileName);
        return Open(fileName, path, FileStamp.Of(path)).SnapshotOrThrow();
    }

    public async Task<DataVersion> MakeCurrentAsync(int id, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(VersionsDirectory);
        // No load may publish meanwhile: the last pointer written would win.
        await using var lockFile = TakeLoadLock();
        if (!StoredVersions().Contains(id))
        {
            throw new WarehouseUnavailableException($"Data version {id} is not stored at {_directory} (never published, or pruned: Warehouse:KeepPreviousVersions).");
        }
        // Opened and checked like a request would: a damaged file is refused here, not by the next request.
        var version = Version(id).Version;
        var fileName = FileNameOf(id);
        var pointerTemp = Path.Combine(_directory, $".{PointerFile}.{Guid.NewGuid():N}");
        try
        {
            await using (var pointer = new FileStream(pointerTemp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await pointer.WriteAsync(System.Text.Encoding.UTF8.GetBytes(fileName + "\n"), cancellationToken);
                pointer.Flush(flushToDisk: true);
            }
            File.Move(pointerTemp, Path.Combine(_directory, PointerFile), overwrite: true);
        }
        finally
        {
            DeleteIfPresent(pointerTemp);
        }
        return version;
    }

    public async Task<PublishedVersion> PublishAsync(SeedSet seeds, DateTimeOffset loadedAt, IProgress<LoadProgress>? progress,
        CancellationToken cancellationToken)
    {
        var versions = Directory.CreateDirectory(VersionsDirectory);
        await using var lockFile = TakeLoadLock();
        var warnings = RemoveLeftovers(versions);

        var id = NextVersionId(versions);
        var fileName = FileNameOf(id);
        var partial = Path.Combine(versions.FullName, $".{fileName}.{Guid.NewGuid():N}.partial");
        var pointerTemp = Path.Combine(_directory, $".{PointerFile}.{Guid.NewGuid():N}");
        try
        {
            DataVersion version;
            await using (var db = new WarehouseDbContext(Options(partial, readOnly: false)))
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                var connection = (SqliteConnection)db.Database.GetDbConnection();
                _configureLoadConnection?.Invoke(connection);
                await db.Database.EnsureCreatedAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync(BuildingPragmas, cancellationToken);
                var indexes = DropSecondaryIndexes(connection);
                DbTransaction transaction = connection.BeginTransaction();
                (version, transaction) = await WarehouseWriter.WriteAsync(db, transaction, RowsPerCommit, seeds, id, loadedAt, progress,
                    cancellationToken);
                CreateIndexes(connection, transaction, indexes);
                CheckForeignKeys(connection, transaction);
                transaction.Commit();
                transaction.Dispose();
                // A published version must be one self-contained, immutable file that read-only connections open
                // without creating -wal/-shm side files (EF Core creates SQLite files in WAL mode).
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = DELETE;", cancellationToken);
            }
            // Nothing above waited for the disk (synchronous = OFF): the whole file reaches it here, once, before
            // its name does, so a crash after the rename cannot publish a file the disk only holds part of.
            using (var written = new FileStream(partial, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                written.Flush(flushToDisk: true);
            }
            progress?.Report(new LoadProgress(LoadPhase.Publishing, 0, 1, fileName));
            // The last point a cancellation (Ctrl+C, shutdown) stops the load: from here on, publishing takes
            // three file operations and is finished rather than left half done.
            cancellationToken.ThrowIfCancellationRequested();

            // The new pointer is written (and flushed to disk) before anything is renamed, so a full disk here
            // fails the load with nothing in place, and a crash after the rename finds a complete pointer.
            await using (var pointer = new FileStream(pointerTemp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await pointer.WriteAsync(System.Text.Encoding.UTF8.GetBytes(fileName + "\n"), CancellationToken.None);
                pointer.Flush(flushToDisk: true);
            }
            File.Move(partial, Path.Combine(versions.FullName, fileName));
            File.Move(pointerTemp, Path.Combine(_directory, PointerFile), overwrite: true);
            // Published: nothing from here on may turn the load into a failure.
            try
            {
                PruneOldVersions(versions, fileName);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                warnings.Add($"Old versions beyond Warehouse:KeepPreviousVersions could not be removed: {exception.Message}");
            }
            progress?.Report(new LoadProgress(LoadPhase.Publishing, 1, 1, fileName));
            return new PublishedVersion(version, warnings);
        }
        finally
        {
            DeleteIfPresent(pointerTemp);
            foreach (var file in SqliteFilesOf(partial))
            {
                DeleteIfPresent(file);
            }
        }
    }

    /// <summary>
    /// How the private partial file is written. It is nobody else's until it is renamed into place, and a failed or
    /// killed load deletes it (or the next load does), so nothing needs undoing inside it: no rollback journal (WAL
    /// wrote every page twice), no waiting for the disk at each commit (the finished file is flushed once before it is
    /// renamed), sort space for indexes in memory, and a page cache that holds the fact tables' indexes, which every
    /// insert touches (with SQLite's default 2 MB the kernel re-read and re-wrote their pages all load long).
    /// </summary>
    /// <remarks>
    /// Foreign keys are not checked row by row either (four parent look-ups per fact row): <see cref="CheckForeignKeys"/>
    /// checks every row once they are all written, before the file can be published.
    /// </remarks>
    private const string BuildingPragmas =
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -131072; PRAGMA foreign_keys = OFF;";

    /// <summary>
    /// Drops the indexes EnsureCreated made from the model, other than those of primary keys, and returns their DDL
    /// as SQLite recorded it, for <see cref="CreateIndexes"/> to build them again once the rows are in: one sort per
    /// index instead of one B-tree insert per row and index, and the schema is still the model's, statement for statement.
    /// </summary>
    private static List<string> DropSecondaryIndexes(SqliteConnection connection)
    {
        var indexes = new List<(string Name, string Sql)>();
        using (var read = connection.CreateCommand())
        {
            // Primary keys' and unique constraints' indexes (sqlite_autoindex_*) have no sql and cannot be dropped.
            read.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid;";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        using var drop = connection.CreateCommand();
        foreach (var (name, _) in indexes)
        {
            drop.CommandText = $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\";";
            drop.ExecuteNonQuery();
        }
        return [.. indexes.Select(i => i.Sql)];
    }

    private static void CreateIndexes(SqliteConnection connection, DbTransaction transaction, List<string> indexes)
    {
        using var create = connection.CreateCommand();
        create.Transaction = (SqliteTransaction)transaction;
        foreach (var sql in indexes)
        {
            create.CommandText = sql;
            create.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Every foreign key of every row, checked once at the end instead of at each insert; a violation fails the load as
    /// the insert itself used to (the reader has already refused any input that would cause one).
    /// </summary>
    private static void CheckForeignKeys(SqliteConnection connection, DbTransaction transaction)
    {
        using var check = connection.CreateCommand();
        check.Transaction = (SqliteTransaction)transaction;
        check.CommandText = "PRAGMA foreign_key_check;";
        using var reader = check.ExecuteReader();
        if (reader.Read())
        {
            // SQLITE_CONSTRAINT_FOREIGNKEY, as the failing insert reported it.
            throw new SqliteException($"SQLite Error 19: 'FOREIGN KEY constraint failed' (a row of {reader.GetString(0)} refers to a missing row of {reader.GetString(2)}).", 19, 787);
        }
    }

    /// <summary>
    /// The load commits every this many rows rather than once at the end. Intermediate commits are safe for the same
    /// reason as no journal: the partial file is private until it is renamed, and a load that fails after one of them
    /// still deletes the file, so no reader ever sees a version with only some of its rows. They also make the file
    /// grow steadily as rows are written: with everything in one transaction and the page cache above, SQLite would
    /// write the whole file in one burst at the end (which a load killed half way through could then never meet).
    /// </summary>
    private const int RowsPerCommit = 10_000;

    /// <summary>
    /// One load at a time: a second concurrent load fails fast instead of racing for the same version id.
    /// The lock is the OS's (released when the process ends, however it ends), so a killed load's lock
    /// file left behind never blocks the next one.
    /// </summary>
    private FileStream TakeLoadLock()
    {
        var path = Path.Combine(_directory, LockFile);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException exception) when (exception is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new LoadLockedException($"another load is running on {_directory} (it holds {path}); wait for it to finish", exception);
        }
    }

    /// <summary>
    /// Files a killed load left behind: its half-written version (and SQLite's side files) and its
    /// pointer draft. Holding the lock, no other load can own them. They never look like a version
    /// (<c>kenpograph-v*.db</c>), so they could not confuse a load; removing them gets the space back.
    /// </summary>
    private List<string> RemoveLeftovers(DirectoryInfo versions)
    {
        var leftovers = versions.EnumerateFiles(".kenpograph-v*.partial*")
            .Concat(new DirectoryInfo(_directory).EnumerateFiles($".{PointerFile}.*"))
            .ToList();
        foreach (var file in leftovers)
        {
            file.Delete();
        }
        return leftovers.Count == 0 ? []
            : [$"Removed {leftovers.Count} file(s) an interrupted load had left: {string.Join(", ", leftovers.Select(f => f.Name).Order(StringComparer.Ordinal))}."];
    }

    private ReadPointerFile? ReadPointer()
    {
        var path = _pointerPath;
        // Every request asks which version is current: a stat tells whether the pointer changed (a publish renames a
        // new file over it; an edit or chmod changes its time, size or mode), and only then is it opened and read again.
        // Reading it each time was about a tenth of a response-cache hit's CPU (perf of the warm national roll-up).
        var stamp = FileStamp.Of(path);
        if (stamp is null)
        {
            return null;
        }
        if (_pointer is { } known && known.Stamp == stamp)
        {
            return known;
        }
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new WarehouseUnavailableException($"The pointer file {path} cannot be read: {exception.Message}", exception,
                "The warehouse cannot tell which data version is current: its pointer file cannot be read.");
        }
        var fileName = text.Trim();
        if (VersionIdOf(fileName) is null)
        {
            throw new WarehouseUnavailableException(
                $"The pointer file {path} is corrupt: it should name a version file such as kenpograph-v000001.db. Run `kenpograph load` to publish a new version.",
                clientMessage: "The warehouse cannot tell which data version is current: its pointer file is corrupt.");
        }
        // Stamped before reading: if the file was replaced in between, the next request's stamp differs and reads again.
        var pointer = new ReadPointerFile(stamp, fileName, Path.Combine(VersionsDirectory, fileName));
        _pointer = pointer;
        return pointer;
    }

    /// <summary>Opens and checks a version file: present, readable, a sound SQLite database, holding the version its name says.</summary>
    private static ServedFile Open(string fileName, string path, FileStamp? stamp)
    {
        var id = VersionIdOf(fileName)!.Value;
        if (stamp is null)
        {
            return ServedFile.Faulted(fileName, stamp,
                $"Data version {id}'s warehouse file {path} is missing. {Remedy}",
                $"The warehouse file of data version {id} is missing.");
        }
        var options = Options(path, readOnly: true);
        using var connection = new SqliteConnection(ConnectionString(path, readOnly: true));
        // Pooled connections may still hold the file this name had before (deleted, replaced, restored).
        SqliteConnection.ClearPool(connection);
        try
        {
            connection.Open();
            using (var check = connection.CreateCommand())
            {
                // quick_check reads every page once (~0.1 s for the shipped data): corruption is found when the
                // version is opened and /readyz says so, not by whichever query first touches the damaged page.
                check.CommandText = "PRAGMA quick_check;";
                var verdict = check.ExecuteScalar() as string;
                if (verdict != "ok")
                {
                    return Corrupt(fileName, stamp, path, id, $"quick_check: {Abridged(verdict)}");
                }
            }
            using var db = new WarehouseDbContext(options);
            var version = db.DataVersions.AsNoTracking().OrderByDescending(v => v.Id).FirstOrDefault();
            if (version is null)
            {
                return Corrupt(fileName, stamp, path, id, "it holds no data version");
            }
            if (version.Id != id)
            {
                return Corrupt(fileName, stamp, path, id, $"it holds data version {version.Id}, not {id}");
            }
            return ServedFile.Serving(fileName, stamp, new WarehouseSnapshot(version, options));
        }
        catch (SqliteException exception) when ((exception.SqliteErrorCode & 0xFF) is 11 or 26)
        {
            return Corrupt(fileName, stamp, path, id, Reason(exception));
        }
        catch (SqliteException exception) when ((exception.SqliteErrorCode & 0xFF) is 14 or 10)
        {
            return ServedFile.Faulted(fileName, stamp,
                $"Data version {id}'s warehouse file {path} cannot be opened: {Reason(exception)}. {Remedy}",
                $"The warehouse file of data version {id} cannot be opened.");
        }
        catch (SqliteException exception)
        {
            // e.g. "no such table": a SQLite file, but not one a load wrote.
            return Corrupt(fileName, stamp, path, id, $"not a KenpoGraph warehouse: {Reason(exception)}");
        }
    }

    // quick_check can list hundreds of damaged cells; the first few say enough for a reason line.
    private static string Abridged(string? verdict)
    {
        var lines = (verdict ?? "no answer").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith("***", StringComparison.Ordinal));
        var text = string.Join("; ", lines);
        return text.Length <= 160 ? text : text[..160] + "…";
    }

    private const string Remedy = "Restore it, or run `kenpograph load` to publish a new version.";

    private static ServedFile Corrupt(string fileName, FileStamp? stamp, string path, int id, string detail) => ServedFile.Faulted(fileName, stamp,
        $"Data version {id}'s warehouse file {path} is corrupt: {detail}. {Remedy}",
        $"The warehouse file of data version {id} is corrupt.");

    /// <summary>"SQLite Error 26: 'file is not a database'." as "file is not a database (SQLite error 26)".</summary>
    private static string Reason(SqliteException exception) =>
        SqliteMessage().Match(exception.Message) is { Success: true } match
            ? $"{match.Groups[1].Value} (SQLite error {exception.SqliteErrorCode})"
            : exception.Message.TrimEnd('.');

    [GeneratedRegex(@"^SQLite Error -?[0-9]+: '(.*)'\.?$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SqliteMessage();

    // From the file names and the pointer, not from the current version's contents: a corrupt current file must
    // not stop a repair load, and a deleted one must not give its id to different data (clients have seen it).
    private int NextVersionId(DirectoryInfo versions)
    {
        int? pointed;
        try
        {
            pointed = ReadPointer() is { } current ? VersionIdOf(current.FileName) : null;
        }
        catch (WarehouseUnavailableException)
        {
            pointed = null;
        }
        return versions.GetFiles("kenpograph-v*.db")
            .Select(f => VersionIdOf(f.Name) ?? 0)
            .Append(pointed ?? 0)
            .Max() + 1;
    }

    private static string FileNameOf(int id) => string.Create(CultureInfo.InvariantCulture, $"kenpograph-v{id:000000}.db");

    private static int? VersionIdOf(string fileName) =>
        VersionFileName().Match(fileName) is { Success: true } match
        && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    [GeneratedRegex(@"^kenpograph-v([0-9]{6,9})\.db$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionFileName();

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
        }
    }

    private static IEnumerable<string> SqliteFilesOf(string path) => [path, path + "-journal", path + "-wal", path + "-shm"];

    private static void DeleteIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    internal static DbContextOptions<WarehouseDbContext> Options(string path, bool readOnly) =>
        new DbContextOptionsBuilder<WarehouseDbContext>()
            .UseSqlite(ConnectionString(path, readOnly))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options;

    private static string ConnectionString(string path, bool readOnly) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        // The loader's file is renamed right after it is written: no pooled handle may keep it open.
        Pooling = readOnly,
    }.ToString();

    /// <summary>What identifies a file's content cheaply: absent (null), or its length, write time and mode.</summary>
    private sealed record FileStamp(long Length, DateTime WrittenAt, int Mode)
    {
        public static FileStamp? Of(string path)
        {
            var file = new FileInfo(path);
            return file.Exists
                ? new FileStamp(file.Length, file.LastWriteTimeUtc, OperatingSystem.IsWindows() ? 0 : (int)file.UnixFileMode)
                : null;
        }
    }

    /// <summary>What the pointer file said when it had this stamp: the current version's file name and its path.</summary>
    private sealed record ReadPointerFile(FileStamp Stamp, string FileName, string VersionPath);

    /// <summary>The version file last opened: its snapshot, or why it cannot be served.</summary>
    private sealed record ServedFile(string FileName, FileStamp? Stamp, WarehouseSnapshot? Snapshot, string? Fault, string? ClientFault, long CheckedAt)
    {
        public static ServedFile Serving(string fileName, FileStamp? stamp, WarehouseSnapshot snapshot) =>
            new(fileName, stamp, snapshot, null, null, Environment.TickCount64);

        public static ServedFile Faulted(string fileName, FileStamp? stamp, string fault, string clientFault) =>
            new(fileName, stamp, null, fault, clientFault, Environment.TickCount64);

        public bool IsStillValidFor(string fileName, FileStamp? stamp) =>
            FileName == fileName && Stamp == stamp
            && (Snapshot is not null || Stamp is null || Environment.TickCount64 - CheckedAt < FaultRecheckMilliseconds);

        // A new exception per throw: one instance rethrown by concurrent requests would share a stack trace.
        public WarehouseSnapshot SnapshotOrThrow() => Snapshot ?? throw new WarehouseUnavailableException(Fault!, clientMessage: ClientFault);
    }
}
