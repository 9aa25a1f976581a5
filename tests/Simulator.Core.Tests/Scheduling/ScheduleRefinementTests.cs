using Simulator.Core.Analytics;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;
using Simulator.Core.Scheduling;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Scheduling;

/// <summary>Refinement by simulation: requirements only rise where intervals miss, and no interval ends worse than the Erlang schedule unsaid.</summary>
public class ScheduleRefinementTests
{
    /// <summary>Half-hour intervals whose Erlang requirement sits near the target, so that simulation finds some short.</summary>
    private static readonly Scenario Small = ScenarioLoader.Parse("""
        name: Refinement
        seed: 5
        replications: 4
        horizon: { start: "08:00", end: "12:00", interval: 30m }
        serviceLevel: { target: 0.8, answerWithin: 20s }
        contactTypes:
          - id: calls
            arrivals: { volumes: [30, 50, 70, 70, 60, 50, 40, 30] }
            handleTime: { distribution: exponential, mean: 200s }
            patience: { distribution: exponential, mean: 150s }
        agentGroups:
          - id: team
            agents: 5
            costPerHour: 20
            skills: [calls]
            shiftTemplates:
              - { id: four, starts: ["08:00"], length: 4h }
              - { id: two, starts: { from: "08:00", to: "10:00", every: 30m }, length: 2h, costPerHour: 22 }
        """, "refine.yaml");

    private static readonly Lazy<RefinedSchedule> Refined = new(() =>
    {
        var erlang = ScheduleRequirement.FromPlan(Small, StaffingPlanner.Plan(Small, QueueModelKind.ErlangA), ["team"]);
        var refinement = new ScheduleRefinement((scenario, _) => Task.FromResult(ExperimentRunner.Run(scenario, maxParallelism: 1))) { MaxRounds = 3 };
        return refinement.RefineAsync(Small, erlang, ShiftChoiceOptions.Default, CancellationToken.None).GetAwaiter().GetResult();
    });

    [Fact]
    public void Every_interval_worse_than_with_the_erlang_schedule_is_named_in_a_note()
    {
        var refined = Refined.Value;

        for (int i = 0; i < Small.Horizon.TotalIntervals; i++)
        {
            double now = ScheduleRefinement.ServiceLevel(Small, refined.Result, 0, i),
                before = ScheduleRefinement.ServiceLevel(Small, refined.ErlangResult, 0, i);
            var (_, start) = Small.Horizon.IntervalOpening(i);
            if (now < before - 1e-9) Assert.Contains(refined.Notes, n => n.Contains($"day 1 {Simulator.Core.Units.UnitParser.FormatClock(start)}"));
        }
    }

    [Fact]
    public void Intervals_still_missing_after_the_last_round_are_named_and_others_meet_the_target()
    {
        var refined = Refined.Value;
        var misses = ScheduleRefinement.Misses(Small, refined.Result, ["team"]);

        Assert.All(misses, m => Assert.Contains(refined.Notes, n => n.Contains("still misses the target") && n.Contains(
            $"day 1 {Simulator.Core.Units.UnitParser.FormatClock(Small.Horizon.IntervalOpening(m.Interval).Start)}")));
        Assert.True(misses.Count == 0 || refined.Rounds == 3);
    }

    [Fact]
    public void Refinement_never_schedules_fewer_heads_than_the_erlang_requirement()
    {
        var refined = Refined.Value;

        Assert.All(refined.Schedule.Coverage.Zip(refined.ErlangSchedule.Coverage), pair => Assert.True(pair.First.Required >= pair.Second.Required));
        Assert.True(refined.Schedule.Cost >= refined.ErlangSchedule.Cost - 1e-9);
    }
}
