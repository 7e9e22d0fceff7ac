using System.Runtime.InteropServices;

namespace KenpoGraph.Api.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM cancel a running command instead of ending the process on the spot, so a
/// load deletes its half-written file and says that nothing was published. A second signal while the
/// command is already stopping ends the process the usual way.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;

    public StopSignals()
    {
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop)];
    }

    public CancellationToken Token => _stop.Token;

    private void Stop(PosixSignalContext context)
    {
        context.Cancel = !_stop.IsCancellationRequested;
        _stop.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        _stop.Dispose();
    }
}
