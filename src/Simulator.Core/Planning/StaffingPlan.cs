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
    bool PlanMeetsTarget)
{
    /// <summary>True outside the day's opening hours or on a closed date: no contacts, nobody on duty, nothing to plan.</summary>
    public bool Closed { get; init; }
}

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
    IReadOnlyList<MissedInterval> MissedIntervals)
{
    /// <summary>Days in a week, for gathering the misses of a long horizon by day of the week.</summary>
    public const int DaysPerWeek = 7;

    /// <summary>The misses gathered by time of day, earliest first: on a long horizon, where the plan is short every day.</summary>
    public IReadOnlyList<MissesAtTimeOfDay> MissesByTimeOfDay() =>
        [.. MissedIntervals.GroupBy(m => m.Start).OrderBy(g => g.Key).Select(g => new MissesAtTimeOfDay(
            g.Key,
            g.Count(),
            g.Select(m => m.Day).Distinct().Count(),
            [.. g.Select(m => m.ContactType).Distinct()],
            g.Min(m => m.PlannedServiceLevel),
            g.Min(m => m.Gap)))];

    /// <summary>
    /// The misses gathered by day of the week, counted from the horizon's first day (a scenario has no calendar): day 1 holds
    /// days 1, 8, 15… of the horizon. Every day of the week the horizon reaches is listed, with none where it has no miss.
    /// </summary>
    public IReadOnlyList<MissesOnDayOfWeek> MissesByDayOfWeek(int days) =>
        [.. Enumerable.Range(1, Math.Min(DaysPerWeek, days)).Select(w =>
        {
            var misses = MissedIntervals.Where(m => (m.Day - 1) % DaysPerWeek + 1 == w).ToList();
            return new MissesOnDayOfWeek(w, misses.Count, misses.Select(m => m.Day).Distinct().Count(),
                [.. Enumerable.Range(0, (days - w) / DaysPerWeek + 1).Select(k => w + k * DaysPerWeek)]);
        })];
}

/// <summary>Misses at one time of day over the horizon's days.</summary>
/// <param name="Days">Days with at least one miss at this time.</param>
/// <param name="WorstPlannedServiceLevel">The lowest service level the plan gives at this time on any day, for any contact type.</param>
/// <param name="WorstGap">The largest shortfall of planned against required heads at this time (negative: short).</param>
public sealed record MissesAtTimeOfDay(TimeSpan Start, int Misses, int Days, IReadOnlyList<string> ContactTypes, double WorstPlannedServiceLevel,
    double WorstGap);

/// <summary>Misses on one day of the week, counted from the horizon's first day.</summary>
/// <param name="DayOfWeek">1 to 7: the horizon's first day is 1.</param>
/// <param name="DaysWithMisses">Days falling on it with at least one miss.</param>
/// <param name="HorizonDays">The horizon's days that fall on it: 1, 8, 15…</param>
public sealed record MissesOnDayOfWeek(int DayOfWeek, int Misses, int DaysWithMisses, IReadOnlyList<int> HorizonDays);

/// <summary>An interval and contact type where the plan falls short of the goal.</summary>
public sealed record MissedInterval(int Day, TimeSpan Start, string ContactType, double PlannedServiceLevel, double Gap);
