using System.Text.RegularExpressions;
using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Tests.Reliability;

/// <summary>
/// The published file missing, unreadable or corrupt: the store says which and why on the next call (no
/// restart, no stale answer from a pooled connection), and serves the version again once the file is back.
/// </summary>
public sealed class VersionFileFaultTests : IAsyncLifetime
{
    private readonly SeedWorkspace _workspace = new SeedWorkspace().WithoutDemonstrationData();
    private SqliteWarehouseStore _store = null!;

    private string VersionFile => Path.Combine(_workspace.DataDirectory, "versions", "kenpograph-v000001.db");

    private string Backup => Path.Combine(_workspace.Root, "backup.db");

    public async Task InitializeAsync()
    {
        _store = new SqliteWarehouseStore(_workspace.DataDirectory);
        Assert.Equal(LoadStatus.Published, (await new WarehouseLoader(_store, TimeProvider.System).LoadAsync(_workspace.SeedDirectory)).Status);
        // Serve it once, so the faults below happen to a version that is open and pooled, as under a running server.
        await AssertServesVersion1Async();
        File.Copy(VersionFile, Backup);
    }

    public Task DisposeAsync()
    {
        _workspace.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_missing_file_is_reported_and_served_again_once_restored()
    {
        File.Delete(VersionFile);

        var fault = Assert.Throws<WarehouseUnavailableException>(_store.Current);
        Assert.Equal($"Data version 1's warehouse file {VersionFile} is missing. Restore it, or run `kenpograph load` to publish a new version.", fault.Message);
        Assert.Equal("The warehouse file of data version 1 is missing.", fault.ClientMessage);

        File.Copy(Backup, VersionFile);
        await AssertServesVersion1Async();
    }

    [Theory]
    [InlineData("header", "file is not a database (SQLite error 26)")]
    [InlineData("middle", "quick_check: ")]
    [InlineData("truncated", "database disk image is malformed (SQLite error 11)")]
    public async Task A_corrupt_file_is_reported_and_served_again_once_restored(string damage, string detail)
    {
        VersionFileDamage.Corrupt(VersionFile, damage);

        var fault = Assert.Throws<WarehouseUnavailableException>(_store.Current);
        Assert.StartsWith($"Data version 1's warehouse file {VersionFile} is corrupt: {detail}", fault.Message);
        Assert.EndsWith(". Restore it, or run `kenpograph load` to publish a new version.", fault.Message);
        Assert.Equal("The warehouse file of data version 1 is corrupt.", fault.ClientMessage);

        VersionFileDamage.Restore(Backup, VersionFile);
        await AssertServesVersion1Async();
    }

    [Fact]
    public async Task An_unreadable_file_is_reported_and_served_again_once_readable()
    {
        VersionFileDamage.MakeUnreadable(VersionFile);

        var fault = Assert.Throws<WarehouseUnavailableException>(_store.Current);
        Assert.Matches($"^Data version 1's warehouse file {Regex.Escape(VersionFile)} cannot be opened: .+ \\(SQLite error 14\\)\\. Restore it", fault.Message);
        Assert.Equal("The warehouse file of data version 1 cannot be opened.", fault.ClientMessage);

        VersionFileDamage.Restore(Backup, VersionFile);
        await AssertServesVersion1Async();
    }

    [Fact]
    public async Task A_garbled_pointer_or_a_file_of_another_version_is_reported()
    {
        var pointer = Path.Combine(_workspace.DataDirectory, "current");
        await File.WriteAllTextAsync(pointer, "../../etc/passwd\n");
        var garbled = Assert.Throws<WarehouseUnavailableException>(_store.Current);
        Assert.Equal($"The pointer file {pointer} is corrupt: it should name a version file such as kenpograph-v000001.db. Run `kenpograph load` to publish a new version.",
            garbled.Message);

        // Version 1's file under version 2's name: the file is sound, but not what the pointer promises.
        File.Copy(VersionFile, Path.Combine(_workspace.DataDirectory, "versions", "kenpograph-v000002.db"));
        await File.WriteAllTextAsync(pointer, "kenpograph-v000002.db\n");
        var mismatch = Assert.Throws<WarehouseUnavailableException>(_store.Current);
        Assert.Contains("kenpograph-v000002.db is corrupt: it holds data version 1, not 2. Restore it", mismatch.Message);

        await File.WriteAllTextAsync(pointer, "kenpograph-v000001.db\n");
        await AssertServesVersion1Async();
    }

    [Fact]
    public async Task A_load_repairs_a_warehouse_whose_current_file_is_gone()
    {
        File.Delete(VersionFile);

        var outcome = await new WarehouseLoader(_store, TimeProvider.System).LoadAsync(_workspace.SeedDirectory);

        Assert.Equal(LoadStatus.Published, outcome.Status);
        Assert.Equal(2, _store.Current()!.Version.Id);
    }

    [Fact]
    public async Task A_context_opened_before_the_file_was_deleted_finishes_its_reads()
    {
        // A request pinned to the version when the file goes away still answers (POSIX keeps an open file's data);
        // only requests that start afterwards are told the file is missing.
        var snapshot = _store.Current()!;
        await using var db = snapshot.CreateContext();
        await db.Database.OpenConnectionAsync();
        File.Delete(VersionFile);

        Assert.Equal(48, await db.OrgUnits.CountAsync());
        Assert.Throws<WarehouseUnavailableException>(_store.Current);
    }

    private async Task AssertServesVersion1Async()
    {
        var snapshot = _store.Current();
        Assert.NotNull(snapshot);
        Assert.Equal(1, snapshot.Version.Id);
        await using var db = snapshot.CreateContext();
        Assert.Equal(48, await db.OrgUnits.CountAsync());
    }
}
