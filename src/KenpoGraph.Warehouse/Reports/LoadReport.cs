using KenpoGraph.Warehouse.Diffing;
using KenpoGraph.Warehouse.Loading;

namespace KenpoGraph.Warehouse.Reports;

/// <summary>How a load ended, as its report names it.</summary>
public enum LoadReportStatus
{
    /// <summary>A new data version was published.</summary>
    Published,

    /// <summary>The input equals the current version's: nothing was written.</summary>
    Unchanged,

    /// <summary>The input has problems: nothing was written.</summary>
    Rejected,

    /// <summary>Writing failed (disk full, another load running …): nothing was published.</summary>
    Failed,

    /// <summary>Stopped (Ctrl+C, shutdown) before the new version was made current: nothing was published.</summary>
    Cancelled,
}

/// <summary>
/// What one load did, written next to the warehouse as <c>reports/load-vNNNNNN.json</c> (or
/// <c>reports/load-&lt;UTC time&gt;-&lt;status&gt;.json</c> when no version was produced) with a short text summary
/// beside it. The format is documented in docs/data-stewards.md ("Reports"); <see cref="ReportFormat"/> changes when it does.
/// </summary>
public sealed record LoadReport
{
    public int ReportFormat { get; init; } = 1;
    public required LoadReportStatus Status { get; init; }

    /// <summary>The version this load produced (published only).</summary>
    public int? DataVersion { get; init; }

    /// <summary>The version the input was compared with: the current one when the load started.</summary>
    public int? PreviousDataVersion { get; init; }

    public required string SeedDirectory { get; init; }
    public string? InputDigest { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    public double DurationSeconds => Math.Round((FinishedAt - StartedAt).TotalSeconds, 3);
    public IReadOnlyDictionary<string, int>? RowCounts { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public IReadOnlyList<LoadProblem> Problems { get; init; } = [];

    /// <summary>Why a failed or cancelled load did not publish, in one line.</summary>
    public string? Failure { get; init; }

    public WarehouseChanges? Changes { get; init; }

    /// <summary>The report of a load that ran to its end (published, unchanged or rejected).</summary>
    public static LoadReport Of(LoadOutcome outcome, string seedDirectory, DateTimeOffset startedAt, DateTimeOffset finishedAt) => new()
    {
        Status = outcome.Status switch
        {
            LoadStatus.Published => LoadReportStatus.Published,
            LoadStatus.Unchanged => LoadReportStatus.Unchanged,
            LoadStatus.Rejected => LoadReportStatus.Rejected,
            _ => throw new ArgumentException($"A {outcome.Status} load writes no report.", nameof(outcome)),
        },
        DataVersion = outcome.Status == LoadStatus.Published ? outcome.Version!.Id : null,
        PreviousDataVersion = outcome.PreviousVersion?.Id,
        SeedDirectory = seedDirectory,
        InputDigest = outcome.InputDigest,
        StartedAt = startedAt,
        FinishedAt = finishedAt,
        RowCounts = outcome.RowCounts,
        Warnings = outcome.Warnings,
        Problems = outcome.Problems,
        Changes = outcome.Changes,
    };

    /// <summary>The report of a load that stopped before publishing (failed or cancelled).</summary>
    public static LoadReport Stopped(LoadReportStatus status, string failure, string seedDirectory, DateTimeOffset startedAt, DateTimeOffset finishedAt) => new()
    {
        Status = status,
        SeedDirectory = seedDirectory,
        StartedAt = startedAt,
        FinishedAt = finishedAt,
        Failure = failure,
    };
}
