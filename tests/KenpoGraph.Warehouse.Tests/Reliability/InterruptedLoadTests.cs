using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Storage;
using Microsoft.Data.Sqlite;

namespace KenpoGraph.Warehouse.Tests.Reliability;

/// <summary>
/// A load stopped at each of its steps (cancelled, or failing as on a full disk): the published version
/// stays byte for byte what it was, nothing half-written is left, and the next load goes through.
/// The steps are the load's own progress events, so every phase is hit on purpose, not by timing.
/// </summary>
public sealed class InterruptedLoadTests : IAsyncLifetime
{
    private readonly SeedWorkspace _workspace = new SeedWorkspace().WithoutDemonstrationData();
    private SqliteWarehouseStore _store = null!;
    private string _published = "";

    /// <summary>
    /// Where a load can be stopped before its version is current: first file read, comparing, first rows, half the rows,
    /// every row committed (the last moment; the renames that follow are not cancellable and leave a version or nothing).
    /// </summary>
    public static TheoryData<string> Steps => ["reading", "comparing", "first rows", "half the rows", "committed"];

    public async Task InitializeAsync()
    {
        _store = new SqliteWarehouseStore(_workspace.DataDirectory);
        Assert.Equal(LoadStatus.Published, (await Loader(_store).LoadAsync(_workspace.SeedDirectory)).Status);
        // The next load has something to publish.
        _workspace.ReplaceLine("org_units.csv", "19,", "19,BRANCH,山梨,Yamanashi (v2),全国健康保険協会山梨支部,Yamanashi Branch");
        _published = _workspace.DataFingerprint();
    }

