using Simulator.Core.Analytics;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;
using Simulator.Core.Scheduling;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Scheduling;

/// <summary>Refinement by simulation: requirements only rise where intervals miss, and no interval ends worse than the Erlang schedule unsaid.</summary>
public class ScheduleRefinementTests
{
    /// <summary>The shared small schedule, with patience short enough that simulation finds some intervals short of the Erlang requirement.</summary>
    private static readonly Scenario Small = ScenarioLoader.Parse(ScheduleScenarios.Small(seed: 5, replications: 4, patienceSeconds: 150), "refine.yaml");

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
