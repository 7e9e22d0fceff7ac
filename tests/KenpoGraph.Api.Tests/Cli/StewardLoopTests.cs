using System.Text.Json;
using KenpoGraph.Api.Cli;
using KenpoGraph.Testing;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Storage;

namespace KenpoGraph.Api.Tests.Cli;

/// <summary>
/// The data steward's loop at the command line: `load --dry-run` says what a load would change and writes nothing,
/// `load` publishes and leaves a report, `diff` compares two stored versions, progress shows on a terminal only,
/// and a load that cannot be written says why and exits 3.
/// </summary>
public sealed class StewardLoopTests : IAsyncLifetime
{
    private const string Members2024 = "00,2024,membership.members,";
    private readonly SeedWorkspace _workspace = new SeedWorkspace().WithoutDemonstrationData();

    private string Data => _workspace.DataDirectory;

    public async Task InitializeAsync()
    {
        var (exit, output, errors) = await LoadAsync();
        Assert.True(exit == 0, errors);
        Assert.StartsWith($"Published data version 1 at {Data}", output);
        // The next load has something to change: Yamanashi's name and the national members of FY2024.
        _workspace.ReplaceLine("org_units.csv", "19,", "19,BRANCH,山梨,Yamanashi (renamed),全国健康保険協会山梨支部,Yamanashi Branch");
        _workspace.ReplaceLine("membership.csv", Members2024,
            $"{Members2024}\"39,714\",千人,FISCAL_YEAR_END,PUBLISHED,seed-004,L70,label 加入者数 at L95; matched via headline L106");
    }

    public Task DisposeAsync()
    {
        _workspace.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_dry_run_says_what_would_change_and_writes_nothing()
    {
        var before = Everything();

        var (exit, output, errors) = await LoadAsync("--dry-run");

        Assert.True(exit == 0, errors);
        Assert.Equal("", errors);
        Assert.Equal(before, Everything());
        var lines = output.Split('\n');
        Assert.Matches($"^Dry run: {System.Text.RegularExpressions.Regex.Escape(_workspace.SeedDirectory)} is valid \\(digest [0-9a-f]{{12}}\\); nothing was written\\.$", lines[0]);
        Assert.Contains("Changes from data version 1 to the input:", lines);
        Assert.Contains(lines, l => l.StartsWith("  dim_org_unit ", StringComparison.Ordinal) && l.EndsWith("0        1        0  19 ~1", StringComparison.Ordinal));
        Assert.Contains("      ~ 19: name_en Yamanashi → Yamanashi (renamed)", lines);
        Assert.Contains("  membership.members FY2024 published (00): 39,713,000 → 39,714,000  (+1,000)", lines);
    }

    [Fact]
    public async Task A_dry_run_can_print_the_changes_as_JSON()
    {
        var (exit, output, _) = await LoadAsync("--dry-run", "--json");

        Assert.Equal(0, exit);
        var changes = JsonDocument.Parse(output).RootElement;
        var observations = changes.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("table").GetString() == "fact_observation");
        Assert.Equal(1, observations.GetProperty("changed").GetInt32());
        Assert.Equal("00", observations.GetProperty("byOrgUnit")[0].GetProperty("orgUnit").GetString());
        var figure = changes.GetProperty("nationalFigures").EnumerateArray().Single(f => f.GetProperty("measure").GetString() == "membership.members");
        Assert.Equal("HEADQUARTERS", figure.GetProperty("source").GetString());
        Assert.Equal(39_714_000m, figure.GetProperty("after").GetDecimal());
        Assert.Equal(1_000m, figure.GetProperty("difference").GetDecimal());
    }

    [Fact]
    public async Task A_dry_run_of_a_bad_input_lists_its_problems_and_writes_no_report()
    {
        var row = _workspace.ReplaceLine("membership.csv", Members2024, $"{Members2024}\"39,7x4\",千人,FISCAL_YEAR_END,PUBLISHED,seed-004,L70,");
        var before = Everything();

        var (exit, output, errors) = await LoadAsync("--dry-run");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal(
            $"{_workspace.PathOf("membership.csv")}:{row}: column printed_value: NOT_A_NUMBER: '39,7x4' is not a number\n" +
            $"Load refused: 1 problem(s); nothing was written. The warehouse at {Data} is unchanged.\n", errors);
        Assert.Equal(before, Everything());
    }

