namespace Simulator.Core.Calibration;

/// <summary>Steady-state outcomes of an M/M/N+M queue with a real (not necessarily whole) number of agents.</summary>
/// <param name="AverageSpeedOfAnswerSeconds">Mean wait of answered contacts; null when nobody is answered.</param>
/// <param name="MeanWaitSeconds">Mean wait of all arrivals, answered or abandoned: abandonment × mean patience by Little's law.</param>
public readonly record struct QueueOutcome(double ProbabilityOfWaiting, double AbandonmentRate, double? AverageSpeedOfAnswerSeconds, double MeanWaitSeconds);
