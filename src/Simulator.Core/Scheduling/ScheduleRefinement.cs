using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Core.Units;

namespace Simulator.Core.Scheduling;

/// <summary>A schedule refined by simulation, beside the schedule to the Erlang requirement it started from.</summary>
/// <param name="Notes">Intervals still missing the target, and intervals worse than with the Erlang schedule, each named.</param>
public sealed record RefinedSchedule(
    ShiftSchedule Schedule,
    ExperimentResult Result,
    ShiftSchedule ErlangSchedule,
    ExperimentResult ErlangResult,
    int Rounds,
    IReadOnlyList<string> Notes);

/// <summary>
/// Simulation-based scheduling after Atlason, Epelman and Henderson (2004), with the simplest cut: schedule to the Erlang
/// requirement, simulate, raise the requirement by one agent in every interval whose simulated service level misses the
/// target, and schedule again, until no interval misses or the round limit is reached. Every schedule runs with the
/// scenario's seed (common random numbers), so rounds compare like with like.
/// </summary>
public sealed class ScheduleRefinement(Func<Scenario, CancellationToken, Task<ExperimentResult>> simulate)
{
    public const int DefaultMaxRounds = 5;

    public int MaxRounds { get; init; } = DefaultMaxRounds;

    public async Task<RefinedSchedule> RefineAsync(Scenario scenario, ScheduleRequirement erlang, ShiftChoiceOptions options,
        CancellationToken cancellationToken)
    {
        var requirement = erlang.Agents.ToDictionary(p => p.Key, p => p.Value.ToArray());
        var erlangSchedule = ShiftChoice.Solve(scenario, erlang, options);
        var erlangResult = await simulate(erlangSchedule.ApplyTo(scenario), cancellationToken);
        var (schedule, result) = (erlangSchedule, erlangResult);
        int rounds = 0;
        var misses = Misses(scenario, result, requirement.Keys);
        while (misses.Count > 0 && rounds < MaxRounds)
        {
            foreach (var (group, interval) in misses) requirement[group][interval]++;
            rounds++;
            schedule = ShiftChoice.Solve(scenario, new ScheduleRequirement($"{erlang.Source} raised by simulation", requirement), options);
            result = await simulate(schedule.ApplyTo(scenario), cancellationToken);
            misses = Misses(scenario, result, requirement.Keys);
        }
        return new RefinedSchedule(schedule, result, erlangSchedule, erlangResult, rounds,
            Notes(scenario, result, erlangResult, misses, rounds, requirement, erlang));
    }

    /// <summary>(group, interval of the horizon) where a contact type the group serves misses its target in simulation.</summary>
    public static HashSet<(string Group, int Interval)> Misses(Scenario scenario, ExperimentResult result, IEnumerable<string> groups)
    {
        var ids = groups.ToHashSet();
        var misses = new HashSet<(string, int)>();
        for (int t = 0; t < scenario.ContactTypes.Count; t++)
        {
            var type = scenario.ContactTypes[t];
            for (int i = 0; i < scenario.Horizon.TotalIntervals; i++)
            {
                if (ServiceLevel(scenario, result, t, i) >= scenario.ServiceLevelTarget(type)) continue;
                foreach (var group in scenario.AgentGroups.Where(g => ids.Contains(g.Id) && g.Skills.Contains(type.Id))) misses.Add((group.Id, i));
            }
        }
        return misses;
    }

    /// <summary>Service level of one contact type in one interval of the horizon, pooled over replications; 1 where nobody was offered.</summary>
    public static double ServiceLevel(Scenario scenario, ExperimentResult result, int type, int interval)
    {
        var tally = result.PooledContactsAt(interval, type);
        double level = KpiCalculator.Compute(Kpi.ServiceLevel, tally, new TimeTally(), [], scenario.ServiceLevel.Definition);
        return double.IsFinite(level) ? level : 1;
    }

    private static List<string> Notes(
        Scenario scenario, ExperimentResult result, ExperimentResult erlang, HashSet<(string Group, int Interval)> misses, int rounds,
        Dictionary<string, int[]> requirement, ScheduleRequirement original)
    {
        var notes = new List<string>();
        string When(int interval)
        {
            var (day, start) = scenario.Horizon.IntervalOpening(interval);
            return $"day {day} {UnitParser.FormatClock(start)}";
        }
        foreach (var (group, interval) in misses.OrderBy(m => m.Interval).ThenBy(m => m.Group, StringComparer.Ordinal))
        {
            int raised = requirement[group][interval] - original.Agents[group][interval];
            notes.Add($"{group} {When(interval)} still misses the target in simulation after {rounds} round(s) (the round limit), its requirement raised by " +
                $"{raised}: "
                      + "more rounds, or templates that reach it more cheaply, may meet it.");
        }
        for (int t = 0; t < scenario.ContactTypes.Count; t++)
        {
            for (int i = 0; i < scenario.Horizon.TotalIntervals; i++)
            {
                double now = ServiceLevel(scenario, result, t, i), before = ServiceLevel(scenario, erlang, t, i);
                if (now < before - 1e-9)
                {
                    notes.Add($"{scenario.ContactTypes[t].Id} {When(i)}: simulated service level {Percent(now)}, below the {Percent(before)} of the schedule " +
                        $"to the Erlang requirement.");
                }
            }
        }
        return notes;
    }

    private static string Percent(double share) => (share * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
