namespace Simulator.Core.Calibration;

/// <summary>One interval's reading of patience.</summary>
/// <param name="MeanPatienceSeconds">
/// The interval's own estimate; null where it is not identifiable (see <paramref name="Note"/>). Under
/// <see cref="StaffingAssumption.AvailabilityUnknown"/> it is the patience that, with its own agents, reproduces both
/// the interval's abandonment and its ASA: two figures, two unknowns, so nothing is left to bound it and its
/// interval is [0, ∞); it is a diagnostic, the pooled estimate is the one to use.
/// </param>
/// <param name="EffectiveAgents">Under <see cref="StaffingAssumption.AvailabilityUnknown"/>, the agents that reproduce the interval's abandonment at the pooled
/// patience.</param>
/// <param name="PredictedAverageSpeedOfAnswerSeconds">Erlang A's ASA at the pooled patience (and <paramref name="EffectiveAgents"/> where solved): to set
/// against the observed.</param>
public sealed record IntervalPatience(
    int Index,
    EstimateStatus Status,
    Estimate? MeanPatienceSeconds,
    double? EffectiveAgents,
    double? PredictedAverageSpeedOfAnswerSeconds,
    string? Note);
