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

    /// <summary>.editorconfig's max_line_length: no line of a .cs file under src/, tests/ or tools/ is over 160 characters.</summary>
    [Fact]
    public void Source_lines_are_at_most_160_characters()
    {
        string root = RepositoryPaths.Root();
        string obj = $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}";
        string bin = $"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}";

        var offenders = new[] { "src", "tests", "tools" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains(obj) && !f.Contains(bin))
            .SelectMany(f => File.ReadLines(f)
                .Select((line, index) => (line, index))
                .Where(l => l.line.Length > 160)
                .Select(l => $"{Path.GetRelativePath(root, f)}:{l.index + 1} ({l.line.Length} characters)"))
            .ToList();

        Assert.Empty(offenders);
    }
}
