using System.Diagnostics;
using System.Net;
using KenpoGraph.Api.Tests.Reliability;
using KenpoGraph.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace KenpoGraph.Api.Tests.PostgreSql;

/// <summary>
/// <see cref="KilledLoadTests"/> on PostgreSQL: a real `kenpograph load` SIGKILLed at points read from the server itself
/// (its version registered in the catalog; its COPY of fact_observation half way, from pg_stat_progress_copy; a random
/// moment after it began, seed printed), next to a running API. The API keeps serving the version it served, answer for
/// answer; the server rolls the killed load's transaction back; the next load removes the LOADING rows and says so.
/// </summary>
public sealed class PostgreSqlKilledLoadTests(PostgreSqlKilledLoadTests.Server api, ITestOutputHelper output)
    : IClassFixture<PostgreSqlKilledLoadTests.Server>
{
    private const string Query = "{ dataVersion { id inputDigest } branch(code: \"19\") { nameEn } nationalMembership(fiscalYear: 2024) { members { value } } }";

    /// <summary>The API on a PostgreSQL database of its own, first loaded from the seed without the demonstration rows.</summary>
    public sealed class Server : KenpoGraphApi
    {
        public Server() : this(WarehouseUnderTest.PostgreSql())
        {
        }

        private Server(WarehouseUnderTest warehouse) : base(withSeed: true, warehouse.HostSettings(), DemoFiles)
        {
            Warehouse = warehouse;
        }

        private static readonly string[] DemoFiles = [.. Directory.EnumerateFiles(SeedWorkspace.RepositorySeedDirectory, "demo_*.csv").Select(Path.GetFileName)!];

        internal WarehouseUnderTest Warehouse { get; }
    }

    private WarehouseUnderTest Warehouse => api.Warehouse;

    [SkippableFact]
    public async Task A_load_killed_at_any_point_leaves_the_served_version_untouched_and_the_next_load_cleans_up()
    {
        Skip.If(Warehouse.Missing is not null, Warehouse.Missing);
        var seed = Environment.GetEnvironmentVariable("KENPOGRAPH_KILL_SEED") is { } given ? int.Parse(given, System.Globalization.CultureInfo.InvariantCulture)
            : Random.Shared.Next(1_000_000);
        var random = new Random(seed);
        output.WriteLine($"kill seed {seed} (KENPOGRAPH_KILL_SEED reproduces it)");
        var served = await api.QueryAsync(Query);
        var publishedBefore = await ScalarAsync("SELECT count(*) FROM kenpograph.warehouse_version WHERE state = 'PUBLISHED'");
        // The demonstration rows make the version being written many times the served one: the COPY is long enough to land in.
        foreach (var demo in Directory.EnumerateFiles(SeedWorkspace.RepositorySeedDirectory, "demo_*.csv"))
        {
            File.Copy(demo, api.Workspace.PathOf(Path.GetFileName(demo)), overwrite: true);
        }

        var killedWhileCopying = 0;
        var points = new (string Name, string Sql)[]
        {
            ("version registered", "SELECT count(*) FROM kenpograph.warehouse_version WHERE state = 'LOADING'"),
            // Only fact_observation has this many rows (21,029); its table is in the uncommitted schema, which other
            // sessions' catalogs cannot see, so the COPY is known by its progress alone.
            ("fact_observation half copied", "SELECT count(*) FROM pg_stat_progress_copy WHERE command = 'COPY FROM' AND tuples_processed >= 10000"),
            ("a random moment", "SELECT count(*) FROM kenpograph.warehouse_version WHERE state = 'LOADING'"),
        };
        foreach (var (point, attempt) in points.Select((p, i) => (p, i)))
        {
            api.Workspace.ReplaceLine("org_units.csv", "19,", $"19,BRANCH,山梨,Yamanashi (attempt {attempt}),全国健康保険協会山梨支部,Yamanashi Branch");
            var delay = point.Name == "a random moment" ? TimeSpan.FromMilliseconds(random.Next(0, 3000)) : TimeSpan.Zero;
            var (landed, copying) = await KillAtAsync(point.Sql, delay);
            killedWhileCopying += copying ? 1 : 0;
            output.WriteLine($"killed at '{point.Name}'{(delay > TimeSpan.Zero ? $" (+{delay.TotalMilliseconds:0} ms)" : "")}: {landed}");

            // The served version is as it was, answer for answer, and nothing new was published.
            Assert.Equal(HttpStatusCode.OK, (await api.ReadinessAsync()).Status);
            Assert.Equal(served.GetRawText(), (await api.QueryAsync(Query)).GetRawText());
            Assert.Equal(publishedBefore, await ScalarAsync("SELECT count(*) FROM kenpograph.warehouse_version WHERE state = 'PUBLISHED'"));
            // No killed load's rows became visible: its schema (if created) was rolled back with its transaction.
            Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'kenpograph\\_v%' "
                + "AND substr(nspname, 13)::int NOT IN (SELECT id FROM kenpograph.warehouse_version WHERE state = 'PUBLISHED')"));
        }
        Assert.True(killedWhileCopying > 0, "no kill landed while rows were being copied");
        var leftover = await ScalarAsync("SELECT count(*) FROM kenpograph.warehouse_version WHERE state = 'LOADING'");
        Assert.True(leftover >= 1, "the kills left no LOADING row: the next load's clean-up was not exercised");

        api.Workspace.ReplaceLine("org_units.csv", "19,", "19,BRANCH,山梨,Yamanashi (reloaded),全国健康保険協会山梨支部,Yamanashi Branch");
        using var load = KenpographProcess.Start(["load", api.Workspace.SeedDirectory, $"--Warehouse:DataDirectory={api.Workspace.DataDirectory}", .. Warehouse.Settings]);
        var exit = await load.WaitAsync(TimeSpan.FromMinutes(3));
        output.WriteLine(load.Output.Split('\n').FirstOrDefault(l => l.StartsWith("Warning: Removed", StringComparison.Ordinal)) ?? "(no removal warning)");

        Assert.True(exit == 0, $"exit {exit}\n{load.Output}\n{load.Errors}");
        Assert.Contains($"Published data version", load.Output);
        Assert.Contains($"Warning: Removed what {leftover} interrupted load(s) had left: ", load.Output);
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM kenpograph.warehouse_version WHERE state = 'LOADING'"));
        Assert.Equal("Yamanashi (reloaded)", (await api.DataAsync(Query)).GetProperty("branch").GetProperty("nameEn").GetString());
    }

    /// <summary>Starts a load, waits until <paramref name="sql"/> counts a row (then <paramref name="delay"/>), SIGKILLs it.</summary>
    private async Task<(string Landed, bool Copying)> KillAtAsync(string sql, TimeSpan delay)
    {
        using var load = KenpographProcess.Start(["load", api.Workspace.SeedDirectory, $"--Warehouse:DataDirectory={api.Workspace.DataDirectory}", .. Warehouse.Settings]);
        var watch = Stopwatch.StartNew();
        while (await ScalarAsync(sql) == 0)
        {
            Assert.False(load.HasExited, $"the load ended before the kill point (exit {(load.HasExited ? await load.WaitAsync(TimeSpan.Zero) : 0)})\n{load.Output}\n{load.Errors}");
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), "the load never reached the kill point");
            await Task.Delay(10);
        }
        // Until the kill, the load may not publish: a random moment after it began could otherwise fall after its end
        // (a quick machine loads the seed in under the 3 s the delay may reach), and the kill then landed on nothing
        // (the test failed so, a new version served). A SHARE lock on the catalog holds its UPDATE to PUBLISHED back.
        await using var holdPublish = new NpgsqlConnection(Warehouse.ConnectionString + ";Pooling=false");
        await holdPublish.OpenAsync();
        await using var hold = await holdPublish.BeginTransactionAsync();
        await using (var lockCatalog = new NpgsqlCommand("LOCK TABLE kenpograph.warehouse_version IN SHARE MODE", holdPublish, hold))
        {
            await lockCatalog.ExecuteNonQueryAsync();
        }
        await Task.Delay(delay);
        var copying = await ScalarAsync("SELECT count(*) FROM pg_stat_progress_copy") > 0;
        var rows = await ScalarAsync("SELECT coalesce(max(tuples_processed), 0) FROM pg_stat_progress_copy");
        Assert.False(load.HasExited, $"the load ended before the kill (exit {(load.HasExited ? await load.WaitAsync(TimeSpan.Zero) : 0)})\n{load.Output}\n{load.Errors}");
        load.Kill();
        await load.WaitAsync(TimeSpan.FromSeconds(30));
        await hold.RollbackAsync();
        // The server ends the killed client's session (rolling its transaction back, freeing its load lock) once it notices.
        var bound = Stopwatch.StartNew();
        while (await ScalarAsync("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted") > 0)
        {
            Assert.True(bound.Elapsed < TimeSpan.FromSeconds(30), "the killed load's session still holds the load lock after 30 s");
            await Task.Delay(50);
        }
        return (copying ? $"while a COPY had sent {rows} rows" : "outside a COPY", copying);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Warehouse.ConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
