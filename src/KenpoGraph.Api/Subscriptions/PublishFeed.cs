namespace KenpoGraph.Api.Subscriptions;

/// <summary>
/// The publishes this instance notices, for every subscription running on it. In process only: each replica runs its
/// own <see cref="PublishWatcher"/> against the shared warehouse, so no broker is needed between replicas.
/// </summary>
internal sealed class PublishFeed : IObservable<PublishedChange>
{
    private readonly Lock _gate = new();
    private IObserver<PublishedChange>[] _observers = [];

    /// <summary>Subscriptions listening now (for the logs and the tests).</summary>
    public int Listeners => Volatile.Read(ref _observers).Length;

    public IDisposable Subscribe(IObserver<PublishedChange> observer)
    {
        lock (_gate)
        {
            _observers = [.. _observers, observer];
        }
        return new Unsubscriber(this, observer);
    }

    /// <summary>Tells every listener; one listener's failure does not keep the event from the others.</summary>
    public void Publish(PublishedChange change)
    {
        foreach (var observer in Volatile.Read(ref _observers))
        {
            try
            {
                observer.OnNext(change);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // A listener's own failure ends only that listener (its transport closes it).
                observer.OnError(exception);
            }
        }
    }

    private void Remove(IObserver<PublishedChange> observer)
    {
        lock (_gate)
        {
            _observers = [.. _observers.Where(o => !ReferenceEquals(o, observer))];
        }
    }

    private sealed class Unsubscriber(PublishFeed feed, IObserver<PublishedChange> observer) : IDisposable
    {
        public void Dispose() => feed.Remove(observer);
    }
}
