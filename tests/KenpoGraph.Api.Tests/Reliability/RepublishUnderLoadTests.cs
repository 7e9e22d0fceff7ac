using System.Diagnostics;
using System.Text.Json;
using KenpoGraph.Api.Tests.EndToEnd;
using KenpoGraph.Api.Tests.PostgreSql;
using Xunit.Abstractions;

namespace KenpoGraph.Api.Tests.Reliability;

/// <summary>
/// `kenpograph load` (the real program, as a child process) publishes new data twice while clients keep
/// querying the real server on Kestrel. Every answer must be complete, must come from exactly one data version
/// (every figure in it is that version's, checked by content), none may fail, and the switch must show in
/// <c>extensions.dataVersion</c>. On SQLite here; on PostgreSQL in <see cref="PostgreSql.PostgreSqlRepublishUnderLoadTests"/>.
/// </summary>
public sealed class RepublishUnderLoadTests(ITestOutputHelper output) : RepublishUnderLoad(output, WarehouseUnderTest.Sqlite());

/// <summary>The republish-under-load test on the warehouse <see cref="WarehouseUnderTest"/> names (one provider per subclass).</summary>
public abstract class RepublishUnderLoad : IAsyncLifetime
{
    /// <summary>
    /// One answer reads four tables: the data version, an org unit, a published national figure and a national
    /// roll-up of branch figures. Each republish changes all of them, so a mixed answer cannot go unnoticed.
    /// </summary>
    private const string Query = """
        query Republish {
          dataVersion { id inputDigest }
          branch(code: "19") { nameEn }
          nationalMembership(fiscalYear: 2024) { members { printedValue value } }
          rollup(measures: ["checkup.lifestyle.examinees"], fiscalYears: [2024], level: NATIONAL) { value }
        }
        """;

    // As many clients as the machine has cores: the server is kept busy without starving the load of all CPU.
    private static readonly int Workers = Math.Max(2, Environment.ProcessorCount);

    /// <summary>What each version holds: version 1 is the shipped seed, then each load changes the three figures.</summary>
    private static readonly Dictionary<int, (string NameEn, string Members, decimal Examinees)> Expected = new()
    {
        [1] = ("Yamanashi", "39,713", 78_870m),
        [2] = ("Yamanashi (v2)", "39,714", 78_871m),
        [3] = ("Yamanashi (v3)", "39,715", 78_872m),
    };

    // The answers are counted, not cached: every request must read the warehouse.
    // One loopback client stands for a dashboard fleet here, so the per-client rate limit (its own tests are in
    // Security/LimitAttackTests) is raised out of the way: this test is about versions, not about throttling.
    private readonly ITestOutputHelper output;
    private readonly WarehouseUnderTest _warehouse;
    private readonly LoopbackServer _server;

    private protected RepublishUnderLoad(ITestOutputHelper output, WarehouseUnderTest warehouse)
    {
        this.output = output;
        _warehouse = warehouse;
        _server = new LoopbackServer(["--Caching:Responses=false", "--Limits:RateLimit:PermitLimit=1000000", .. warehouse.Settings]);
    }

    public Task InitializeAsync()
    {
        if (_warehouse.Missing is not null)
        {
            return Task.CompletedTask;
        }
        // Without the 20,946 demonstration rows a load takes seconds, not a minute, on a busy 2-core machine;
        // Yamanashi's published checkups (seed 003) are then the national roll-up's only contributor.
        _server.Workspace.WithoutDemonstrationData();
        return _server.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _warehouse.Dispose();
    }

