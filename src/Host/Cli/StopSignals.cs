using System.Runtime.InteropServices;

namespace SpaceX.Host.Cli;

/// <summary>
/// SIGINT and SIGTERM cancel the verb's token instead of ending the process at once, so that a run rolls back and
/// records itself as cancelled. A second signal ends the process the default way.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private PosixSignal? _received;

    public StopSignals() =>
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];

    public CancellationToken Token => _stop.Token;

    /// <summary>The signal received, if any.</summary>
    public PosixSignal? Received => _received;

    /// <summary>The shell's convention: 128 + the signal's number (SIGINT 2, SIGTERM 15).</summary>
    public static int ExitCode(PosixSignal signal) => signal == PosixSignal.SIGINT ? 130 : 143;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_received is not null)
        {
            return; // the second signal: let the process end
        }

        _received = context.Signal;
        context.Cancel = true;
        _stop.Cancel();
    }
}
