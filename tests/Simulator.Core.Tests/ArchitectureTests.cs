using System.Text.RegularExpressions;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests;

/// <summary>The line shared/STYLE.md draws: Core knows no Orleans, ScottPlot, console or wall clock.</summary>
public class ArchitectureTests
{
    [Fact]
    public void Core_references_no_hosting_rendering_or_console_assembly()
    {
        var references = typeof(Scenario).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.DoesNotContain(references, name =>
            name.StartsWith("Orleans", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal)
            || name.StartsWith("ScottPlot", StringComparison.Ordinal)
            || name.StartsWith("Spectre", StringComparison.Ordinal)
            || name.StartsWith("System.CommandLine", StringComparison.Ordinal)
            || name == "System.Console");
    }

    [Fact]
    public void Core_never_reads_the_wall_clock_or_an_unseeded_generator()
    {
        var forbidden = new Regex(@"DateTime(Offset)?\.(Now|UtcNow|Today)|Random\.Shared|new Random\(\)|Stopwatch|Environment\.TickCount|Console\.");
        string source = Path.Combine(RepositoryPaths.Root(), "src", "Simulator.Core");

        var offenders = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => forbidden.IsMatch(File.ReadAllText(f)))
            .ToList();

        Assert.Empty(offenders);
    }

    /// <summary>shared/STYLE.md, "Named limits": the core's messages speak of the model; the command line adds its options.</summary>
    [Fact]
    public void Core_messages_name_no_command_line_option()
    {
        var option = new Regex(@"^(?!\s*//).*""[^""\n]*--[a-z]", RegexOptions.Multiline);
        string source = Path.Combine(RepositoryPaths.Root(), "src", "Simulator.Core");

        var offenders = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => option.Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Value.Trim()}"))
            .ToList();

        Assert.Empty(offenders);
    }
}
