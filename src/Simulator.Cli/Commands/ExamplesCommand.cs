using System.CommandLine;
using Simulator.Core;
using Simulator.Reports;

namespace Simulator.Cli.Commands;

/// <summary>
/// <c>ccsim examples DIR</c>: writes the example scenarios, the history they come with, the README and the docs, which
/// travel inside the tool as resources, so that an installed <c>ccsim</c> has the files its help and README refer to.
/// </summary>
internal static class ExamplesCommand
{
    /// <summary>The resource names' prefix (Simulator.Cli.csproj); what follows it is the path under DIR.</summary>
    private const string Prefix = "examples/";

    public static Command Build(TextWriter output)
    {
        var directory = new Argument<string>("DIR") { Description = "Folder to write scenarios/, docs/ and README.md into; created if absent." };
        var command = new Command("examples",
            "Write the example scenarios (with their history files), the README and the reference docs that come with ccsim into a folder.")
        {
            directory,
        };
        command.SetAction(parse =>
        {
            string root = parse.GetValue(directory)!;
            var assembly = typeof(ExamplesCommand).Assembly;
            var files = assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(name => (Resource: name, Path: Path.Combine(root, name[Prefix.Length..].Replace('\\', '/'))))
                .ToList();
            var existing = files.Where(f => File.Exists(f.Path)).ToList();
            if (existing.Count > 0)
            {
                throw new InputException($"examples: {existing[0].Path} already exists{(existing.Count > 1 ? $" (and {existing.Count - 1} more)" : "")}; " +
                                         "nothing was written: give a new or empty folder.");
            }
            foreach (var (resource, path) in files)
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                AtomicFile.Write(path, _ => { }, bytes.ToArray());
            }
            output.WriteLine($"Wrote {files.Count} files into {root}: scenarios/ (examples to copy), docs/ and README.md.");
            output.WriteLine($"Try: ccsim validate {Path.Combine(root, "scenarios", "retail-bank-weekday.yaml")}");
            return CcsimApp.Success;
        });
        return command;
    }
}
