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
        Description = "Write to this file (atomically: a complete file or none; a device or named pipe is written through, never replaced; '-' is standard output) instead of standard output.",
        HelpName = "PATH",
    };

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

    /// <summary>An embedded single-node silo, or a client of the cluster at <paramref name="cluster"/>.</summary>
    public static Task<Grains.Hosting.OrleansConnection> ConnectAsync(Grains.Hosting.ClusterAddress? cluster, string clusterId, CancellationToken cancellationToken) =>
        cluster is null
            ? Grains.Hosting.EmbeddedSilo.StartAsync(cancellationToken)
            : Grains.Hosting.ClusterClient.ConnectAsync(cluster, clusterId, cancellationToken);

    /// <summary>Writes with the writer registered for <paramref name="format"/>, to a file or to <paramref name="output"/>.</summary>
    public static void Emit(string format, string? path, TextWriter output, IReadOnlyDictionary<string, Action<TextWriter>> writers) =>
        Emit(path, output, writers[format]);

    /// <summary>Writes to <paramref name="path"/> when given (see <see cref="OutputTarget"/>: '-' is <paramref name="output"/>), else to <paramref name="output"/>.</summary>
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