    public Task DisposeAsync()
    {
        _workspace.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Cancelled_before_its_version_is_current_a_load_publishes_nothing_and_leaves_nothing(string step)
    {
        using var cancel = new CancellationTokenSource();
        var progress = new StepProgress(step, cancel.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Loader(_store).LoadAsync(Request, progress, cancel.Token));

        Assert.True(progress.Reached, $"the load never reached '{step}'");
        await AssertUntouchedThenRecoversAsync();
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Failing_at_any_step_like_a_full_disk_a_load_publishes_nothing_and_leaves_nothing(string step)
    {
        var progress = new StepProgress(step, () => throw new IOException("No space left on device", 28));

        var failure = await Assert.ThrowsAsync<IOException>(() => Loader(_store).LoadAsync(Request, progress, CancellationToken.None));

        Assert.True(progress.Reached, $"the load never reached '{step}'");
        Assert.Equal("the disk is full (No space left on device)", WarehouseFaults.DescribePublishFailure(failure));
        await AssertUntouchedThenRecoversAsync();
    }

    [Fact]
    public async Task A_real_SQLITE_FULL_fails_the_load_cleanly()
    {
        // max_page_count makes SQLite answer exactly as on a full disk (SQLITE_FULL, "database or disk is full") once the
        // file would grow past 64 pages of 4 KiB; the published version is some 400 pages.
        var quota = new SqliteWarehouseStore(_workspace.DataDirectory, 5, connection =>
        {
            using var limit = connection.CreateCommand();
            limit.CommandText = "PRAGMA max_page_count = 64;";
            limit.ExecuteNonQuery();
        });

        var failure = await Assert.ThrowsAsync<SqliteException>(() => Loader(quota).LoadAsync(Request, progress: null, CancellationToken.None));

        Assert.Equal(13, failure.SqliteErrorCode);
        Assert.True(WarehouseFaults.IsDiskFull(failure));
        Assert.StartsWith("the disk is full (SQLite Error 13: 'database or disk is full'", WarehouseFaults.DescribePublishFailure(failure));
        await AssertUntouchedThenRecoversAsync();
    }

    [Fact]
    public async Task What_a_killed_load_left_behind_neither_blocks_nor_confuses_the_next_one()
    {
        // A load killed while writing leaves its partial file with SQLite's side files, maybe its pointer draft, and the
        // lock file (whose lock died with the process). None of it looks like a version; the next load removes it.
        var versions = Path.Combine(_workspace.DataDirectory, "versions");
        var partial = Path.Combine(versions, ".kenpograph-v000002.db.0123456789abcdef0123456789abcdef.partial");
        string[] leftovers = [partial, partial + "-wal", partial + "-shm", Path.Combine(_workspace.DataDirectory, ".current.fedcba9876543210fedcba9876543210")];
        foreach (var file in leftovers)
        {
            await File.WriteAllTextAsync(file, "half written");
        }
        await File.WriteAllTextAsync(Path.Combine(_workspace.DataDirectory, "load.lock"), "");
        Assert.Equal(1, _store.Current()!.Version.Id);

        var outcome = await Loader(_store).LoadAsync(Request, progress: null, CancellationToken.None);

        Assert.Equal(LoadStatus.Published, outcome.Status);
        Assert.Equal(2, outcome.Version!.Id);
        Assert.All(leftovers, file => Assert.False(File.Exists(file), file));
        Assert.False(File.Exists(Path.Combine(_workspace.DataDirectory, "load.lock")));
        Assert.Equal(["kenpograph-v000001.db", "kenpograph-v000002.db"], VersionsFolder());
        Assert.Equal(
            "Removed 4 file(s) an interrupted load had left: .current.fedcba9876543210fedcba9876543210, " +
            ".kenpograph-v000002.db.0123456789abcdef0123456789abcdef.partial, .kenpograph-v000002.db.0123456789abcdef0123456789abcdef.partial-shm, " +
            ".kenpograph-v000002.db.0123456789abcdef0123456789abcdef.partial-wal.",
            Assert.Single(outcome.Warnings, w => w.StartsWith("Removed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_version_file_renamed_into_place_whose_pointer_never_moved_is_skipped_not_reused()
    {
        // Killed between the two renames: a complete kenpograph-v000002.db that never became current.
        File.Copy(Path.Combine(_workspace.DataDirectory, "versions", "kenpograph-v000001.db"), Path.Combine(_workspace.DataDirectory, "versions", "kenpograph-v000002.db"));

        var outcome = await Loader(_store).LoadAsync(Request, progress: null, CancellationToken.None);

        Assert.Equal(3, outcome.Version!.Id);
        Assert.Equal(3, _store.Current()!.Version.Id);
    }

    [Fact]
    public async Task A_second_load_while_one_holds_the_lock_fails_fast_with_a_reason()
    {
        await using (new FileStream(Path.Combine(_workspace.DataDirectory, "load.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var failure = await Assert.ThrowsAsync<LoadLockedException>(() => Loader(_store).LoadAsync(Request, progress: null, CancellationToken.None));
            Assert.Equal($"another load is running on {_workspace.DataDirectory} (it holds {Path.Combine(_workspace.DataDirectory, "load.lock")}); wait for it to finish",
                WarehouseFaults.DescribePublishFailure(failure));
        }
        File.Delete(Path.Combine(_workspace.DataDirectory, "load.lock"));
        await AssertUntouchedThenRecoversAsync();
    }

    private LoadRequest Request => new(_workspace.SeedDirectory) { CompareWithCurrent = true };

    private static WarehouseLoader Loader(IWarehouseStore store) => new(store, TimeProvider.System);

    private string[] VersionsFolder() => [.. Directory.EnumerateFileSystemEntries(Path.Combine(_workspace.DataDirectory, "versions"))
        .Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>The data directory is byte for byte as published; then an uninterrupted load publishes version 2.</summary>
    private async Task AssertUntouchedThenRecoversAsync()
    {
        Assert.Equal(_published, _workspace.DataFingerprint());
        Assert.Equal(1, _store.Current()!.Version.Id);

        var outcome = await Loader(_store).LoadAsync(Request, progress: null, CancellationToken.None);

        Assert.Equal(LoadStatus.Published, outcome.Status);
        Assert.Equal(2, _store.Current()!.Version.Id);
        Assert.DoesNotContain(outcome.Warnings, w => w.StartsWith("Removed", StringComparison.Ordinal));
        Assert.Equal(["kenpograph-v000001.db", "kenpograph-v000002.db"], VersionsFolder());
    }

    /// <summary>Runs <paramref name="action"/> (once) when the load reports the named step.</summary>
    private sealed class StepProgress(string step, Action action) : IProgress<LoadProgress>
    {
        public bool Reached { get; private set; }

        public void Report(LoadProgress value)
        {
            var here = step switch
            {
                "reading" => value is { Phase: LoadPhase.Reading, Done: 1 },
                "comparing" => value is { Phase: LoadPhase.Comparing, Done: 0 },
                "first rows" => value.Phase == LoadPhase.Writing,
                "half the rows" => value.Phase == LoadPhase.Writing && value.Done * 2 >= value.Total,
                "committed" => value is { Phase: LoadPhase.Publishing, Done: 0 },
                _ => throw new ArgumentException(step),
            };
            if (here && !Reached)
            {
                Reached = true;
                action();
            }
        }
    }
}
