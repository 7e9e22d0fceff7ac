using System.Threading.RateLimiting;

namespace KenpoGraph.Api.Limits;

/// <summary>
/// A fixed window of <c>permitLimit</c> requests per <c>window</c>, for one client, read from a
/// <see cref="TimeProvider"/>. The algorithm is that of System.Threading.RateLimiting's FixedWindowRateLimiter;
/// it is written out because that one reads the machine's clock directly, and the windows must follow the host's
/// TimeProvider so that "limited, then allowed again" can be proven without waiting. ASP.NET Core's rate-limiting
/// middleware partitions clients and answers refusals; this only counts.
/// </summary>
internal sealed class FixedWindowLimiter(int permitLimit, TimeSpan window, TimeProvider clock) : RateLimiter
{
    private readonly Lock _lock = new();
    private DateTimeOffset _windowStart = clock.GetUtcNow();
    private int _used;
    private long _successful;
    private long _failed;

    /// <summary>How long since this client's window ran out with nothing in it; the partitioned limiter drops idle clients.</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                var sinceEnd = clock.GetUtcNow() - (_windowStart + window);
                return sinceEnd >= TimeSpan.Zero ? sinceEnd : null;
            }
        }
    }

    public override RateLimiterStatistics GetStatistics()
    {
        lock (_lock)
        {
            Roll();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = permitLimit - _used,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_lock)
        {
            Roll();
            if (_used + permitCount <= permitLimit)
            {
                _used += permitCount;
                _successful++;
                return Lease.Granted;
            }
            _failed++;
            return new Lease(retryAfter: _windowStart + window - clock.GetUtcNow());
        }
    }

    // No queue: a client over its limit is told when to come back, it does not hold a connection open waiting.
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    /// <summary>Starts a new window when the current one has run out.</summary>
    private void Roll()
    {
        var now = clock.GetUtcNow();
        if (now >= _windowStart + window)
        {
            _windowStart = now;
            _used = 0;
        }
    }

    private sealed class Lease : RateLimitLease
    {
        public static readonly Lease Granted = new(null);

        private readonly TimeSpan? _retryAfter;

        public Lease(TimeSpan? retryAfter) => _retryAfter = retryAfter;

        public override bool IsAcquired => _retryAfter is null;

        public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (_retryAfter is { } retryAfter && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = retryAfter;
                return true;
            }
            metadata = null;
            return false;
        }
    }
}
