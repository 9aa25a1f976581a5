using Microsoft.Extensions.Logging;

namespace Simulator.Grains.Hosting;

/// <summary>
/// What a <c>ccsim silo</c> logs: the runtime's warnings and errors as one line each on a writer (standard error), with an
/// exception's type and message but its stack trace only when asked for (<c>CCSIM_DEBUG=1</c>). Lines logged while the silo
/// starts are held back: if the start fails, the command's one-paragraph message says why and the runtime's attempts are
/// dropped (they printed a page of stack traces on standard output); once it is up they are written and later ones go straight out.
/// </summary>
public sealed class SiloLog(TextWriter writer, bool withStackTraces) : ILoggerProvider
{
    private readonly Lock _gate = new();
    private List<string>? _held = [];

    /// <summary>The silo is up: write what was held back, and every later line at once.</summary>
    public void Started()
    {
        lock (_gate)
        {
            foreach (var line in _held ?? []) writer.WriteLine(line);
            _held = null;
            writer.Flush();
        }
    }

    /// <summary>The start failed: drop the lines held back, or with stack traces asked for, write them for diagnosis.</summary>
    public void StartFailed()
    {
        if (withStackTraces)
        {
            Started();
            return;
        }
        lock (_gate) _held = null;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(string line)
    {
        lock (_gate)
        {
            if (_held is not null)
            {
                _held.Add(line);
                return;
            }
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    private sealed class Logger(SiloLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            string level = logLevel == LogLevel.Warning ? "warning" : "error";
            string message = OneLine(formatter(state, exception));
            string cause = exception is null ? "" : $" ({exception.GetType().Name}: {OneLine(exception.Message)})";
            string trace = log.WithStackTraces && exception is not null ? Environment.NewLine + exception : "";
            log.Write($"ccsim silo {level}: {message}{cause} [{category}]{trace}");
        }

        private static string OneLine(string text) =>
            string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private bool WithStackTraces => withStackTraces;
}
