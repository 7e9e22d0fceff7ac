using System.Data.Common;
using System.Text.Json;
using KenpoGraph.Api.Hosting;
using KenpoGraph.Warehouse.Diffing;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Reports;
using KenpoGraph.Warehouse.Storage;

namespace KenpoGraph.Api.Cli;

/// <summary>
/// `kenpograph load [path] [--force] [--dry-run [--json]]`: validate everything, then publish all or nothing,
/// and write a report of what the load did next to the warehouse.
/// </summary>
internal static class LoadCommand
{
    public const int Succeeded = 0;
    public const int InputHasProblems = 1;
    public const int UsageError = 2;
    public const int PublishFailed = 3;

    /// <summary>128 + SIGINT, what shells report for a command stopped with Ctrl+C.</summary>
    public const int Cancelled = 130;

    private static readonly string[] Flags = ["--force", "--dry-run", "--json"];

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors) =>
        RunAsync(args, output, errors, progress: null, createStore: WarehouseStores.Create, CancellationToken.None);

    /// <param name="progress">A terminal's progress line, or null (not a terminal).</param>
    /// <param name="createStore">The store the options name (tests pass one that fails like a full disk).</param>
    /// <param name="cancellationToken">Ctrl+C or SIGTERM: the load stops before its version is made current.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, TerminalProgress? progress,
        Func<WarehouseOptions, IWarehouseStore> createStore, CancellationToken cancellationToken)
    {
        var force = args.Contains("--force");
        var dryRun = args.Contains("--dry-run");
        var json = args.Contains("--json");
        var positional = args.Where(a => !a.StartsWith('-')).ToArray();
        if (positional.Length > 1 || (json && !dryRun))
        {
            await errors.WriteLineAsync(positional.Length > 1 ? "kenpograph load takes at most one path." : "--json goes with --dry-run.");
            return UsageError;
        }
        var configuration = KenpoGraphConfiguration.Build(args.Where(a => !Flags.Contains(a) && a.StartsWith('-')).ToArray());
        var options = KenpoGraphConfiguration.WarehouseOptions(configuration);
        var seedDirectory = positional.FirstOrDefault() ?? SeedLocation.Find(options);
        if (seedDirectory is null)
        {
            await errors.WriteLineAsync("No seed folder given and no db/seed found above the current directory or the program.");
            return UsageError;
        }

        var store = createStore(options);
        var request = new LoadRequest(Path.GetFullPath(seedDirectory))
        {
            DisplayDirectory = seedDirectory, Force = force, DryRun = dryRun, CompareWithCurrent = true,
        };
        var startedAt = TimeProvider.System.GetUtcNow();
        LoadOutcome outcome;
        try
        {
            outcome = await new WarehouseLoader(store, TimeProvider.System).LoadAsync(request, progress, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            progress?.Clear();
            await errors.WriteLineAsync($"Load cancelled before its data version was made current; nothing was published. The warehouse at {store.Location} is unchanged.");
            await ReportAsync(options, dryRun, LoadReport.Stopped(LoadReportStatus.Cancelled, "cancelled (Ctrl+C or SIGTERM)", seedDirectory, startedAt,
                TimeProvider.System.GetUtcNow()), errors);
            return Cancelled;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DbException)
        {
            progress?.Clear();
            var reason = WarehouseFaults.DescribePublishFailure(exception);
            await errors.WriteLineAsync($"Load failed: {reason}; nothing was published. The warehouse at {store.Location} is unchanged.");
            await ReportAsync(options, dryRun, LoadReport.Stopped(LoadReportStatus.Failed, reason, seedDirectory, startedAt, TimeProvider.System.GetUtcNow()),
                errors);
            return PublishFailed;
        }
        progress?.Clear();
        var finishedAt = TimeProvider.System.GetUtcNow();
        var previous = outcome.PreviousVersion is { } p ? $"data version {p.Id}" : "an empty warehouse";
        switch (outcome.Status)
        {
            case LoadStatus.Rejected:
                foreach (var problem in outcome.Problems)
                {
                    await errors.WriteLineAsync(problem.ToString());
                }
                await errors.WriteLineAsync($"Load refused: {outcome.Problems.Count} problem(s); nothing was written. The warehouse at {store.Location} is unchanged.");
                await ReportAsync(options, dryRun, LoadReport.Of(outcome, seedDirectory, startedAt, finishedAt), errors);
                return InputHasProblems;
            case LoadStatus.Unchanged:
                await output.WriteLineAsync(dryRun
                    ? $"Dry run: data version {outcome.Version!.Id} at {store.Location} already holds this input (digest {outcome.Version.InputDigest[..12]}); loading it would publish nothing."
                    : $"Unchanged: data version {outcome.Version!.Id} at {store.Location} already holds this input (digest {outcome.Version.InputDigest[..12]}). Use --force to publish it again.");
                await ReportAsync(options, dryRun, LoadReport.Of(outcome, seedDirectory, startedAt, finishedAt), output);
                return Succeeded;
            case LoadStatus.Validated:
                if (json)
                {
                    await output.WriteLineAsync(JsonSerializer.Serialize(outcome.Changes, LoadReportWriter.JsonOptions));
                    return Succeeded;
                }
                await output.WriteLineAsync($"Dry run: {seedDirectory} is valid (digest {outcome.InputDigest![..12]}); nothing was written.");
                await WriteWarningsAsync(output, outcome.Warnings);
                await output.WriteAsync(ChangeSummary.Of(outcome.Changes!, previous, "the input"));
                return Succeeded;
            default:
                var version = outcome.Version!;
                await output.WriteLineAsync($"Published data version {version.Id} at {store.Location} (digest {version.InputDigest[..12]}): {version.RowCountsJson}");
                await WriteWarningsAsync(output, outcome.Warnings);
                await output.WriteAsync(ChangeSummary.Of(outcome.Changes!, previous, $"data version {version.Id}"));
                await ReportAsync(options, dryRun, LoadReport.Of(outcome, seedDirectory, startedAt, finishedAt), output);
                return Succeeded;
        }
    }

    private static async Task WriteWarningsAsync(TextWriter output, IReadOnlyList<string> warnings)
    {
        foreach (var warning in warnings)
        {
            await output.WriteLineAsync($"Warning: {warning}");
        }
    }

    /// <summary>Writes the load's report (never on a dry run, which writes nothing); a report that cannot be written is said, not fatal.</summary>
    private static async Task ReportAsync(WarehouseOptions options, bool dryRun, LoadReport report, TextWriter where)
    {
        if (dryRun)
        {
            return;
        }
        try
        {
            var path = await LoadReportWriter.WriteAsync(options.ReportDirectoryOrDefault, report, CancellationToken.None);
            await where.WriteLineAsync($"Report: {path}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await where.WriteLineAsync($"The load report could not be written to {options.ReportDirectoryOrDefault}: {exception.Message}");
        }
    }
}
