using System.CommandLine;
using Simulator.Reports;

namespace Simulator.Cli.Commands;

/// <summary>Options several commands share, so they read and behave the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Format(params string[] formats) => new Option<string>("--format", "-f")
    {
        Description = $"Output format: {string.Join(", ", formats)}.",
        DefaultValueFactory = _ => formats[0],
    }.AcceptOnlyFromAmong(formats);

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Write to this file (atomically: a complete file or none; a device or named pipe is written through, never replaced; '-' is standard " +
            "output) instead of standard output.",
        HelpName = "PATH",
    };

    /// <summary>
    /// <c>--format</c> beside <c>--output</c>: without <c>--format</c> the output file's extension chooses the format; with
    /// both, they must agree (<c>-o out.json</c> used to receive a table).
    /// </summary>
    public static Option<string> Format(Option<string?> output, params string[] formats)
    {
        string extensions = string.Join(", ", formats.Select(f => $".{Extensions.First(e => e.Value == f).Key} {f}"));
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", formats)}. Without it, the extension of --output chooses ({extensions}); otherwise {formats[0]}.",
            DefaultValueFactory = result => FormatOf(result.GetValue(output)) is string implied && formats.Contains(implied) ? implied : formats[0],
        }.AcceptOnlyFromAmong(formats);
        option.Validators.Add(result =>
        {
            string? path = result.GetValue(output);
            if (FormatOf(path) is not string implied) return;
            if (!formats.Contains(implied))
            {
                result.AddError($"--output '{path}' names a {implied} file, which this command does not write; it writes {string.Join(", ", formats)} " +
                    $"({extensions}).");
            }
            else if (!result.Implicit && result.GetValueOrDefault<string>() is string chosen && chosen != implied)
            {
                result.AddError($"--format {chosen} disagrees with --output '{path}', a {implied} file: leave out --format to let the extension choose, or " +
                    $"name the file to match.");
            }
        });
        return option;
    }

    /// <summary>Output file extensions and the format each names; any other extension leaves the format to --format.</summary>
    private static readonly IReadOnlyDictionary<string, string> Extensions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["txt"] = "table", ["json"] = "json", ["csv"] = "csv", ["md"] = "markdown", ["xlsx"] = "xlsx",
    };

    private static string? FormatOf(string? path) =>
        string.IsNullOrWhiteSpace(path) ? null : Extensions.GetValueOrDefault(Path.GetExtension(path).TrimStart('.'));

    public static Option<string?> Report() => new("--report")
    {
        Description = "Also write a report for a deck to this directory: report.md, a self-contained report.html, and each chart as PNG (1920×1080) and SVG.",
        HelpName = "DIR",
    };

    public static Option<string?> Cluster(string description) => new("--cluster", "-c")
    {
        Description = $"{description} The cluster is named by its Redis membership store, e.g. redis://127.0.0.1:6379 (rediss:// for TLS; " +
                      $"a password as redis://:PASSWORD@HOST:PORT or, better, in the {Grains.Hosting.ClusterAddress.PasswordVariable} environment variable).",
        HelpName = "redis://HOST:PORT",
    };

    public static Option<string> ClusterId() => new("--cluster-id")
    {
        Description = "Name of the cluster within its Redis store (several can share one).",
        DefaultValueFactory = _ => Grains.Hosting.SiloSettings.DefaultClusterId,
        HelpName = "ID",
    };

    public static Argument<string> ScenarioFile() => new("FILE")
    {
        Description = "Scenario YAML file (`ccsim examples DIR` writes examples to start from).",
    };

    /// <summary>An embedded single-node silo, or a client of the cluster at <paramref name="cluster"/>, over mutual TLS where
    /// <paramref name="tls"/> holds the cluster's certificate.</summary>
    public static Task<Grains.Hosting.OrleansConnection> ConnectAsync(Grains.Hosting.ClusterAddress? cluster, string clusterId,
        Grains.Hosting.ClusterTls? tls, CancellationToken cancellationToken) =>
        cluster is null
            ? Grains.Hosting.EmbeddedSilo.StartAsync(cancellationToken)
            : Grains.Hosting.ClusterClient.ConnectAsync(cluster, clusterId, tls, Grains.Hosting.ClusterProbe.DefaultTimeout, cancellationToken);

    /// <summary>
    /// Writes a report directory with <paramref name="write"/>, then says in one line on <paramref name="error"/> where
    /// it went, so a report written beside the scenario or into a relative folder is found.
    /// </summary>
    public static void WriteReport(string directory, TextWriter error, Action<string> write)
    {
        write(directory);
        error.WriteLine($"Report written to {Path.GetFullPath(Path.Combine(directory, "report.html"))} (report.md and every chart as PNG and SVG beside it).");
    }

    /// <summary>Writes with the writer registered for <paramref name="format"/>, to a file or to <paramref name="output"/>.</summary>
    public static void Emit(string format, string? path, TextWriter output, IReadOnlyDictionary<string, Action<TextWriter>> writers) =>
        Emit(path, output, writers[format]);

    /// <summary>The format that writes a workbook (<see cref="XlsxWorkbook"/>) rather than text.</summary>
    public const string Xlsx = "xlsx";

    /// <summary>Why a workbook is not written to standard output: a binary file on a terminal is garbage, and through a pipe it could not be written
    /// atomically.</summary>
    public const string WorkbookNeedsFile =
        "--format xlsx writes a workbook, not text: give --output PATH (such as result.xlsx); a workbook is never written to the terminal or standard output.";

    /// <summary>As <see cref="Emit(string, string?, TextWriter, IReadOnlyDictionary{string, Action{TextWriter}})"/>, with <paramref name="workbook"/>
    /// making the bytes of an .xlsx file when <paramref name="format"/> is xlsx.</summary>
    public static void Emit(string format, string? path, TextWriter output, IReadOnlyDictionary<string, Action<TextWriter>> writers, Func<byte[]> workbook)
    {
        if (format == Xlsx) EmitWorkbook(path, workbook);
        else Emit(format, path, output, writers);
    }

    /// <summary>Writes a workbook to <paramref name="path"/> (atomically for a file, see <see cref="OutputTarget"/>); refuses standard output.</summary>
    public static void EmitWorkbook(string? path, Func<byte[]> workbook, string option = "--output")
    {
        if (string.IsNullOrWhiteSpace(path) || path == OutputTarget.StandardOutputPath) throw new Core.InputException(WorkbookNeedsFile);
        var target = OutputPaths.Target(option, path);
        // Made whole before the file is touched: a failure while building it leaves the old file as it was.
        byte[] bytes = workbook();
        try
        {
            target.Write(_ => { }, TextWriter.Null, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Core.InputException($"{option}: cannot write '{path}': {e.Message}");
        }
    }

    /// <summary>Writes to <paramref name="path"/> when given (see <see cref="OutputTarget"/>: '-' is <paramref name="output"/>), else to <paramref
    /// name="output"/>.</summary>
    public static void Emit(string? path, TextWriter output, Action<TextWriter> write, string option = "--output")
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            write(output);
            return;
        }
        var target = OutputPaths.Target(option, path);
        try
        {
            target.Write(write, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Core.InputException($"{option}: cannot write '{path}': {e.Message}");
        }
    }
}
