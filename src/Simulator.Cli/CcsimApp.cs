using System.CommandLine;
using Simulator.Cli.Commands;
using Simulator.Core;
using Simulator.Grains.Experiments;

namespace Simulator.Cli;

/// <summary>
/// The <c>ccsim</c> command line. Exit codes: 0 success, 1 bad input (one paragraph on stderr, no
/// stack trace), 2 internal error. Commands write to the writers handed in, so tests run them in-process.
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
            LiveCommand.Build(output, error),
            ErlangCommand.Build(output),
            StaffCommand.Build(output),
            HistoryCommand.Build(output, error),
            ForecastCommand.Build(output, error),
            ValidateCommand.Build(output),
            SiloCommand.Build(output),
        };
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = BuildRoot(output, error);
        var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parse.Errors.Count > 0)
        {
            string command = parse.CommandResult.Command == root ? "ccsim" : $"ccsim {parse.CommandResult.Command.Name}";
            string messages = string.Join(" ", parse.Errors.Select(e => EndSentence(OneLine(e.Message))));
            error.WriteLine($"{messages} Run '{command} --help' for usage.");
            return BadInput;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            error.WriteLine(e.Message);
            return BadInput;
        }
        catch (ClusterUnavailableException e)
        {
            error.WriteLine($"ccsim: {e.Message}");
            return InternalError;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("ccsim: cancelled; nothing was written (a --journal keeps the replications that finished).");
            return InternalError;
        }
        catch (Exception e)
        {
            error.WriteLine($"ccsim: internal error ({e.GetType().Name}): {e.Message} Please report this with the command line and input file.");
            if (Environment.GetEnvironmentVariable("CCSIM_DEBUG") is "1") error.WriteLine(e);
            return InternalError;
        }
    }

    private static string EndSentence(string message) => message.EndsWith('.') ? message : message + ".";

    /// <summary>Parser messages list choices on separate lines; the contract is one paragraph.</summary>
    private static string OneLine(string message) => System.Text.RegularExpressions.Regex.Replace(message.Trim(), @"\s+", " ");
}
