namespace Simulator.Core.Calibration;

/// <summary>The Kaplan–Meier curve just after one time at which customers abandoned.</summary>
/// <param name="AtRisk">Customers still waiting at <paramref name="Seconds"/> (waits of at least that long).</param>
/// <param name="Survival">Estimated P(patience &gt; Seconds), with its pointwise interval.</param>
public readonly record struct KaplanMeierStep(double Seconds, double AtRisk, double Abandoned, Estimate Survival);