    [SkippableFact]
    public async Task Republishing_under_a_sustained_query_load_fails_no_request_and_mixes_no_versions()
    {
        Skip.If(_warehouse.Missing is not null, _warehouse.Missing);
        var digests = new System.Collections.Concurrent.ConcurrentDictionary<int, string>();
        var total = Stopwatch.StartNew();
        await using var load = QueryLoad.Start(_server.GraphQLEndpoint, Workers, Query, answer => Wrong(answer, digests));
        await load.SeenAsync(1, 20, TimeSpan.FromSeconds(30));

        var duringLoads = 0L;
        foreach (var version in new[] { 2, 3 })
        {
            var (nameEn, members, examinees) = Expected[version];
            _server.Workspace.ReplaceLine("org_units.csv", "19,", $"19,BRANCH,山梨,{nameEn},全国健康保険協会山梨支部,Yamanashi Branch");
            _server.Workspace.ReplaceLine("membership.csv", "00,2024,membership.members,",
                $"00,2024,membership.members,\"{members}\",千人,FISCAL_YEAR_END,PUBLISHED,seed-004,L70,label 加入者数 at L95; matched via headline L106");
            _server.Workspace.ReplaceLine("checkups.csv", "19,2024,checkup.lifestyle.examinees,",
                $"19,2024,checkup.lifestyle.examinees,\"{examinees:#,0}\",件,PERIOD,PUBLISHED,seed-003,L722,printed rate 73.7%");

            var before = load.Requests;
            var watch = Stopwatch.StartNew();
            using var child = KenpographProcess.Start(["load", _server.Workspace.SeedDirectory, $"--Warehouse:DataDirectory={_server.Workspace.DataDirectory}",
                .. _warehouse.Settings]);
            var exit = await child.WaitAsync(TimeSpan.FromMinutes(3));
            var answered = load.Requests - before;
            duringLoads += answered;
            output.WriteLine($"load of version {version}: exit {exit} after {watch.Elapsed.TotalSeconds:0.0} s, {answered} requests answered meanwhile");

            Assert.True(exit == 0, $"exit {exit}\n{child.Output}\n{child.Errors}");
            Assert.StartsWith($"Published data version {version} at {_warehouse.Location ?? _server.Workspace.DataDirectory}", child.Output);
            // Standard error is a pipe here, as in CI: no progress line, nothing at all.
            Assert.Equal("", child.Errors);
            Assert.True(answered > 0, "the server answered nothing while the load ran");
            await load.SeenAsync(version, 20, TimeSpan.FromSeconds(30));
        }
        await load.StopAsync();

        output.WriteLine($"republish under load on {_warehouse.Name}: {load.Summary()}, {duringLoads} during the loads, {Workers} clients, {total.Elapsed.TotalSeconds:0.0} s in all");
        Assert.True(load.Failures.Count == 0, $"{load.Failures.Count} failed:\n{string.Join('\n', load.Failures.Take(5))}");
        Assert.Equal([1, 2, 3], load.ByVersion.Keys);
        Assert.All(load.ByVersion.Values, count => Assert.True(count >= 20));
        Assert.Equal(load.Requests, load.ByVersion.Values.Sum());
    }

    /// <summary>What in the answer does not belong to the version it names, or null when everything does.</summary>
    private static string? Wrong(JsonElement answer, System.Collections.Concurrent.ConcurrentDictionary<int, string> digests)
    {
        if (answer.TryGetProperty("errors", out var errors))
        {
            return $"errors {errors}";
        }
        var version = answer.GetProperty("extensions").GetProperty("dataVersion").GetInt32();
        var data = answer.GetProperty("data");
        var id = data.GetProperty("dataVersion").GetProperty("id").GetInt32();
        if (id != version)
        {
            return $"data.dataVersion.id {id} in an answer of version {version}";
        }
        if (!Expected.TryGetValue(version, out var expected))
        {
            return "a version no load published";
        }
        // One digest per version: a version id never names two different inputs.
        var digest = data.GetProperty("dataVersion").GetProperty("inputDigest").GetString()!;
        if (digests.GetOrAdd(version, digest) != digest)
        {
            return $"input digest {digest} differs from {digests[version]} seen before for the same version";
        }
        var nameEn = data.GetProperty("branch").GetProperty("nameEn").GetString();
        var members = data.GetProperty("nationalMembership").GetProperty("members");
        var examinees = data.GetProperty("rollup")[0].GetProperty("value").GetDecimal();
        var membersValue = decimal.Parse(expected.Members, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture) * 1000;
        return (nameEn, members.GetProperty("printedValue").GetString(), members.GetProperty("value").GetDecimal(), examinees) ==
               (expected.NameEn, expected.Members, membersValue, expected.Examinees)
            ? null
            : $"mixed content: nameEn {nameEn}, members {members}, national examinees {examinees}; version {version} holds {expected}";
    }
}
