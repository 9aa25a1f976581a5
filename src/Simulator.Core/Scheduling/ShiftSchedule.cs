using Simulator.Core.Scenarios;

namespace Simulator.Core.Scheduling;

/// <summary>Agents starting one pattern on one day of the horizon (from 1).</summary>
public sealed record ScheduledShift(string Group, ShiftPattern Pattern, int Day, int Agents);

/// <summary>Required against scheduled heads on duty (time-average over the interval) in one interval of the horizon.</summary>
public sealed record IntervalCoverage(string Group, int Day, TimeSpan Start, int Required, double Scheduled)
{
    public double Short => Math.Max(0, Required - Scheduled);
}

/// <summary>
/// How the integer program ended: <see cref="Optimal"/> (proven), <see cref="Feasible"/> (stopped at the time limit or the
/// relative gap asked for, with a schedule).
/// </summary>
public enum SolveStatus
{
    Optimal,
    Feasible,
}

/// <summary>The chosen shifts of every scheduled group, their paid cost and how far that can be from the best.</summary>
/// <param name="Cost">Paid cost of the shifts (regular and overtime pay), plus the penalty for agent-intervals left short.</param>
/// <param name="LowerBound">The linear-programming relaxation's optimum: no schedule costs less.</param>
public sealed record ShiftSchedule(
    IReadOnlyList<ScheduledShift> Shifts,
    IReadOnlyList<IntervalCoverage> Coverage,
    double Cost,
    double LowerBound,
    SolveStatus Status)
{
    /// <summary>(cost − lower bound) / cost: at most this share of the cost could still be saved.</summary>
    public double Gap => Cost > 0 ? Math.Max(0, (Cost - LowerBound) / Cost) : 0;

    /// <summary>
    /// The scenario staffed by these shifts: each scheduled group's <c>shifts</c> replaced, a pattern worked on the same
    /// number of agents every day written once, otherwise once per distinct number with its days. Groups without a shift
    /// get <c>agents: 0</c>. The heads each group derives from its shifts are those a scenario file read back derives.
    /// </summary>
    public Scenario ApplyTo(Scenario scenario)
    {
        var lines = Lines(scenario.Horizon.Days);
        var groups = scenario.AgentGroups.Select(group =>
        {
            if (!Coverage.Any(c => c.Group == group.Id) && !Shifts.Any(s => s.Group == group.Id)) return group;
            var shifts = lines.Where(l => l.Group == group.Id)
                .Select(l => l.Pattern.ToShift(l.Agents, l.Days, l.Pattern.Template.CostPerHour)).ToValueList();
            return shifts.Count == 0
                ? group with { Agents = StaffingLevels.Constant(0), Shifts = null }
                : group with { Shifts = shifts };
        });
        var staffed = scenario with { AgentGroups = groups.ToValueList() };
        // Read back from its own text, so that each group's heads are derived from its shifts exactly as a file's are.
        return ScenarioLoader.Parse(ScenarioWriter.ToYaml(staffed), scenario.SourcePath ?? "scheduled.yaml") with { SourcePath = scenario.SourcePath };
    }

    /// <summary>
    /// The shifts as a scenario writes them: one line per pattern and number of agents, with the days it is worked on
    /// (null: every day of the horizon), in order of start.
    /// </summary>
    public IReadOnlyList<ShiftLine> Lines(int horizonDays) =>
        [.. Shifts.GroupBy(s => (s.Group, s.Pattern))
            .SelectMany(byPattern => byPattern.GroupBy(s => s.Agents).Where(g => g.Key > 0).Select(byAgents =>
            {
                var days = byAgents.Select(s => s.Day).Order().ToValueList();
                return new ShiftLine(byPattern.Key.Group, byPattern.Key.Pattern, byAgents.Key, days.Count == horizonDays ? null : days);
            }))
            .OrderBy(l => l.Group, StringComparer.Ordinal).ThenBy(l => l.Pattern.Start).ThenBy(l => l.Pattern.Template.Length)
            .ThenBy(l => l.Days is { Count: > 0 } days ? days[0] : 0).ThenBy(l => string.Join(",", l.Pattern.BreakStarts))];
}

/// <summary>Agents on one pattern on the days listed (null: every day).</summary>
public sealed record ShiftLine(string Group, ShiftPattern Pattern, int Agents, ValueList<int>? Days);
