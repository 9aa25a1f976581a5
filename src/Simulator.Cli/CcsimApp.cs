using System.CommandLine;
using Simulator.Cli.Commands;
using Simulator.Core;
using Simulator.Grains.Experiments;
using Simulator.Reports;

namespace Simulator.Cli;

/// <summary>
/// The <c>ccsim</c> command line. Exit codes: 0 success, 1 bad input (one paragraph on stderr, no
/// stack trace), 2 internal error, 130 interrupted (Ctrl+C), 143 terminated (SIGTERM). Commands write to the writers handed in, so tests run them in-process.
/// </summary>
public static class CcsimApp
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int InternalError = 2;

    public static RootCommand BuildRoot(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("ccsim — contact-centre simulator and workforce planner: Erlang staffing, scenario checks and what-if simulation.")
        {
            RunCommand.Build(output, error),
            CompareCommand.Build(output, error),
            OptimizeCommand.Build(output, error),
            ScheduleCommand.Build(output, error),
            LiveCommand.Build(output, error),
            ErlangCommand.Build(output),
            StaffCommand.Build(output),
            HistoryCommand.Build(output, error),
            ForecastCommand.Build(output, error),
            CalibrateCommand.Build(output, error),
            ValidateCommand.Build(output),
            SiloCommand.Build(output, error),
            ServeCommand.Build(output),
            ExamplesCommand.Build(output),
        };
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error).GetAwaiter().GetResult();

    /// <param name="interruption">Where a request to stop comes from (the console's signals when run as a program); null: none.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Interruption? interruption = null)
    {
        var root = BuildRoot(output, error);
        var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parse.Errors.Count > 0)
        {
            string command = parse.CommandResult.Command == root ? "ccsim" : $"ccsim {parse.CommandResult.Command.Name}";
            string messages = TerminalText.Printable(string.Join(" ", parse.Errors.Select(e => EndSentence(OneLine(e.Message)))));
            error.WriteLine($"{messages} Run '{command} --help' for usage.");
            return BadInput;
        }
        try
        {
            OutputPaths.CheckBeforeWork(parse);
            // Signals are handled by the Interruption, which remembers which one came, for the exit code.
            var configuration = new InvocationConfiguration
            {
                Output = output, Error = error, EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null
            };
            return await parse.InvokeAsync(configuration, interruption?.Token ?? CancellationToken.None);
        }
        catch (InputException e)
        {
            // Messages quote what was found in the input; its control characters must not reach the terminal raw.
            error.WriteLine(TerminalText.Printable(e.Message, keepLineBreaks: true));
            return BadInput;
        }
        catch (ClusterUnavailableException e)
        {
            error.WriteLine($"ccsim: {TerminalText.Printable(e.Message)}");
            if (Environment.GetEnvironmentVariable("CCSIM_DEBUG") is "1") error.WriteLine(e);
            return InternalError;
        }
        catch (OperationCanceledException)
        {
            bool journals = parse.CommandResult.Command.Options.Any(o => o.Name == "--journal");
            error.WriteLine($"ccsim: cancelled; nothing was written{(journals ? " (a --journal keeps the replications that finished)" : "")}.");
            return interruption?.ExitCode ?? Interruption.InterruptedExitCode;
        }
        catch (Exception e)
        {
            error.WriteLine($"ccsim: internal error ({e.GetType().Name}): {TerminalText.Printable(e.Message)} Please report this with the command line and " +
                $"input file.");
            if (Environment.GetEnvironmentVariable("CCSIM_DEBUG") is "1") error.WriteLine(e);
            return InternalError;
        }
    }

    private static string EndSentence(string message) => message.EndsWith('.') ? message : message + ".";

    /// <summary>Parser messages list choices on separate lines; the contract is one paragraph.</summary>
    private static string OneLine(string message) => System.Text.RegularExpressions.Regex.Replace(message.Trim(), @"\s+", " ");
}
