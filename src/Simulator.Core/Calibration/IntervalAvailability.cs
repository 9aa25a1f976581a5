namespace Simulator.Core.Calibration;

/// <summary>One interval's solved availability, with what the model then does against what happened.</summary>
public readonly record struct IntervalAvailability(
    int Index,
    int Block,
    double Heads,
    double EffectiveAgents,
    double ModelledAbandonmentRate,
    double ObservedAbandonmentRate,
    double? ModelledAverageSpeedOfAnswerSeconds,
    double? ObservedAverageSpeedOfAnswerSeconds);
