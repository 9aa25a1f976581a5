namespace Simulator.Core.Scenarios;

/// <summary>One thing wrong with a scenario file, and where.</summary>
/// <param name="Path">The key, as a path such as <c>contactTypes[0].handleTime.mean</c>; empty for the whole file.</param>
public sealed record ScenarioDiagnostic(string File, int Line, int Column, string Path, string Message)
{
    public override string ToString() =>
        Path.Length == 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}:{Line}:{Column}: {Path}: {Message}";
}
