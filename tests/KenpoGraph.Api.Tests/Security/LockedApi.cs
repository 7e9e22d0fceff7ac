using System.Collections.Concurrent;
using KenpoGraph.Api.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KenpoGraph.Api.Tests.Security;

/// <summary>
/// The API configured the way a production deployment is: no anonymous access, introspection off, /metrics for
/// Kenpo.Admin, and a small rate limit (5 requests a minute per client) on a clock the tests move by hand.
/// Its audit lines are captured.
/// </summary>
public sealed class LockedApi() : SecuredApi(new Dictionary<string, string>
{
    ["Auth:AnonymousScopes"] = "",
    ["Auth:MetricsScope"] = "Kenpo.Admin",
    ["Limits:Introspection"] = "false",
    ["Limits:RateLimit:PermitLimit"] = "5",
    ["Limits:RateLimit:WindowSeconds"] = "60",
}, services =>
{
    services.AddSingleton<TimeProvider>(Clock);
    services.AddSingleton<ILoggerProvider>(Audit);
})
{
    // Static because the base constructor needs them; one LockedApi runs per test run (a collection fixture).
    internal static ManualClock Clock { get; } = new(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero));

    internal static AuditCapture Audit { get; } = new();
}

[CollectionDefinition(Name)]
public sealed class LockedApiCollection : ICollectionFixture<LockedApi>
{
    public const string Name = "Locked API";
}

/// <summary>A clock that moves only when told to.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>The structured values of every line logged under KenpoGraph.Audit.</summary>
internal sealed class AuditCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, object?>> _lines = new();

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName == AuditTrail.Category ? _lines : null);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<IReadOnlyDictionary<string, object?>>? lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => lines is not null;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (lines is not null && state is IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                var line = values.ToDictionary(v => v.Key, v => v.Value);
                line["{Message}"] = formatter(state, exception);
                lines.Enqueue(line);
            }
        }
    }
}
