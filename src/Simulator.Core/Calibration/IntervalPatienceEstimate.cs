namespace Simulator.Core.Calibration;

/// <summary>Patience read from interval history through Erlang A: pooled over the intervals and interval by interval.</summary>
/// <param name="MeanPatienceSeconds">The pooled estimate; null when not identifiable.</param>
/// <param name="Dispersion">
/// Under <see cref="StaffingAssumption.AgentsAsStated"/>, Pearson's χ² over its degrees of freedom (at least 1): how much
/// more abandonment varies between intervals than binomial sampling explains; the interval is widened by it.
/// Null under <see cref="StaffingAssumption.AvailabilityUnknown"/>, whose order-statistic interval needs none.
/// </param>
public sealed record IntervalPatienceEstimate(
    EstimateStatus Status,
    string Reason,
    StaffingAssumption Staffing,
    Estimate? MeanPatienceSeconds,
    double? Dispersion,
    IReadOnlyList<IntervalPatience> Intervals);
