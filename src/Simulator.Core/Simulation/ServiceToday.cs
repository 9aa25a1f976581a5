namespace Simulator.Core.Simulation;

/// <summary>
/// Today's service so far, over every contact type, by the scenario's KPI definitions: counts of
/// contacts that arrived today, and the KPIs they give (null until a contact makes one defined).
/// </summary>
public sealed record ServiceToday(
    long Offered,
    long Answered,
    long Abandoned,
    double? ServiceLevel,
    double? AverageSpeedOfAnswerSeconds,
    double? AbandonmentRate)
{
    /// <summary>Before anything has happened.</summary>
    public static ServiceToday None { get; } = new(0, 0, 0, null, null, null);
}
