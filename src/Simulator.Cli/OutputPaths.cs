using System.CommandLine;
using System.CommandLine.Parsing;
using Simulator.Core;
using Simulator.Reports;

namespace Simulator.Cli;

/// <summary>
/// Checks every place a command will write before it does any work, so that a folder in place of a file, a missing
/// permission or an output onto the command's own input is reported at once, not after thousands of replications.
/// </summary>
internal static class OutputPaths
{
    /// <summary>Options whose value is a file the command writes.</summary>
    private static readonly string[] FileOptions = ["--output", "--write-scenario"];

    /// <summary>Options whose value is a folder the command writes a report into.</summary>
    private static readonly string[] FolderOptions = ["--report"];

    /// <summary>Options whose value is a file the command reads (or appends to) as well as the command's arguments.</summary>
    private static readonly string[] InputOptions = ["--journal", "--resume", "--scenario", "--special-days", "--mapping"];

    public static void CheckBeforeWork(ParseResult parse)
    {
        var command = parse.CommandResult;
        var options = command.Children.OfType<OptionResult>().Where(o => !o.Implicit).ToList();
        var inputs = command.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens.Select(t => (Name: a.Argument.Name, Path: t.Value)))
            .Concat(options.Where(o => InputOptions.Contains(o.Option.Name)).SelectMany(o => o.Tokens.Select(t => (Name: o.Option.Name, Path: t.Value))))
            .ToList();
        // A workbook needs a file: refused now rather than after the simulation it would report.
        bool workbook = options.Any(o => o.Option.Name == "--format" && o.Tokens.Any(t => t.Value == Commands.CommonOptions.Xlsx));
        string? written = options.FirstOrDefault(o => o.Option.Name == "--output")?.Tokens is [var first, ..] ? first.Value : null;
        if (workbook && (string.IsNullOrWhiteSpace(written) || written == OutputTarget.StandardOutputPath))
        {
            throw new InputException(Commands.CommonOptions.WorkbookNeedsFile);
        }
        foreach (var option in options.Where(o => FileOptions.Contains(o.Option.Name)))
        {
            foreach (var token in option.Tokens)
            {
                var target = Target(option.Option.Name, token.Value);
                if (inputs.FirstOrDefault(i => target.Overwrites(i.Path)) is { Path: not null } input)
                {
                    throw new InputException($"{option.Option.Name}: '{token.Value}' is the {Describe(input.Name)} this command reads; write the output to " +
                        $"another file.");
                }
            }
        }
        foreach (var option in options.Where(o => FolderOptions.Contains(o.Option.Name)))
        {
            foreach (var token in option.Tokens) Folder(option.Option.Name, token.Value);
        }
    }

    /// <summary>The output for <paramref name="option"/>, checked; a refusal names the option and the path.</summary>
    public static OutputTarget Target(string option, string path)
    {
        try
        {
            return OutputTarget.Of(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{option}: cannot write '{path}': {Reason(e)}");
        }
    }

    private static void Folder(string option, string path)
    {
        try
        {
            OutputTarget.CheckFolder(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{option}: cannot write a report to '{path}': {Reason(e)}");
        }
    }

    private static string Reason(Exception e) => e is UnauthorizedAccessException ? "permission denied." : e.Message.TrimEnd('.') + ".";

    private static string Describe(string name) => name switch
    {
        "--journal" or "--resume" => "journal",
        "--special-days" => "special-days file",
        "--mapping" => "column mapping",
        "--scenario" => "template scenario",
        _ => "input file",
    };
}
