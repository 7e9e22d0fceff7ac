using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using KenpoGraph.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace KenpoGraph.Api.Tests.PostgreSql;

/// <summary>
/// The faults of a network database, for real: the PostgreSQL server stopped and started again under a query load
/// (a cluster of the test's own), and every pooled connection taken and held. Every answer must be complete and
/// right, or name <c>WAREHOUSE_UNAVAILABLE</c> with a reason for the client; nothing else, no 5xx; and the API serves
/// again by itself, without a restart, once the database does.
/// </summary>
public sealed class PostgreSqlFaultTests(ITestOutputHelper output)
{
    private const string Query = "{ dataVersion { id } branch(code: \"19\") { nameEn } nationalMembership(fiscalYear: 2024) { members { printedValue } } }";

    private static readonly string[] DemoFiles = [.. Directory.EnumerateFiles(SeedWorkspace.RepositorySeedDirectory, "demo_*.csv").Select(Path.GetFileName)!];

    /// <summary>The API (in memory) on a PostgreSQL database, its first start loading the seed without the demonstration rows.</summary>
    private sealed class Api(WarehouseUnderTest warehouse) : KenpoGraphApi(withSeed: true, new Dictionary<string, string>(warehouse.HostSettings())
    {
        // Every request must read the warehouse, and one test client must not be throttled.
        ["Caching:Responses"] = "false",
        ["Limits:RateLimit:PermitLimit"] = "1000000",
    }, DemoFiles);

    [SkippableFact]
    public async Task The_database_stopped_under_load_is_WAREHOUSE_UNAVAILABLE_and_served_again_when_it_is_back_without_a_restart()
    {
        Skip.If(PostgreSqlCluster.Missing is not null, PostgreSqlCluster.Missing);
        using var cluster = PostgreSqlCluster.Start("restart");
        using var warehouse = WarehouseUnderTest.PostgreSql(cluster, "Timeout=3");
        using var api = new Api(warehouse);
        Assert.Equal(HttpStatusCode.OK, (await api.ReadinessAsync()).Status);
        await using var load = new Answers(api, workers: 4);

        // Until answers arrive, not a fixed time: on a loaded machine 2 s once passed before the first answer completed.
        await load.UntilAsync(TimeSpan.FromSeconds(30), "before", answers => answers.Complete >= 20);
        load.Enter("stopped");
        var stop = Stopwatch.StartNew();
        cluster.Stop();
        output.WriteLine($"database stopped in {stop.ElapsedMilliseconds} ms");
        await load.RunForAsync(TimeSpan.FromSeconds(3), "stopped");
        var (down, reason) = await api.ReadinessAsync();
        output.WriteLine($"/readyz while stopped: {(int)down} {reason}");
        cluster.StartServer();
        var back = Stopwatch.StartNew();
        await load.UntilAsync(TimeSpan.FromSeconds(30), "restarted", answers => answers.Complete >= 20);
        output.WriteLine($"answers complete again {back.ElapsedMilliseconds} ms after the server was started");
        await load.RunForAsync(TimeSpan.FromSeconds(2), "after");

        output.WriteLine(load.Summary());
        Assert.True(load.Failures.IsEmpty, $"{load.Failures.Count} answers were neither right nor WAREHOUSE_UNAVAILABLE:\n{string.Join('\n', load.Failures.Take(5))}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down);
        Assert.Contains("cannot be reached", reason);
        Assert.True(load.Phase("before").Complete > 0 && load.Phase("before").Unavailable == 0, load.Summary());
        Assert.True(load.Phase("stopped").Unavailable > 0, "no request was refused while the database was stopped: " + load.Summary());
        Assert.Equal(0, load.Phase("after").Unavailable);
        Assert.True(load.Phase("after").Complete > 0, load.Summary());
        Assert.Contains("The warehouse database cannot be reached.", load.UnavailableMessages);
        Assert.Equal(HttpStatusCode.OK, (await api.ReadinessAsync()).Status);
    }

    [SkippableFact]
    public async Task Every_pooled_connection_held_makes_requests_wait_then_refuse_with_a_reason_and_none_is_leaked()
    {
        Skip.If(PostgreSqlCluster.Missing is not null, PostgreSqlCluster.Missing);
        // Two connections, given up after 3 s: a request that cannot have one within that is refused, not queued forever.
        using var warehouse = WarehouseUnderTest.PostgreSql(connectionOptions: "Maximum Pool Size=2;Timeout=3");
        using var api = new Api(warehouse);
        Assert.Equal(HttpStatusCode.OK, (await api.ReadinessAsync()).Status);

        // No leak: one connection per request, returned at its end, or 200 requests on two connections could not pass.
        for (var i = 0; i < 200; i++)
        {
            await api.DataAsync(Query);
        }

        await using var load = new Answers(api, workers: 8);
        await load.RunForAsync(TimeSpan.FromSeconds(1), "before");
        // The catalog locked from outside: every request blocks on its first statement, holding its pooled connection.
        await using (var blocker = new NpgsqlConnection(warehouse.ConnectionString + ";Pooling=false;Timeout=30"))
        {
            await blocker.OpenAsync();
            await using var transaction = await blocker.BeginTransactionAsync();
            await using (var lockCatalog = new NpgsqlCommand("LOCK TABLE kenpograph.current_version IN ACCESS EXCLUSIVE MODE", blocker, transaction))
            {
                await lockCatalog.ExecuteNonQueryAsync();
            }
            await load.RunForAsync(TimeSpan.FromSeconds(7), "exhausted");
            Assert.True(await ApiSessionsAsync(warehouse, blocker.ProcessID) <= 2, "the API opened more connections than its pool allows");
            await transaction.RollbackAsync();
        }
        await load.UntilAsync(TimeSpan.FromSeconds(30), "released", answers => answers.Complete >= 20);
        await load.RunForAsync(TimeSpan.FromSeconds(1), "after");

        output.WriteLine(load.Summary());
        Assert.True(load.Failures.IsEmpty, $"{load.Failures.Count} answers were neither right nor WAREHOUSE_UNAVAILABLE:\n{string.Join('\n', load.Failures.Take(5))}");
        Assert.True(load.Phase("exhausted").Unavailable > 0, "no request was refused while every connection was held: " + load.Summary());
        Assert.Contains("The warehouse has no free connection right now. Try again shortly.", load.UnavailableMessages);
        Assert.Equal(0, load.Phase("after").Unavailable);
        Assert.True(await ApiSessionsAsync(warehouse, except: 0) <= 2, "connections beyond the pool's size are open");
        for (var i = 0; i < 20; i++)
        {
            await api.DataAsync(Query);
        }
    }

    /// <summary>Sessions open on the test's database other than this query's own and <paramref name="except"/> (the blocker's).</summary>
    private static async Task<long> ApiSessionsAsync(WarehouseUnderTest warehouse, int except)
    {
        await using var connection = new NpgsqlConnection(warehouse.ConnectionString + ";Pooling=false;Timeout=30");
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND pid <> @except "
            + "AND backend_type = 'client backend'", connection);
        count.Parameters.AddWithValue("except", except);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// <c>workers</c> clients querying without pause, each answer sorted into a phase: complete and right, refused with
    /// WAREHOUSE_UNAVAILABLE, or a failure (anything else).
    /// </summary>
    private sealed class Answers : IAsyncDisposable
    {
        private readonly KenpoGraphApi _api;
        private readonly CancellationTokenSource _stop = new();
        private readonly ConcurrentDictionary<string, Counts> _phases = new();
        private readonly Task[] _workers;
        private volatile string _phase = "starting";

        public Answers(KenpoGraphApi api, int workers)
        {
            _api = api;
            _workers = [.. Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync))];
        }