    [Fact]
    public async Task Every_load_leaves_a_JSON_report_and_a_short_summary_next_to_the_warehouse()
    {
        var (exit, output, _) = await LoadAsync();

        Assert.Equal(0, exit);
        var json = Path.Combine(Data, "reports", "load-v000002.json");
        Assert.EndsWith($"Report: {json}\n", output);
        var report = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
        Assert.Equal(1, report.GetProperty("reportFormat").GetInt32());
        Assert.Equal("PUBLISHED", report.GetProperty("status").GetString());
        Assert.Equal(2, report.GetProperty("dataVersion").GetInt32());
        Assert.Equal(1, report.GetProperty("previousDataVersion").GetInt32());
        Assert.Equal(_workspace.SeedDirectory, report.GetProperty("seedDirectory").GetString());
        Assert.Matches("^[0-9a-f]{64}$", report.GetProperty("inputDigest").GetString());
        Assert.Equal(48, report.GetProperty("rowCounts").GetProperty("dim_org_unit").GetInt32());
        Assert.Equal(2, report.GetProperty("warnings").GetArrayLength()); // the two recorded budget discrepancies
        Assert.Equal(0, report.GetProperty("problems").GetArrayLength());
        Assert.True(report.GetProperty("durationSeconds").GetDouble() > 0);
        Assert.Equal(1, report.GetProperty("changes").GetProperty("tables").EnumerateArray()
            .Single(t => t.GetProperty("table").GetString() == "dim_org_unit").GetProperty("changed").GetInt32());

        var summary = File.ReadAllLines(Path.Combine(Data, "reports", "load-v000002.txt"));
        Assert.Equal("Published data version 2.", summary[0]);
        Assert.StartsWith($"Input {_workspace.SeedDirectory} (digest ", summary[1]);
        Assert.Contains("Changes from data version 1 to data version 2:", summary);
        Assert.Contains("  membership.members FY2024 published (00): 39,713,000 → 39,714,000  (+1,000)", summary);
        // The first load's report is there too: every load leaves one.
        Assert.True(File.Exists(Path.Combine(Data, "reports", "load-v000001.json")));
    }

    [Fact]
    public async Task Diff_compares_two_stored_versions_and_says_which_are_stored()
    {
        Assert.Equal(0, (await LoadAsync()).ExitCode);

        var (exit, output, _) = await RunAsync(DiffCommand.RunAsync, "1", "current");
        var (missingExit, _, missing) = await RunAsync(DiffCommand.RunAsync, "1", "7");
        var (usageExit, _, usage) = await RunAsync(DiffCommand.RunAsync, "1");

        Assert.Equal(0, exit);
        Assert.StartsWith("Changes from data version 1 to data version 2:\n", output);
        Assert.Contains("  membership.members FY2024 published (00): 39,713,000 → 39,714,000  (+1,000)\n", output);
        Assert.Equal(3, missingExit);
        Assert.Equal($"Data version 7 is not stored (never published, or pruned: Warehouse:KeepPreviousVersions). Stored versions at {Data}: 1, 2.\n", missing);
        Assert.Equal(2, usageExit);
        Assert.StartsWith("kenpograph diff takes two data versions", usage);
        var (jsonExit, json, _) = await RunAsync(DiffCommand.RunAsync, "2", "1", "--json");
        Assert.Equal(0, jsonExit);
        Assert.Equal(39_713_000m, JsonDocument.Parse(json).RootElement.GetProperty("nationalFigures")[0].GetProperty("after").GetDecimal());
    }

