using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Diffing;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace KenpoGraph.Warehouse.Tests.PostgreSql;

/// <summary>
/// The server warehouse on a real PostgreSQL (a private cluster, <see cref="PostgreSqlCluster"/>): publishing keeps
/// earlier versions, a snapshot reads one version whatever is published meanwhile, retention, the way back, the load
/// lock, and what a failed load leaves (nothing). Each test has a database of its own.
/// </summary>
public sealed class PostgreSqlStoreTests(ITestOutputHelper output) : IDisposable
{
    private static readonly DateTimeOffset LoadTime = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly SeedWorkspace _workspace = new SeedWorkspace().WithoutDemonstrationData();
    private string? _connectionString;
    private ServerWarehouseStore? _store;

    public void Dispose()
    {
        _store?.Dispose();
        _workspace.Dispose();
    }

    private ServerWarehouseStore Store(int keepPreviousVersions = 5)
    {
        Skip.If(PostgreSqlCluster.Missing is not null, PostgreSqlCluster.Missing);
        _connectionString ??= PostgreSqlCluster.Shared.CreateDatabase();
        _store?.Dispose();
        _store = (ServerWarehouseStore)WarehouseStores.Create(new WarehouseOptions
        {
            Provider = WarehouseProvider.PostgreSql, ConnectionString = _connectionString, KeepPreviousVersions = keepPreviousVersions,
        });
        return _store;
    }

    private async Task<LoadOutcome> LoadAsync(IWarehouseStore store, string? yamanashiNameEn = null)
    {
        if (yamanashiNameEn is not null)
        {
            _workspace.ReplaceLine("org_units.csv", "19,", $"19,BRANCH,山梨,{yamanashiNameEn},全国健康保険協会山梨支部,Yamanashi Branch");
        }
        var outcome = await new WarehouseLoader(store, new FixedClock(LoadTime)).LoadAsync(
            new LoadRequest(_workspace.SeedDirectory) { CompareWithCurrent = true }, progress: null, CancellationToken.None);
        Assert.True(outcome.Problems.Count == 0, string.Join('\n', outcome.Problems));
        return outcome;
    }

    private static async Task<string> YamanashiAsync(WarehouseSnapshot snapshot)
    {
        await using var db = snapshot.CreateContext();
        return (await db.OrgUnits.SingleAsync(u => u.Code == "19")).NameEn;
    }

    [SkippableFact]
    public async Task Publishing_keeps_the_previous_version_readable_and_diffable_and_names_its_changes()
    {
        var store = Store();
        var first = await LoadAsync(store);
        var second = await LoadAsync(store, "Yamanashi (v2)");

        Assert.Equal((LoadStatus.Published, 1), (first.Status, first.Version!.Id));
        Assert.Equal((LoadStatus.Published, 2), (second.Status, second.Version!.Id));
        Assert.Equal([1, 2], store.StoredVersions());
        await using (var current = store.Current()!)
        {
            Assert.Equal(2, current.Version.Id);
            Assert.Equal("Yamanashi (v2)", await YamanashiAsync(current));
            await using var db = current.CreateContext();
            Assert.Equal(48, await db.OrgUnits.CountAsync());
            Assert.Equal(121, await db.Observations.CountAsync());
        }
        // The load's own comparison (the dry run's, too) was made against version 1, read from the server.
        var orgUnits = Assert.Single(second.Changes!.Tables, t => t.Table == "dim_org_unit");
        Assert.Equal((0, 1, 0), (orgUnits.Added, orgUnits.Changed, orgUnits.Removed));

        // `kenpograph diff 1 2`: both versions are still there, each read in its own snapshot.
        await using var before = store.Version(1);
        await using var after = store.Version(2);
        await using var beforeDb = before.CreateContext();
        await using var afterDb = after.CreateContext();
        var changes = WarehouseDiff.Compare(await WarehouseContents.ReadAsync(beforeDb, CancellationToken.None),
            await WarehouseContents.ReadAsync(afterDb, CancellationToken.None));
        var changed = Assert.Single(changes.Tables, t => t.Added + t.Changed + t.Removed > 0);
        Assert.Equal(("dim_org_unit", 1), (changed.Table, changed.Changed));
        Assert.Equal("Yamanashi", await YamanashiAsync(before));
    }

    [SkippableFact]
    public async Task A_snapshot_taken_before_a_publication_reads_its_own_version_to_the_end()
    {
        var store = Store();
        await LoadAsync(store);
        await using var request = store.Current()!;
        Assert.Equal("Yamanashi", await YamanashiAsync(request));

        await LoadAsync(store, "Yamanashi (v2)");

        // The same "request": its version and every later statement are version 1's; a new one sees version 2.
        Assert.Equal(1, request.Version.Id);
        Assert.Equal("Yamanashi", await YamanashiAsync(request));
        await using (var db = request.CreateContext())
        {
            Assert.Equal(1, (await db.DataVersions.SingleAsync()).Id);
        }
        await using var next = store.Current()!;
        Assert.Equal((2, "Yamanashi (v2)"), (next.Version.Id, await YamanashiAsync(next)));
    }

