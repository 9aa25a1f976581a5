namespace Simulator.HistoryGenerator;

/// <summary>A day made abnormal without telling the planner (an outage, an incident): the forecaster must find it.</summary>
/// <param name="ContactType">The one type it hits; null for all.</param>
public sealed record InjectedOutlier(DateOnly Date, string? ContactType, double Multiplier);
