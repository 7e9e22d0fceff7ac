using KenpoGraph.Warehouse.Diffing;
using KenpoGraph.Warehouse.Storage;
using Microsoft.Extensions.Options;

namespace KenpoGraph.Api.Subscriptions;

/// <summary>
/// Notices a publish the way every request does: by asking the warehouse for its current version
/// (<see cref="IWarehouseStore.Current"/>), here every Subscriptions:PollIntervalMilliseconds. A change of version
/// (a load, or a rollback) is compared with the version before it, as `kenpograph diff` would, and told to
/// <see cref="PublishFeed"/>. Only while someone listens is the comparison made; the version is always tracked.
/// </summary>
internal sealed class PublishWatcher(IWarehouseStore store, PublishFeed feed, IOptions<SubscriptionOptions> options, TimeProvider clock,
    ILogger<PublishWatcher> log) : BackgroundService
{
    private int? _lastSeen;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(50, options.Value.PollIntervalMilliseconds));
        using var timer = new PeriodicTimer(interval, clock);
        _lastSeen = CurrentId();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One look at the current version; public to the tests through the feed's behaviour only.</summary>
    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var current = store.Current();
            if (current is null || current.Version.Id == _lastSeen)
            {
                return;
            }
            var previous = _lastSeen;
            _lastSeen = current.Version.Id;
            if (feed.Listeners == 0)
            {
                return;
            }
            var noticedAt = clock.GetUtcNow();
            await using var after = current.CreateContext();
            var afterContents = await WarehouseContents.ReadAsync(after, cancellationToken);
            var beforeContents = previous is { } id ? await ContentsOfAsync(id, cancellationToken) : null;
            var change = PublishedChange.Between(current.Version, previous, noticedAt, beforeContents, afterContents);
            log.LogInformation("Data version {Version} published (was {Previous}); telling {Listeners} subscription(s)", current.Version.Id, previous, feed.Listeners);
            feed.Publish(change);
        }
        catch (WarehouseUnavailableException unavailable)
        {
            // The next tick tries again; requests report the same problem to their callers.
            log.LogWarning("Subscriptions cannot read the current data version: {Problem}", unavailable.Message);
        }
    }

    /// <summary>The previous version's rows, or null when it is no longer stored (then the event says the changes are unknown).</summary>
    private async Task<WarehouseContents?> ContentsOfAsync(int id, CancellationToken cancellationToken)
    {
        if (!store.StoredVersions().Contains(id))
        {
            return null;
        }
        try
        {
            using var snapshot = store.Version(id);
            await using var db = snapshot.CreateContext();
            return await WarehouseContents.ReadAsync(db, cancellationToken);
        }
        catch (WarehouseUnavailableException)
        {
            return null;
        }
    }

    private int? CurrentId()
    {
        try
        {
            using var current = store.Current();
            return current?.Version.Id;
        }
        catch (WarehouseUnavailableException)
        {
            return null;
        }
    }
}
