namespace Simulator.Core.Scenarios;

/// <summary>A scenario file could not be read; <see cref="Diagnostics"/> lists every problem found.</summary>
public sealed class ScenarioException(IReadOnlyList<ScenarioDiagnostic> diagnostics)
    : InputException(Describe(diagnostics))
{
    public IReadOnlyList<ScenarioDiagnostic> Diagnostics { get; } = diagnostics;

    private static string Describe(IReadOnlyList<ScenarioDiagnostic> diagnostics) =>
        diagnostics.Count == 1
            ? diagnostics[0].ToString()
            : $"{diagnostics.Count} problems in {diagnostics[0].File}:{Environment.NewLine}"
              + string.Join(Environment.NewLine, diagnostics.Select(d => "  " + d));
}
