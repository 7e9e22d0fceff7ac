using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Storage;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Warehouse.Tests;

/// <summary>`kenpograph rollback` on SQLite: the pointer names a kept version again; ids stay unique; unknown versions are refused.</summary>
public sealed class SqliteRollbackTests : IDisposable
{
    private readonly SeedWorkspace _workspace = new SeedWorkspace().WithoutDemonstrationData();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Rollback_makes_a_kept_version_current_and_the_next_load_takes_the_next_unused_id()
    {
        var store = new SqliteWarehouseStore(_workspace.DataDirectory, keepPreviousVersions: 5);
        var loader = new WarehouseLoader(store, TimeProvider.System);
        await loader.LoadAsync(_workspace.SeedDirectory);
        _workspace.ReplaceLine("org_units.csv", "19,", "19,BRANCH,山梨,Yamanashi (v2),全国健康保険協会山梨支部,Yamanashi Branch");
        await loader.LoadAsync(_workspace.SeedDirectory);

        var back = await store.MakeCurrentAsync(1, CancellationToken.None);

        Assert.Equal(1, back.Id);
        await using (var current = store.Current()!)
        {
            await using var db = current.CreateContext();
            Assert.Equal((1, "Yamanashi"), (current.Version.Id, (await db.OrgUnits.SingleAsync(u => u.Code == "19")).NameEn));
        }
        Assert.Equal("kenpograph-v000001.db", File.ReadAllText(Path.Combine(_workspace.DataDirectory, "current")).Trim());
        Assert.Empty(Directory.EnumerateFiles(_workspace.DataDirectory, ".current.*"));
        var error = await Assert.ThrowsAsync<WarehouseUnavailableException>(() => store.MakeCurrentAsync(7, CancellationToken.None));
        Assert.StartsWith("Data version 7 is not stored at ", error.Message);

        _workspace.ReplaceLine("org_units.csv", "19,", "19,BRANCH,山梨,Yamanashi (v3),全国健康保険協会山梨支部,Yamanashi Branch");
        var next = await loader.LoadAsync(_workspace.SeedDirectory);
        Assert.Equal((3, 1), (next.Version!.Id, next.PreviousVersion!.Id));
        Assert.Equal([1, 2, 3], store.StoredVersions());
    }
}
