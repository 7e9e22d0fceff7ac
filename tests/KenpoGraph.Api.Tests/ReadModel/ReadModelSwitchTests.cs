using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using KenpoGraph.Api.Cli;

namespace KenpoGraph.Api.Tests.ReadModel;

/// <summary>
/// The switch to a version's read model as production runs it (ReadModel:Build Background): no request waits for a build
/// (SQL answers until it is ready), then requests read memory only; a newly published version is answered from its first
/// request on, by SQL until its own read model is built; a version over ReadModel:MaxRows is served by SQL alone.
/// Which source answered is read from the host's kenpograph.warehouse.reads counter.
/// </summary>
public sealed class ReadModelSwitchTests
{
    private const string Query = "{ rollup(measures: [\"membership.insured\"], fiscalYears: [2024], level: NATIONAL) { value } branches { code } dataVersion { id } }";

    [Fact]
    public async Task A_version_is_answered_by_SQL_while_its_read_model_is_built_and_from_memory_after()
    {
        using var api = new BackgroundApi();
        var first = await api.QueryAsync(Query);
        var reference = first.GetProperty("data").GetRawText();
        Assert.True((await ReadsAsync(api)).Sql >= 1, "the first request of a version opened no SQL context: it waited for a build");

        var fromMemory = await UntilAnsweredFromMemoryAsync(api);
        Assert.Equal(reference, fromMemory);

        var before = await ReadsAsync(api);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(reference, (await api.QueryAsync(Query)).GetProperty("data").GetRawText());
        }
        var after = await ReadsAsync(api);
        Assert.Equal(before.Sql, after.Sql);
        Assert.Equal(before.Memory + 5, after.Memory);
    }

    [Fact]
    public async Task A_published_version_is_answered_from_its_first_request_and_gets_a_read_model_of_its_own()
    {
        using var api = new BackgroundApi();
        await UntilAnsweredFromMemoryAsync(api);
        api.Workspace.ReplaceLine("org_units.csv", "19,", "19,BRANCH,山梨,Yamanashi,全国健康保険協会山梨支部,Yamanashi Branch (renamed in test)");
        using (var output = new StringWriter())
        using (var errors = new StringWriter())
        {
            Assert.Equal(0, await LoadCommand.RunAsync([api.Workspace.SeedDirectory, $"--Warehouse:DataDirectory={api.Workspace.DataDirectory}"], output, errors));
        }

        var next = await api.QueryAsync("{ branch(code: \"19\") { nameEn } dataVersion { id } }");

        Assert.Equal(2, next.GetProperty("extensions").GetProperty("dataVersion").GetInt32());
        Assert.Equal("Yamanashi", next.GetProperty("data").GetProperty("branch").GetProperty("nameEn").GetString());
        var fromMemory = await UntilAnsweredFromMemoryAsync(api);
        Assert.Contains("\"id\":2", fromMemory);
    }

    [Fact]
    public async Task A_version_larger_than_ReadModel_MaxRows_is_served_by_SQL_alone()
    {
        using var api = new BackgroundApi(maxRows: 1_000);
        var reference = (await api.QueryAsync(Query)).GetProperty("data").GetRawText();
        await Task.Delay(TimeSpan.FromSeconds(1)); // time for a build that would have been started

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(reference, (await api.QueryAsync(Query)).GetProperty("data").GetRawText());
        }

        var reads = await ReadsAsync(api);
        Assert.Equal(0, reads.Memory);
        Assert.True(reads.Sql >= 4, $"{reads.Sql} SQL reads for 4 requests");
    }

    private static async Task<string> UntilAnsweredFromMemoryAsync(BackgroundApi api)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            var before = await ReadsAsync(api);
            var data = (await api.QueryAsync(Query)).GetProperty("data").GetRawText();
            var after = await ReadsAsync(api);
            if (after.Sql == before.Sql && after.Memory > before.Memory)
            {
                return data;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("no request was answered from the read model within 60 s");
    }

    /// <summary>
    /// The host's kenpograph.warehouse.reads so far, by source, from a listener on that host's own counter (the /metrics
    /// scrape is cached for a moment, and other tests' hosts count on counters of the same name).
    /// </summary>
    private static Task<(long Sql, long Memory)> ReadsAsync(BackgroundApi api) => Task.FromResult(api.Reads.Totals);

    private sealed class BackgroundApi : KenpoGraphApi, IDisposable
    {
        public BackgroundApi(int? maxRows = null)
            : base(withSeed: true, new Dictionary<string, string>
            {
                ["ReadModel:Build"] = "Background",
                // Every request executes: a response-cache hit reads nothing.
                ["Caching:Responses"] = "false",
                ["ReadModel:MaxRows"] = (maxRows ?? 600_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
        {
            Reads = new ReadsListener(Services.GetRequiredService<Api.Telemetry.KenpoGraphMetrics>().WarehouseReads);
        }

        public ReadsListener Reads { get; }

        public new void Dispose()
        {
            Reads.Dispose();
            base.Dispose();
        }
    }

    private sealed class ReadsListener : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _sql;
        private long _memory;

        public ReadsListener(Counter<long> counter)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument, counter))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag is { Key: "source", Value: "sql" })
                    {
                        Interlocked.Add(ref _sql, value);
                    }
                    else if (tag is { Key: "source", Value: "read_model" })
                    {
                        Interlocked.Add(ref _memory, value);
                    }
                }
            });
            _listener.Start();
        }

        public (long Sql, long Memory) Totals => (Interlocked.Read(ref _sql), Interlocked.Read(ref _memory));

        public void Dispose() => _listener.Dispose();
    }
}
