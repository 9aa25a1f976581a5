namespace Simulator.Core.Calibration;

/// <summary>One interval's simulated (or modelled) outcome: abandoned / offered, and the mean wait of answered contacts (null when none were
/// answered).</summary>
public readonly record struct IntervalResponse(double AbandonmentRate, double? AverageSpeedOfAnswerSeconds);
