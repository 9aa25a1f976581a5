namespace Simulator.Cli;

/// <summary>
/// "simulating: 7/20 replications" on the terminal's stderr while a run takes more than a moment;
/// silent when stderr is redirected or captured, so it never mixes into json/csv output or logs.
/// </summary>
internal sealed class ProgressLine : IProgress<int>, IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter? _terminal;
    private readonly int _total;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly Lock _gate = new();
    private bool _shown;
    private TimeSpan _lastShown = TimeSpan.Zero;

    /// <param name="terminal">Where to draw, or null to stay silent.</param>
    internal ProgressLine(TextWriter? terminal, int total, TimeProvider time)
    {
        _terminal = terminal;
        _total = total;
        _time = time;
        _started = time.GetTimestamp();
    }

    public static ProgressLine ForReplications(TextWriter error, int total) =>
        new(ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? error : null, total, TimeProvider.System);

    public void Report(int finished)
    {
        var now = _time.GetElapsedTime(_started);
        if (_terminal is null || now < Delay) return;
        lock (_gate)
        {
            if (now - _lastShown < Refresh && finished < _total) return;
            _terminal.Write($"\rsimulating: {finished}/{_total} replications");
            _shown = true;
            _lastShown = now;
        }
    }

    public void Finish()
    {
        if (!_shown) return;
        lock (_gate)
        {
            _terminal!.Write("\r" + new string(' ', 40) + "\r");
            _shown = false;
        }
    }

    public void Dispose() => Finish();
}
