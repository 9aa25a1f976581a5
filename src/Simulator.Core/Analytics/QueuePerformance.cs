namespace Simulator.Core.Analytics;

/// <summary>Steady-state performance of one queue staffed with <see cref="Agents"/> agents.</summary>
/// <param name="AverageSpeedOfAnswerSeconds">Mean wait of answered contacts; null when the queue is unstable (it grows without bound).</param>
/// <param name="IsStable">False for Erlang C with agents ≤ traffic: the queue never empties and waits grow without bound.</param>
public readonly record struct QueuePerformance(
    QueueModelKind Model,
    int Agents,
    double TrafficIntensity,
    double ProbabilityOfWaiting,
    double ServiceLevel,
    double? AverageSpeedOfAnswerSeconds,
    double Occupancy,
    double AbandonmentRate,
    bool IsStable);
