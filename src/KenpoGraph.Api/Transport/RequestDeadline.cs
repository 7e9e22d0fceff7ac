using System.Diagnostics;

namespace KenpoGraph.Api.Transport;

/// <summary>
/// The one deadline of a /graphql request, started when the endpoint first sees it: reading the body, parsing,
/// validation and execution all spend from it, so no stage gets the whole allowance again after another used it.
/// </summary>
internal readonly struct RequestDeadline
{
    private readonly long _started;
    private readonly CancellationToken _aborted;

    private RequestDeadline(TimeSpan length, CancellationToken aborted)
    {
        Length = length;
        _aborted = aborted;
        _started = Stopwatch.GetTimestamp();
    }

    public TimeSpan Length { get; }

    public static RequestDeadline Start(TimeSpan length, CancellationToken aborted) => new(length, aborted);

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    /// <summary>What is left, at least a millisecond (a zero timeout would mean "none" to some callers).</summary>
    public TimeSpan Remaining => Length - Elapsed is var left && left > TimeSpan.FromMilliseconds(1) ? left : TimeSpan.FromMilliseconds(1);

    /// <summary>A token cancelled when the deadline passes or the client goes away; dispose it when the stage is done.</summary>
    public CancellationTokenSource Token()
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(_aborted);
        source.CancelAfter(Remaining);
        return source;
    }

    /// <summary>
    /// Whether <paramref name="stage"/> (from <see cref="Token"/>) was cancelled by the deadline rather than by the client
    /// going away. Asked of the token, not the clock: the timer behind CancelAfter counts whole milliseconds and can fire
    /// just before a Stopwatch says the length has passed, and a "has the time passed?" test then took a deadline for
    /// something else (a 500 instead of the 408 REQUEST_TIMEOUT, seen once in CI).
    /// </summary>
    public bool Expired(CancellationTokenSource stage) => stage.IsCancellationRequested && !_aborted.IsCancellationRequested;
}
