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
        Description = "Write to this file (atomically: a complete file or none) instead of standard output.",
        HelpName = "PATH",
    };

    public static Option<string?> Report() => new("--report")
    {
        Description = "Also write a report for a deck to this directory: report.md, a self-contained report.html, and each chart as PNG (1920×1080) and SVG.",
        HelpName = "DIR",
    };

    public static Option<string?> Cluster(string description) => new("--cluster", "-c")
    {
        Description = $"{description} The cluster is named by its Redis membership store, e.g. redis://127.0.0.1:6379.",
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
        Description = "Scenario YAML file (see scenarios/ for examples).",
    };

    /// <summary>An embedded single-node silo, or a client of the cluster at <paramref name="cluster"/>.</summary>
    public static Task<Grains.Hosting.OrleansConnection> ConnectAsync(Grains.Hosting.ClusterAddress? cluster, string clusterId, CancellationToken cancellationToken) =>
        cluster is null
            ? Grains.Hosting.EmbeddedSilo.StartAsync(cancellationToken)
            : Grains.Hosting.ClusterClient.ConnectAsync(cluster, clusterId, cancellationToken);

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

    /// <summary>Writes to <paramref name="path"/> atomically when given, else to <paramref name="output"/>.</summary>
    public static void Emit(string? path, TextWriter output, Action<TextWriter> write)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            write(output);
            return;
        }
        try
        {
            AtomicFile.Write(path, write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Core.InputException($"--output: cannot write '{path}': {e.Message}");
        }
    }
}
