using KenpoGraph.Warehouse.Loading;
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
            if (store.Current() is { } current)
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
        var outcome = await new WarehouseLoader(store, TimeProvider.System).LoadAsync(seeds, cancellationToken: cancellationToken);
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

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