    [Fact]
    public async Task A_load_that_cannot_be_written_says_why_exits_3_and_reports_the_failure()
    {
        // A full disk, as SQLite meets it: max_page_count makes every write past 64 pages fail with SQLITE_FULL.
        IWarehouseStore Full(WarehouseOptions options) => new SqliteWarehouseStore(options.DataDirectory, 5, connection =>
        {
            using var limit = connection.CreateCommand();
            limit.CommandText = "PRAGMA max_page_count = 64;";
            limit.ExecuteNonQuery();
        });
        var before = _workspace.DataFingerprint();
        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter { NewLine = "\n" };

        var exit = await LoadCommand.RunAsync([_workspace.SeedDirectory, $"--Warehouse:DataDirectory={Data}"], output, errors, progress: null, Full, CancellationToken.None);

        Assert.Equal(3, exit);
        var lines = errors.ToString().Split('\n');
        Assert.Equal($"Load failed: the disk is full (SQLite Error 13: 'database or disk is full'); nothing was published. The warehouse at {Data} is unchanged.", lines[0]);
        Assert.Matches("^Report: .*/reports/load-[0-9]{8}T[0-9]{9}Z-failed\\.json$", lines[1]);
        Assert.Equal(before, _workspace.DataFingerprint());
        var report = JsonDocument.Parse(File.ReadAllText(lines[1]["Report: ".Length..])).RootElement;
        Assert.Equal("FAILED", report.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("dataVersion").ValueKind);
    }

    [Fact]
    public async Task Progress_is_drawn_on_a_terminal_and_never_written_when_output_is_redirected()
    {
        using var terminal = new StringWriter();
        var progress = new TerminalProgress(terminal);
        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter { NewLine = "\n" };

        var exit = await LoadCommand.RunAsync([_workspace.SeedDirectory, $"--Warehouse:DataDirectory={Data}"], output, errors, progress,
            WarehouseStores.Create, CancellationToken.None);
        var (quietExit, quietOutput, quietErrors) = await LoadAsync("--force");

        Assert.Equal(0, exit);
        var drawn = terminal.ToString();
        Assert.Contains("\rReading and validating: file 1 of ", drawn);
        Assert.Contains("\rComparing with data version 1…\u001b[K", drawn);
        Assert.Matches("\rWriting: [0-9,]+ of [0-9,]+ rows \\([0-9]+ %\\), [a-z_]+\u001b\\[K", drawn);
        Assert.Contains("\rPublished kenpograph-v000002.db.\u001b[K", drawn);
        Assert.EndsWith("\r\u001b[K", drawn); // erased before the result is printed
        Assert.DoesNotContain('\r', output.ToString() + errors.ToString());
        // What CI sees (standard error redirected): no progress at all.
        Assert.Equal(0, quietExit);
        Assert.DoesNotContain('\r', quietOutput + quietErrors);
        Assert.DoesNotContain("Reading and validating", quietOutput + quietErrors);
    }

    [Fact]
    public void Progress_lines_say_the_phase_and_how_far_it_is()
    {
        Assert.Equal("Reading and validating: file 3 of 30 (units.csv)", TerminalProgress.Line(new LoadProgress(LoadPhase.Reading, 3, 30, "units.csv")));
        Assert.Equal("Writing: 26,000 of 52,001 rows (49 %), fact_observation", TerminalProgress.Line(new LoadProgress(LoadPhase.Writing, 26_000, 52_001, "fact_observation")));
        Assert.Equal("Comparing with an empty warehouse…", TerminalProgress.Line(new LoadProgress(LoadPhase.Comparing, 0, 1, null)));
        Assert.Equal("Publishing kenpograph-v000003.db…", TerminalProgress.Line(new LoadProgress(LoadPhase.Publishing, 0, 1, "kenpograph-v000003.db")));
    }

    /// <summary>Every file under the workspace's data directory, reports included: a dry run writes none of them.</summary>
    private string Everything() => string.Join('\n', Directory.EnumerateFiles(Data, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
        .Select(f => $"{f} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f):O}"));

    private Task<(int ExitCode, string Output, string Errors)> LoadAsync(params string[] flags) =>
        RunAsync((args, output, errors, _) => LoadCommand.RunAsync(args, output, errors), [_workspace.SeedDirectory, .. flags]);

    private async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        Func<string[], TextWriter, TextWriter, CancellationToken, Task<int>> command, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter { NewLine = "\n" };
        var exit = await command([.. args, $"--Warehouse:DataDirectory={Data}"], output, errors, CancellationToken.None);
        return (exit, output.ToString(), errors.ToString());
    }
}
