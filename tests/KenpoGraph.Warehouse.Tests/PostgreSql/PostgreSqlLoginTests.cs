using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KenpoGraph.Warehouse.Tests.PostgreSql;

/// <summary>
/// The logins db/postgresql/README.md tells a DBA to create: a loader in kenpograph_loader and an API login in
/// kenpograph_reader, with exactly the grants of 030_permissions.sql and nothing else (the other tests run as the
/// cluster's superuser, who may do anything). Loads as the loader, reads every version as the API, and the API login
/// cannot write.
/// </summary>
public sealed class PostgreSqlLoginTests : IDisposable
{
    private static readonly string DdlDirectory = Path.Combine(SeedWorkspace.RepositoryRoot, "db", "postgresql");
    private readonly SeedWorkspace _workspace = new SeedWorkspace().WithoutDemonstrationData();

    public void Dispose() => _workspace.Dispose();

    [SkippableFact]
    public async Task A_loader_login_publishes_and_a_reader_login_reads_every_kept_version_with_only_the_documented_grants()
    {
        Skip.If(PostgreSqlCluster.Missing is not null, PostgreSqlCluster.Missing);
        var owner = PostgreSqlCluster.Shared.CreateDatabase();
        // Roles belong to the cluster, which the tests share: names of this test's own.
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (loader, api) = ($"kenpograph_load_{suffix}", $"kenpograph_api_{suffix}");
        await using (var connection = new NpgsqlConnection(owner))
        {
            await connection.OpenAsync();
            foreach (var file in new[] { "010_catalog.sql", "030_permissions.sql" })
            {
                await using var apply = new NpgsqlCommand(File.ReadAllText(Path.Combine(DdlDirectory, file)), connection);
                await apply.ExecuteNonQueryAsync();
            }
            // As the README's example: CREATE ROLE kenpograph_api LOGIN IN ROLE kenpograph_reader;
            await using var logins = new NpgsqlCommand($"CREATE ROLE {loader} LOGIN IN ROLE kenpograph_loader; CREATE ROLE {api} LOGIN IN ROLE kenpograph_reader;", connection);
            await logins.ExecuteNonQueryAsync();
        }
        string As(string login) => new NpgsqlConnectionStringBuilder(owner) { Username = login }.ConnectionString;
        IWarehouseStore Store(string login) => WarehouseStores.Create(new WarehouseOptions
        {
            Provider = WarehouseProvider.PostgreSql, ConnectionString = As(login), KeepPreviousVersions = 1,
        });

        using (var loading = (ServerWarehouseStore)Store(loader))
        {
            foreach (var _ in new[] { 1, 2, 3 })
            {
                var outcome = await new WarehouseLoader(loading, TimeProvider.System).LoadAsync(
                    new LoadRequest(_workspace.SeedDirectory) { Force = true }, progress: null, CancellationToken.None);
                Assert.True(outcome.Status == LoadStatus.Published, $"{outcome.Status}: {string.Join('\n', outcome.Problems)}");
                Assert.DoesNotContain(outcome.Warnings, w => w.Contains("could not be removed", StringComparison.Ordinal));
            }
        }

        using var reading = (ServerWarehouseStore)Store(api);
        // Version 1 was pruned (one previous version kept) by the loader; 2 and 3 are readable by the API login.
        Assert.Equal([2, 3], reading.StoredVersions());
        foreach (var id in new[] { 2, 3 })
        {
            using var snapshot = id == 3 ? reading.Current()! : reading.Version(id);
            Assert.Equal(id, snapshot.Version.Id);
            await using var db = snapshot.CreateContext();
            Assert.Equal(48, await db.OrgUnits.CountAsync());
            Assert.True(await db.Observations.AnyAsync());
        }

        var refused = await new WarehouseLoader(reading, TimeProvider.System).LoadAsync(
            new LoadRequest(_workspace.SeedDirectory) { Force = true }, progress: null, CancellationToken.None).ContinueWith(t => t.Exception?.GetBaseException() ?? (object?)t.Result);
        Assert.True(refused is Exception or LoadOutcome { Problems.Count: > 0 }, $"the API login published a version: {refused}");
        using (var still = reading.Current()!)
        {
            Assert.Equal(3, still.Version.Id);
        }
    }
}
