namespace Simulator.Core.Calibration;

/// <summary>The duration below which a share <see cref="Probability"/> of a sample lies.</summary>
public readonly record struct DurationQuantile(double Probability, double Seconds);
