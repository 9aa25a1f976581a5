using Simulator.Core.Analytics;

namespace Simulator.Core.Scenarios;

/// <summary>A validated, immutable contact-centre scenario (shared/DESIGN.md, "Scenario file").</summary>
/// <param name="SourcePath">The file it was read from, for messages; null when built in code.</param>
public sealed record Scenario(
    string Name,
    long Seed,
    int Replications,
    Horizon Horizon,
    ServiceLevelPolicy ServiceLevel,
    double? MaxOccupancy,
    IReadOnlyList<ContactType> ContactTypes,
    IReadOnlyList<AgentGroup> AgentGroups,
    string? SourcePath = null)
{
    public const long DefaultSeed = 1;
    public const int DefaultReplications = 10;

    /// <summary>The staffing goal every interval must meet.</summary>
    public ServiceLevelGoal Goal => ServiceLevel.ToGoal(MaxOccupancy);
}

/// <summary>The service-level objective. Defaults: definition offered, short abandons within 5 s.</summary>
public sealed record ServiceLevelPolicy(
    double Target,
    TimeSpan AnswerWithin,
    ServiceLevelDefinition Definition,
    TimeSpan ShortAbandonLimit)
{
    public ServiceLevelGoal ToGoal(double? maxOccupancy) =>
        new(Target, AnswerWithin, Definition, maxOccupancy, ShortAbandonLimit);
}

public enum Channel
{
    Voice,
    Chat,
    Email,
}

/// <summary>A kind of contact with its own queue, arrivals and durations.</summary>
/// <param name="WrapUp">After-contact work, counted in AHT; null means none.</param>
/// <param name="Patience">Time a customer waits before abandoning; null means never abandons.</param>
public sealed record ContactType(
    string Id,
    Channel Channel,
    ArrivalPattern Arrivals,
    DurationDistribution HandleTime,
    DurationDistribution? WrapUp,
    DurationDistribution? Patience)
{
    /// <summary>AHT as the KPI defines it: talk + hold + after-contact work.</summary>
    public TimeSpan AverageHandleTime => HandleTime.Mean + (WrapUp?.Mean ?? TimeSpan.Zero);
}

/// <summary>A team of agents with the same skills, staffing and cost.</summary>
/// <param name="Shrinkage">Share of scheduled agents not taking contacts, in [0, 1).</param>
public sealed record AgentGroup(
    string Id,
    StaffingLevels Agents,
    double Shrinkage,
    double CostPerHour,
    IReadOnlyList<string> Skills);
