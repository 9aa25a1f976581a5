namespace Simulator.Core.Calibration;

/// <summary>The families fitted to one sample of durations, the one chosen, and why.</summary>
/// <param name="Candidates">Every family fitted, best AIC first.</param>
/// <param name="Chosen">The family to use; null when the status is not <see cref="DurationFitStatus.Fitted"/>.</param>
/// <param name="Empirical">The sample's own summary; null only when there were no positive durations.</param>
/// <param name="ExcludedNonPositive">Zero durations left out (a log's artefacts: no positive distribution has mass there).</param>
/// <param name="CriticalDistance">The Kolmogorov–Smirnov critical value the chosen family was held to (before the practical tolerance).</param>
/// <param name="Reason">One sentence a planner can read: what was chosen and on what grounds.</param>
public sealed record DurationFit(
    DurationFitStatus Status,
    int SampleSize,
    int ExcludedNonPositive,
    IReadOnlyList<FittedDistribution> Candidates,
    FittedDistribution? Chosen,
    EmpiricalSummary? Empirical,
    double CriticalDistance,
    string Reason);
