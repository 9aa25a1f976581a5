using System.Runtime.InteropServices;

namespace Simulator.Cli;

/// <summary>
/// A request to stop (Ctrl+C or a termination signal) carried to the running command as a cancellation, with the
/// signal remembered so that ccsim exits as shells expect: 128 + the signal's number (130 for SIGINT, 143 for SIGTERM).
/// A second signal while the command winds down ends the process at once.
/// </summary>
public sealed class Interruption : IDisposable
{
    public const int InterruptedExitCode = 128 + 2;
    public const int TerminatedExitCode = 128 + 15;

    private readonly CancellationTokenSource _cancel = new();
    private readonly List<PosixSignalRegistration> _registrations = [];

    public CancellationToken Token => _cancel.Token;

    /// <summary>The first signal that asked to stop; null while none has.</summary>
    public PosixSignal? Signal { get; private set; }

    /// <summary>The exit code for a command cancelled by this interruption: as for SIGINT unless SIGTERM asked.</summary>
    public int ExitCode => Signal == PosixSignal.SIGTERM ? TerminatedExitCode : InterruptedExitCode;

    /// <summary>Listens for Ctrl+C and SIGTERM on this process.</summary>
    public static Interruption FromConsole()
    {
        var interruption = new Interruption();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            interruption._registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                // The first request lets the command stop cleanly (no half-written output); a second one is obeyed at once.
                context.Cancel = interruption.Signal is null;
                interruption.Request(context.Signal);
            }));
        }
        return interruption;
    }

    /// <summary>Asks the running command to stop, as <paramref name="signal"/> would.</summary>
    public void Request(PosixSignal signal)
    {
        Signal ??= signal;
        _cancel.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _cancel.Dispose();
    }
}
