using Simulator.Core.Analytics;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;
using Simulator.Core.Scheduling;

namespace Simulator.Core.Tests.Scheduling;

/// <summary>A schedule that is no longer wanted stops: the solver's search is told to stop, not left to run to its time limit.</summary>
public class ShiftChoiceCancellationTests
{
    private static (Scenario Scenario, ScheduleRequirement Need) WeekWithRules()
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario("weekly-rules.yaml"));
        var groups = scenario.AgentGroups.Where(g => g.ShiftTemplates.Count > 0).Select(g => g.Id).ToList();
        return (scenario, ScheduleRequirement.FromPlan(scenario, StaffingPlanner.Plan(scenario, QueueModelKind.ErlangC), groups));
    }

    [Fact]
    public void A_solve_asked_for_after_cancelling_throws_without_a_schedule()
    {
        var (scenario, need) = WeekWithRules();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => ShiftChoice.Solve(scenario, need, ShiftChoiceOptions.Default with { Cancellation = cancel.Token }));
    }

    /// <summary>
    /// A week of the example with an hour of deterministic time would search far beyond this test's timeout (5 s of it stops at a 1.7 % gap):
    /// cancelled once the search has begun, it must end with the cancellation well within the timeout.
    /// </summary>
    [Fact(Timeout = 120_000)]
    public async Task Cancelling_during_the_search_stops_the_solver()
    {
        var (scenario, need) = WeekWithRules();
        using var cancel = new CancellationTokenSource();
        var options = ShiftChoiceOptions.Default with { DeterministicSeconds = 3_600, RelativeGap = 0, Cancellation = cancel.Token };
        var solving = Task.Run(() => ShiftChoice.Solve(scenario, need, options), TestContext.Current.CancellationToken);

        cancel.CancelAfter(TimeSpan.FromSeconds(2));

        await Assert.ThrowsAsync<OperationCanceledException>(() => solving);
    }
}
