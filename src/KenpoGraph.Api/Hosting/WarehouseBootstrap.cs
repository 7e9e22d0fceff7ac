using System.Data.Common;
using KenpoGraph.Warehouse.Loading;
using KenpoGraph.Warehouse.Reports;
using KenpoGraph.Warehouse.Storage;
using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.Hosting;

/// <summary>
/// First start: when no data version has been published, load the shipped seed folder so that
/// `dotnet run` alone gives a working API. An existing warehouse is never reloaded here.
/// </summary>
internal sealed class WarehouseBootstrap(IWarehouseStore store, IOptions<WarehouseOptions> options, ILogger<WarehouseBootstrap> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var current = store.Current();
            if (current is not null)
            {
                log.LogInformation("Serving data version {Version} from {Location}", current.Version.Id, store.Location);
                return;
            }
        }
        catch (WarehouseUnavailableException exception)
        {
            log.LogError("The published warehouse cannot be read: {Problem}. Run `kenpograph load` to publish a good version.", exception.Message);
            return;
        }

        var seeds = SeedLocation.Find(options.Value);
        if (seeds is null)
        {
            log.LogError("No warehouse at {Location} and no seed folder found; set Warehouse:SeedDirectory or run `kenpograph load <path>`.", store.Location);
            return;
        }
        var startedAt = TimeProvider.System.GetUtcNow();
        LoadOutcome outcome;
        try
        {
            // Cancelled by a shutdown during start-up, the load stops before its version is made current.
            outcome = await new WarehouseLoader(store, TimeProvider.System).LoadAsync(new LoadRequest(seeds), progress: null, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DbException)
        {
            // Serve anyway: /readyz says nothing is published, and a `kenpograph load` fixes it without a restart.
            log.LogError("Creating the warehouse at {Location} failed: {Reason}; nothing was published.", store.Location,
                WarehouseFaults.DescribePublishFailure(exception));
            return;
        }
        await WriteReportAsync(LoadReport.Of(outcome, seeds, startedAt, TimeProvider.System.GetUtcNow()));
        if (outcome.Status == LoadStatus.Rejected)
        {
            foreach (var problem in outcome.Problems)
            {
                log.LogError("Seed problem: {Problem}", problem.ToString());
            }
            return;
        }
        log.LogInformation("Created the warehouse at {Location} from {Seeds}: data version {Version}", store.Location, seeds, outcome.Version!.Id);
    }

    private async Task WriteReportAsync(LoadReport report)
    {
        try
        {
            var path = await LoadReportWriter.WriteAsync(options.Value.ReportDirectoryOrDefault, report, CancellationToken.None);
            log.LogInformation("Load report: {Report}", path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.LogWarning("The load report could not be written to {Directory}: {Reason}", options.Value.ReportDirectoryOrDefault, exception.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
