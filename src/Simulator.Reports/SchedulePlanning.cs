using Simulator.Core;
using Simulator.Core.Analytics;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;
using Simulator.Core.Scheduling;
using Simulator.Core.Simulation;

namespace Simulator.Reports;

/// <summary>
/// What <c>ccsim schedule</c> does once its options are read, in one place for the command and the web workspace's schedule page: the groups
/// it schedules, the requirement each kind names, the shift choice (optionally refined by simulation) and the roster.
/// </summary>
public static class SchedulePlanning
{
    /// <summary>The requirement kinds a scenario alone defines (a requirement file is the command's extra).</summary>
    public const string ErlangC = "erlang-c", ErlangA = "erlang-a", Simulation = "simulation";

    /// <summary>The groups with shift templates, in scenario order.</summary>
    /// <exception cref="InputException">No group has any.</exception>
    public static IReadOnlyList<string> Groups(Scenario scenario)
    {
        var groups = scenario.AgentGroups.Where(g => g.ShiftTemplates.Count > 0).Select(g => g.Id).ToList();
        if (groups.Count == 0)
        {
            throw new InputException($"{scenario.SourcePath}: no agent group has shiftTemplates to schedule with; add them (docs/scenario-reference.md, " +
                "\"shiftTemplates\").");
        }
        return groups;
    }

    /// <summary>The Erlang planner's scheduled agents per interval for the groups, under the given queue model.</summary>
    public static ScheduleRequirement Erlang(Scenario scenario, QueueModelKind model, IReadOnlyList<string> groups) =>
        ScheduleRequirement.FromPlan(scenario, StaffingPlanner.Plan(scenario, model), groups);

    /// <summary>The cheapest shifts that meet <paramref name="need"/>, described as <paramref name="requirement"/> (such as "erlang-c requirement").</summary>
    public static ScheduleReport.Outcome Solve(Scenario scenario, string requirement, ScheduleRequirement need, ShiftChoiceOptions options) =>
        new(scenario, requirement, ShiftChoice.Solve(scenario, need, options), null, null, null, []);

    /// <summary>
    /// Schedules to the Erlang A requirement, then raises it where the schedule misses in simulation (<see cref="ScheduleRefinement"/>), with
    /// the Erlang schedule simulated beside it for comparison.
    /// </summary>
    public static async Task<ScheduleReport.Outcome> RefineAsync(Scenario scenario, IReadOnlyList<string> groups, ShiftChoiceOptions options, int maxRounds,
        Func<Scenario, CancellationToken, Task<ExperimentResult>> simulate, CancellationToken cancellationToken)
    {
        var refinement = new ScheduleRefinement(simulate) { MaxRounds = maxRounds };
        var refined = await refinement.RefineAsync(scenario, Erlang(scenario, QueueModelKind.ErlangA, groups), options, cancellationToken);
        return new ScheduleReport.Outcome(scenario, "Erlang A requirement refined by simulation", refined.Schedule,
            Simulated(refined.Result, refined.Rounds), new ScheduleReport.Comparison(refined.ErlangSchedule.Cost, Simulated(refined.ErlangResult, 0)),
            null, refined.Notes);
    }

    /// <summary>The outcome with its shifts rostered to agents over <paramref name="weeks"/> weeks.</summary>
    public static ScheduleReport.Outcome WithRoster(ScheduleReport.Outcome outcome, int weeks) =>
        outcome with { Roster = Roster.Build(outcome.Scenario, outcome.Schedule, weeks) };

    private static ScheduleReport.Simulated Simulated(ExperimentResult result, int rounds) =>
        new(result.Overall[Kpi.ServiceLevel], result.Overall[Kpi.AbandonmentRate], result.Overall[Kpi.AverageSpeedOfAnswerSeconds], rounds);
}
