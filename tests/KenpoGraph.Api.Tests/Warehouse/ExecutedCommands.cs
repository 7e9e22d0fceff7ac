using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KenpoGraph.Api.Tests.Warehouse;

/// <summary>
/// The SQL EF Core executes against one data directory while this is alive, from EF Core's diagnostic events (the
/// same events its command interceptors see), so tests running in parallel against other warehouses do not interfere.
/// </summary>
internal sealed class ExecutedCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _dataDirectory;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<string> _texts = [];

    public ExecutedCommands(string dataDirectory)
    {
        _dataDirectory = dataDirectory;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public IReadOnlyList<string> Texts
    {
        get
        {
            lock (_texts)
            {
                return [.. _texts];
            }
        }
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data
            && data.Command.Connection?.DataSource?.StartsWith(_dataDirectory, StringComparison.Ordinal) == true)
        {
            lock (_texts)
            {
                _texts.Add(data.Command.CommandText);
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
