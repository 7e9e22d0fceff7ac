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

    /// <summary>
    /// One look at the current version. While anyone listens, the current version's rows are kept in memory, so a
    /// publish costs one read (the new version) and the comparison; they are let go when the last listener leaves.
    /// </summary>
    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var current = store.Current();
            if (current is null)
            {
                return;
            }
            if (feed.Listeners == 0)
            {
                _lastSeen = current.Version.Id;
                _contents = null;
                return;
            }
            if (current.Version.Id == _lastSeen)
            {
                if (_contents?.Version != current.Version.Id)
                {
                    _contents = (current.Version.Id, await ReadAsync(current, cancellationToken));
                }
                return;
            }
            var previous = _lastSeen;
            _lastSeen = current.Version.Id;
            var noticedAt = clock.GetUtcNow();
            var afterContents = await ReadAsync(current, cancellationToken);
            var beforeContents = previous is not { } id ? null
                : _contents is { } kept && kept.Version == id ? kept.Rows
                : await ContentsOfAsync(id, cancellationToken);
            _contents = (current.Version.Id, afterContents);
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

    private (int Version, WarehouseContents Rows)? _contents;

    private static async Task<WarehouseContents> ReadAsync(WarehouseSnapshot snapshot, CancellationToken cancellationToken)
    {
        await using var db = snapshot.CreateContext();
        return await WarehouseContents.ReadAsync(db, cancellationToken);
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