    [SkippableFact]
    public async Task Versions_beyond_the_retention_are_dropped_and_rollback_makes_a_kept_one_current_again()
    {
        var store = Store(keepPreviousVersions: 1);
        await LoadAsync(store);
        await LoadAsync(store, "Yamanashi (v2)");
        await LoadAsync(store, "Yamanashi (v3)");

        Assert.Equal([2, 3], store.StoredVersions());
        Assert.Equal(["kenpograph_v000002", "kenpograph_v000003"], await VersionSchemasAsync());
        var pruned = Assert.Throws<WarehouseUnavailableException>(() => store.Version(1));
        Assert.Contains("Data version 1 is not stored", pruned.Message);

        var back = await store.MakeCurrentAsync(2, CancellationToken.None);

        Assert.Equal(2, back.Id);
        await using (var current = store.Current()!)
        {
            Assert.Equal((2, "Yamanashi (v2)"), (current.Version.Id, await YamanashiAsync(current)));
        }
        // The next load takes the next unused id, and the version rolled back from is kept as a previous one.
        var fourth = await LoadAsync(store, "Yamanashi (v4)");
        Assert.Equal(4, fourth.Version!.Id);
        Assert.Equal(2, fourth.PreviousVersion!.Id);
        Assert.Equal([3, 4], store.StoredVersions());
        await Assert.ThrowsAsync<WarehouseUnavailableException>(() => store.MakeCurrentAsync(1, CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_load_cancelled_while_writing_leaves_nothing_and_the_current_version_as_it_was()
    {
        var store = Store();
        await LoadAsync(store);
        _workspace.ReplaceLine("org_units.csv", "19,", "19,BRANCH,山梨,Yamanashi (v2),全国健康保険協会山梨支部,Yamanashi Branch");
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Phase == LoadPhase.Writing)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new WarehouseLoader(store, new FixedClock(LoadTime))
            .LoadAsync(new LoadRequest(_workspace.SeedDirectory), progress, cancel.Token));

        Assert.Equal([1], store.StoredVersions());
        Assert.Equal(["kenpograph_v000001"], await VersionSchemasAsync());
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM kenpograph.warehouse_version WHERE state <> 'PUBLISHED'"));
        await using var current = store.Current()!;
        Assert.Equal((1, "Yamanashi"), (current.Version.Id, await YamanashiAsync(current)));
    }

    [SkippableFact]
    public async Task What_a_killed_load_left_is_removed_by_the_next_load_and_said_in_its_warnings()
    {
        var store = Store();
        await LoadAsync(store);
        // A load killed after its version schema was committed but before the publication: a LOADING row and a full
        // schema (the API tests kill the real program too, KilledLoadTests); and a stray schema the catalog never knew.
        await ExecuteAsync("INSERT INTO kenpograph.warehouse_version (id, state, started_at) VALUES (2, 'LOADING', now()); "
            + "CREATE SCHEMA kenpograph_v000002; CREATE TABLE kenpograph_v000002.data_version (id int); CREATE SCHEMA kenpograph_v000007;");

        var next = await LoadAsync(store, "Yamanashi (v3)");

        // Ids are never given twice, not even those of versions no reader saw: 7 was used, if only by a schema's name.
        Assert.Equal(8, next.Version!.Id);
        Assert.Contains("Removed what 2 interrupted load(s) had left: kenpograph_v000002, kenpograph_v000007 (never published).", next.Warnings);
        Assert.Equal([1, 8], store.StoredVersions());
        Assert.Equal(["kenpograph_v000001", "kenpograph_v000008"], await VersionSchemasAsync());
    }

    [SkippableFact]
    public async Task A_second_load_while_one_holds_the_lock_fails_at_once_and_publishes_nothing()
    {
        var store = Store();
        await LoadAsync(store);
        await using var other = new NpgsqlConnection(_connectionString);
        await other.OpenAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({PostgreSqlDialect.LoadLockKey})", other))
        {
            await take.ExecuteScalarAsync();
        }

        var error = await Assert.ThrowsAsync<LoadLockedException>(() => LoadAsync(store, "Yamanashi (v2)"));

        Assert.StartsWith("another load is running on PostgreSQL 127.0.0.1:", error.Message);
        Assert.Equal([1], store.StoredVersions());
        Assert.Equal(error.Message, WarehouseFaults.DescribePublishFailure(error));
    }

    [SkippableFact]
    public async Task An_empty_database_has_no_current_version_and_a_stopped_server_is_unavailable_with_a_reason()
    {
        var store = Store();
        Assert.Null(store.Current());
        Assert.Empty(store.StoredVersions());

        using var unreachable = (ServerWarehouseStore)WarehouseStores.Create(new WarehouseOptions
        {
            Provider = WarehouseProvider.PostgreSql,
            // Nothing listens on port 1 of the loopback.
            ConnectionString = "Host=127.0.0.1;Port=1;Database=none;Username=nobody;Timeout=3",
        });
        var error = Assert.Throws<WarehouseUnavailableException>(() => unreachable.Current());
        output.WriteLine(error.Message);
        Assert.StartsWith("The warehouse at PostgreSQL 127.0.0.1:1/none cannot be reached: ", error.Message);
        Assert.Equal("The warehouse database cannot be reached.", error.ClientMessage);
        Assert.True(WarehouseFaults.IsUnavailable(error));
    }

    private async Task<List<string>> VersionSchemasAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'kenpograph\\_v%' ORDER BY 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
