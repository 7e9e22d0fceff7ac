using System.Net;
using System.Text.Json;
using KenpoGraph.Api.Cli;
using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Storage;

namespace KenpoGraph.Api.Tests.Reliability;

/// <summary>
/// The warehouse file missing, unreadable or corrupt under a running server (and at start-up): /readyz says
/// what is wrong, queries get WAREHOUSE_UNAVAILABLE, and the server serves again by itself once the file is
/// restored or a load publishes a new version. No restart anywhere.
/// </summary>
public sealed class WarehouseFaultTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    private const string Query = "{ dataVersion { id } branch(code: \"19\") { nameEn } nationalMembership(fiscalYear: 2024) { members { printedValue } } }";

    public static TheoryData<string, string> Faults => new()
    {
        { "missing", "is missing. Restore it, or run `kenpograph load` to publish a new version." },
        { "header", "is corrupt: file is not a database (SQLite error 26). Restore it" },
        { "middle", "is corrupt: quick_check: " },
        { "truncated", "is corrupt: database disk image is malformed (SQLite error 11). Restore it" },
        { "unreadable", "cannot be opened: " },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_fault_under_a_running_server_fails_readiness_and_queries_until_the_file_is_restored(string fault, string reason)
    {
        var (versionFile, healthy) = await CurrentVersionAsync();
        var backup = Path.Combine(api.Workspace.Root, $"backup-{fault}.db");
        File.Copy(versionFile, backup, overwrite: true);
        try
        {
            Damage(versionFile, fault);

            var (status, description) = await api.ReadinessAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.True(description!.Contains($"{versionFile} {reason}", StringComparison.Ordinal), description);
            var failed = await api.QueryAsync(Query);
            AssertUnavailable(failed, fault);
        }
        finally
        {
            VersionFileDamage.Restore(backup, versionFile);
        }

        Assert.Equal(HttpStatusCode.OK, (await api.ReadinessAsync()).Status);
        Assert.Equal(healthy, (await api.QueryAsync(Query)).GetRawText());
    }

    [Fact]
    public async Task A_cached_answer_is_not_served_while_its_version_cannot_be_read()
    {
        var (versionFile, _) = await CurrentVersionAsync();
        const string cached = "{ branches { code } }";
        using (var warm = await api.PostAsync(cached))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }
        var backup = Path.Combine(api.Workspace.Root, "backup-cached.db");
        File.Move(versionFile, backup);
        try
        {
            using var response = await api.PostAsync(cached);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("X-Cache"));
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            AssertUnavailable(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, "missing");
        }
        finally
        {
            File.Move(backup, versionFile);
        }
    }

    [Fact]
    public async Task A_load_brings_a_server_whose_file_was_deleted_back_with_a_new_version()
    {
        var (versionFile, _) = await CurrentVersionAsync();
        var before = (await api.DataAsync("{ dataVersion { id } }")).GetProperty("dataVersion").GetProperty("id").GetInt32();
        File.Delete(versionFile);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.ReadinessAsync()).Status);

        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await LoadCommand.RunAsync([api.Workspace.SeedDirectory, "--force", $"--Warehouse:DataDirectory={api.Workspace.DataDirectory}"], output, errors);

        Assert.True(exit == 0, errors.ToString());
        var (status, description) = await api.ReadinessAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($"Serving data version {before + 1}.", description);
        var answer = await api.QueryAsync(Query);
        Assert.Equal(before + 1, answer.GetProperty("extensions").GetProperty("dataVersion").GetInt32());
        Assert.Equal("Yamanashi", answer.GetProperty("data").GetProperty("branch").GetProperty("nameEn").GetString());
    }

    [Theory]
    [InlineData("header")]
    [InlineData("missing")]
    public async Task A_server_that_starts_on_a_broken_warehouse_answers_says_why_and_recovers_when_it_is_restored(string fault)
    {
        var backup = "";
        var versionFile = "";
        using var broken = new BrokenAtStart(workspace =>
        {
            // Publish version 1, keep a copy, then break it before the server ever sees it.
            var store = new SqliteWarehouseStore(workspace.DataDirectory);
            var outcome = new WarehouseLoader(store, TimeProvider.System).LoadAsync(workspace.SeedDirectory).GetAwaiter().GetResult();
            Assert.Equal(LoadStatus.Published, outcome.Status);
            versionFile = Path.Combine(workspace.DataDirectory, "versions", "kenpograph-v000001.db");
            backup = Path.Combine(workspace.Root, "backup.db");
            File.Copy(versionFile, backup);
            Damage(versionFile, fault);
        });

        using (var alive = await broken.Client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        }
        var (status, description) = await broken.ReadinessAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.StartsWith($"The published warehouse cannot be read: Data version 1's warehouse file {versionFile} ", description);
        AssertUnavailable(await broken.QueryAsync(Query), fault);

        VersionFileDamage.Restore(backup, versionFile);

        Assert.Equal((HttpStatusCode.OK, "Serving data version 1."), await broken.ReadinessAsync());
        Assert.Equal("Yamanashi", (await broken.DataAsync(Query)).GetProperty("branch").GetProperty("nameEn").GetString());
    }

    private sealed class BrokenAtStart(Action<SeedWorkspace> prepare) : KenpoGraphApi(withSeed: true, withoutFiles: DemoFiles, beforeStart: prepare)
    {
        // The demonstration rows are not needed to break a file; without them the version is written in a fraction of the time.
        private static readonly string[] DemoFiles = [.. Directory.EnumerateFiles(SeedWorkspace.RepositorySeedDirectory, "demo_*.csv").Select(Path.GetFileName)!];
    }

    private async Task<(string VersionFile, string HealthyAnswer)> CurrentVersionAsync()
    {
        var answer = await api.QueryAsync(Query);
        var id = answer.GetProperty("extensions").GetProperty("dataVersion").GetInt32();
        return (Path.Combine(api.Workspace.DataDirectory, "versions", $"kenpograph-v{id:000000}.db"), answer.GetRawText());
    }

    private static void Damage(string versionFile, string fault)
    {
        switch (fault)
        {
            case "missing":
                File.Delete(versionFile);
                break;
            case "unreadable":
                VersionFileDamage.MakeUnreadable(versionFile);
                break;
            default:
                VersionFileDamage.Corrupt(versionFile, fault);
                break;
        }
    }

    /// <summary>A complete GraphQL response: no data, one error per field with WAREHOUSE_UNAVAILABLE and a reason without server paths.</summary>
    private static void AssertUnavailable(JsonElement response, string fault)
    {
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").ValueKind);
        Assert.Equal(JsonValueKind.Null, response.GetProperty("extensions").GetProperty("dataVersion").ValueKind);
        var errors = response.GetProperty("errors").EnumerateArray().ToArray();
        Assert.NotEmpty(errors);
        var expected = fault switch
        {
            "missing" => "is missing.",
            "unreadable" => "cannot be opened.",
            _ => "is corrupt.",
        };
        Assert.All(errors, error =>
        {
            Assert.Equal("WAREHOUSE_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Matches($"^The warehouse file of data version [0-9]+ {System.Text.RegularExpressions.Regex.Escape(expected)}$", error.GetProperty("message").GetString());
        });
    }
}
