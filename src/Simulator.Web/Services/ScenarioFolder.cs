using Simulator.Core;
using Simulator.Core.Scenarios;
using Simulator.Reports;

namespace Simulator.Web.Services;

/// <summary>
/// The scenarios folder the workspace serves, and the only place its pages read or write scenario files. A name is a
/// path relative to the folder; an absolute path, a <c>..</c> step, or a symbolic link that leads out of the folder is
/// refused before anything is opened.
/// </summary>
public sealed class ScenarioFolder
{
    private static readonly string[] Extensions = [".yaml", ".yml"];

    public ScenarioFolder(string root)
    {
        Root = Path.GetFullPath(root);
        if (!Directory.Exists(Root)) throw new InputException($"serve: the scenarios folder '{root}' does not exist; give an existing folder.");
    }

    public string Root { get; }

    /// <summary>Every scenario file under the folder, by name relative to it, in order.</summary>
    public IReadOnlyList<string> List() =>
    [
        .. Directory.EnumerateFiles(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 4 })
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => Inside(f))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The full path of the scenario <paramref name="name"/>; throws <see cref="InputException"/> for a name outside the folder.</summary>
    public string Resolve(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new InputException("No scenario named: choose one from the list.");
        if (Path.IsPathRooted(name) || name.Split('/', '\\').Any(part => part == ".."))
        {
            throw new InputException($"'{name}' is not a scenario of this workspace: names are relative to the scenarios folder, without '..'.");
        }
        if (!Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
        {
            throw new InputException($"'{name}' is not a scenario file: expected a name ending in .yaml or .yml.");
        }
        string full = Path.GetFullPath(Path.Combine(Root, name));
        if (!Inside(full)) throw new InputException($"'{name}' lies outside the scenarios folder.");
        return full;
    }

    public string Read(string name)
    {
        string path = Resolve(name);
        try
        {
            return InputFile.ReadText(path, InputFile.MaxScenarioBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            throw new InputException($"Cannot read '{name}': {reason}.");
        }
    }

    /// <summary>The scenario file with its variants, read and validated as <c>ccsim validate</c> reads it.</summary>
    public ScenarioFile Load(string name) => ScenarioLoader.LoadWithVariants(Resolve(name));

    /// <summary>Checks <paramref name="text"/> as the file <paramref name="name"/>: every problem, at its line, as <c>validate</c> prints it.</summary>
    public IReadOnlyList<ScenarioDiagnostic> Validate(string name, string text)
    {
        try
        {
            ScenarioLoader.ParseWithVariants(text, Resolve(name));
            return [];
        }
        catch (ScenarioException e)
        {
            return e.Diagnostics;
        }
    }

    /// <summary>Writes the whole file or nothing (<see cref="AtomicFile"/>).</summary>
    public void Save(string name, string text)
    {
        string path = Resolve(name);
        try
        {
            AtomicFile.Write(path, w => w.Write(text));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"Cannot save '{name}': {e.Message}");
        }
    }

    /// <summary>A copy of <paramref name="name"/> beside it, as a variant to change and compare: returns the new file's name.</summary>
    public string Duplicate(string name, string newName)
    {
        string text = Read(name);
        string target = Resolve(newName);
        if (File.Exists(target)) throw new InputException($"'{newName}' already exists: choose another name.");
        Save(newName, text);
        return Path.GetRelativePath(Root, target).Replace('\\', '/');
    }

    /// <summary>A free name for a copy of <paramref name="name"/>: <c>bank-variant.yaml</c>, then <c>bank-variant-2.yaml</c>, …</summary>
    public string VariantName(string name)
    {
        string stem = name[..^Path.GetExtension(name).Length];
        string extension = Path.GetExtension(name);
        for (int n = 1; ; n++)
        {
            string candidate = $"{stem}-variant{(n == 1 ? "" : "-" + n)}{extension}";
            if (!File.Exists(Path.Combine(Root, candidate))) return candidate;
        }
    }

    /// <summary>The path, with every symbolic link on it followed, lies in the folder.</summary>
    private bool Inside(string full)
    {
        string resolved = Resolved(full);
        string root = Resolved(Root);
        return resolved.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static string Resolved(string path)
    {
        // Follow links from the top down: a link to a folder outside makes every file under it outside too.
        string current = Path.GetPathRoot(path)!;
        foreach (string part in path[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            var info = new FileInfo(current);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target) current = target.FullName;
        }
        return current;
    }
}