        public ConcurrentQueue<string> Failures { get; } = new();

        public ConcurrentBag<string> UnavailableMessages { get; } = [];

        public Counts Phase(string name) => _phases.GetOrAdd(name, _ => new Counts());

        /// <summary>Answers from now on count in <paramref name="phase"/>.</summary>
        public void Enter(string phase) => _phase = phase;

        public async Task RunForAsync(TimeSpan duration, string phase)
        {
            _phase = phase;
            await Task.Delay(duration);
        }

        public async Task UntilAsync(TimeSpan bound, string phase, Func<Counts, bool> done)
        {
            _phase = phase;
            var watch = Stopwatch.StartNew();
            while (!done(Phase(phase)))
            {
                Assert.True(watch.Elapsed < bound, $"not served again within {bound.TotalSeconds} s: {Summary()}");
                await Task.Delay(50);
            }
        }

        public string Summary() => string.Join("; ", _phases.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}: {p.Value.Complete} complete, {p.Value.Unavailable} WAREHOUSE_UNAVAILABLE")) + $"; {Failures.Count} failed";

        private async Task WorkAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await _api.PostAsync(Query);
                    var text = await response.Content.ReadAsStringAsync();
                    // Counted in the phase it was answered in: a request begun before the stop and refused after it is "stopped".
                    var phase = _phase;
                    try
                    {
                        Classify(phase, response.StatusCode, text);
                    }
                    catch (Exception exception) when (exception is InvalidOperationException or KeyNotFoundException or JsonException)
                    {
                        Failures.Enqueue($"{phase}: unexpected answer ({exception.Message}): {text}");
                    }
                }
                catch (HttpRequestException exception)
                {
                    Failures.Enqueue($"{_phase}: {exception.GetType().Name}: {exception.Message}");
                }
            }
        }

        private void Classify(string phase, HttpStatusCode status, string text)
        {
            var counts = Phase(phase);
            if (status != HttpStatusCode.OK)
            {
                Failures.Enqueue($"{phase}: HTTP {(int)status}: {text}");
                return;
            }
            var answer = JsonDocument.Parse(text).RootElement;
            if (answer.TryGetProperty("errors", out var errors))
            {
                var codes = errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()).Distinct().ToArray();
                if (codes is ["WAREHOUSE_UNAVAILABLE"])
                {
                    Interlocked.Increment(ref counts.Unavailable);
                    UnavailableMessages.Add(errors[0].GetProperty("message").GetString()!);
                }
                else
                {
                    Failures.Enqueue($"{phase}: {text}");
                }
                return;
            }
            var data = answer.GetProperty("data");
            var right = data.GetProperty("dataVersion").GetProperty("id").GetInt32() == answer.GetProperty("extensions").GetProperty("dataVersion").GetInt32()
                && data.GetProperty("branch").GetProperty("nameEn").GetString() == "Yamanashi"
                && data.GetProperty("nationalMembership").GetProperty("members").GetProperty("printedValue").GetString() == "39,713";
            if (right)
            {
                Interlocked.Increment(ref counts.Complete);
            }
            else
            {
                Failures.Enqueue($"{phase}: wrong answer {text}");
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await Task.WhenAll(_workers);
            _stop.Dispose();
        }
    }

    private sealed class Counts
    {
        public int Complete;
        public int Unavailable;
    }
}
