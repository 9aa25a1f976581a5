using Simulator.Core.Analytics;

namespace Simulator.Core.Planning;

/// <summary>Erlang requirements for a whole scenario, interval by interval, with the scenario's own plan beside them.</summary>
public sealed record StaffingPlan(
    string ScenarioName,
    QueueModelKind Model,
    ServiceLevelGoal Goal,
    IReadOnlyList<StaffingRow> Intervals,
    StaffingTotals Totals);

/// <summary>One contact type in one interval.</summary>
/// <param name="Day">Day of the horizon, from 1.</param>
/// <param name="Required">Performance with exactly the required agents on the phones.</param>
/// <param name="PlannedAgents">Scheduled (paid) heads the scenario plans for this contact type: a group's heads are
/// shared among its skills in proportion to each skill's workload in the interval.</param>
/// <param name="PlannedAvailableAgents">Planned heads after each group's shrinkage.</param>
/// <param name="Gap">Planned heads − required scheduled heads; negative means short.</param>
/// <param name="Planned">Performance of the planned available agents, fraction kept (<see cref="StaffingPlanner.EvaluateAvailable"/>).</param>
public sealed record StaffingRow(
    int Day,
    TimeSpan Start,
    string ContactType,
    double Volume,
    TimeSpan AverageHandleTime,
    int RequiredAgents,
    int ScheduledAgents,
    QueuePerformance Required,
    double PlannedAgents,
    double PlannedAvailableAgents,
    double Gap,
    QueuePerformance Planned,
    bool PlanMeetsTarget);

/// <summary>Totals over the horizon, in agent-hours, with the intervals where the plan misses the goal.</summary>
/// <param name="RequiredAgentHours">Σ required agents on the phones × interval length.</param>
/// <param name="ScheduledAgentHours">Σ required scheduled (paid) agents × interval length.</param>
/// <param name="PlannedAgentHours">Σ planned paid agents × interval length.</param>
/// <param name="PlannedServiceLevel">The plan's service level over the horizon, volume-weighted across intervals.</param>
public sealed record StaffingTotals(
    double Volume,
    double RequiredAgentHours,
    double ScheduledAgentHours,
    double PlannedAgentHours,
    double PlannedServiceLevel,
    int Intervals,
    IReadOnlyList<MissedInterval> MissedIntervals);

/// <summary>An interval and contact type where the plan falls short of the goal.</summary>
public sealed record MissedInterval(int Day, TimeSpan Start, string ContactType, double PlannedServiceLevel, double Gap);
