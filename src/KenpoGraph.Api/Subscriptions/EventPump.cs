using System.Threading.Channels;
using GraphQL;

namespace KenpoGraph.Api.Subscriptions;

/// <summary>
/// One subscription's events on their way to its transport, at most Subscriptions:MaxQueuedEvents of them: a reader
/// slower than that is cut off (<see cref="Overflowed"/>) instead of holding events in memory without bound.
/// </summary>
internal sealed class EventPump : IObserver<ExecutionResult>, IDisposable
{
    private readonly Channel<ExecutionResult> _events;
    private readonly IDisposable _subscription;

    public EventPump(IObservable<ExecutionResult> stream, int capacity)
    {
        _events = Channel.CreateBounded<ExecutionResult>(new BoundedChannelOptions(Math.Max(1, capacity)) { SingleReader = true });
        _subscription = stream.Subscribe(this);
    }

    public bool Overflowed { get; private set; }

    public ChannelReader<ExecutionResult> Events => _events.Reader;

    public void OnNext(ExecutionResult value)
    {
        if (!_events.Writer.TryWrite(value))
        {
            Overflowed = true;
            _events.Writer.TryComplete();
        }
    }

    public void OnError(Exception error) => _events.Writer.TryComplete();

    public void OnCompleted() => _events.Writer.TryComplete();

    public void Dispose()
    {
        _subscription.Dispose();
        _events.Writer.TryComplete();
    }
}
