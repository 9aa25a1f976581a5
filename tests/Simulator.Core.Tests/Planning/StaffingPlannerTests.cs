using Simulator.Core.Analytics;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;
using Simulator.Core.Tests.Scenarios;

namespace Simulator.Core.Tests.Planning;

public class StaffingPlannerTests
{
    private static Scenario Scenario(string text) => ScenarioLoader.Parse(text, "test.yaml");

    private const string SingleQueue = """
        name: Single queue
        horizon: { start: "08:00", end: "10:00", interval: 30m }
        serviceLevel: { target: 0.80, answerWithin: 20s }
        contactTypes:
          - id: calls
            arrivals: { volumes: [100, 200, 50, 0] }
            handleTime: { mean: 180s }
            patience: { mean: 300s }
        agentGroups:
          - { id: team, agents: [20, 20, 20, 20], shrinkage: 0.3, skills: [calls] }
        """;

    [Fact]
    public void Each_interval_gets_the_erlang_c_answer_for_its_own_volume()
    {
        var plan = StaffingPlanner.Plan(Scenario(SingleQueue), QueueModelKind.ErlangC);

        Assert.Equal([14, 24, 8, 0], plan.Intervals.Select(r => r.RequiredAgents));
        Assert.Equal(20, plan.Intervals[0].ScheduledAgents); // the published 100-call example: 14 on the phones, 20 scheduled
        Assert.Equal(TimeSpan.FromHours(8.5), plan.Intervals[1].Start);
        var direct = new ErlangC(new IntervalWorkload(200, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180)));
        Assert.Equal(direct.RequiredAgents(plan.Goal), plan.Intervals[1].RequiredAgents);
    }

    [Fact]
    public void Erlang_a_needs_fewer_agents_when_callers_abandon()
    {
        var scenario = Scenario(SingleQueue);

        var erlangC = StaffingPlanner.Plan(scenario, QueueModelKind.ErlangC);
        var erlangA = StaffingPlanner.Plan(scenario, QueueModelKind.ErlangA);

        Assert.Equal(13, erlangA.Intervals[0].RequiredAgents);
        Assert.All(erlangA.Intervals.Zip(erlangC.Intervals), pair => Assert.True(pair.First.RequiredAgents <= pair.Second.RequiredAgents));
        Assert.True(erlangA.Intervals[0].Required.AbandonmentRate > 0);
    }

    [Fact]
    public void The_plan_is_checked_against_the_requirement_and_short_intervals_are_listed()
    {
        var plan = StaffingPlanner.Plan(Scenario(SingleQueue), QueueModelKind.ErlangC);

        // 20 heads × 0.7 = 14 on the phones: enough for 100 calls, not for 200.
        Assert.True(plan.Intervals[0].PlanMeetsTarget);
        Assert.Equal(14, plan.Intervals[0].PlannedAvailableAgents, 9);
        Assert.Equal(0, plan.Intervals[0].Gap, 9);
        Assert.False(plan.Intervals[1].PlanMeetsTarget);
        Assert.Equal(20 - plan.Intervals[1].ScheduledAgents, plan.Intervals[1].Gap, 9);
        var missed = Assert.Single(plan.Totals.MissedIntervals);
        Assert.Equal(TimeSpan.FromHours(8.5), missed.Start);
        Assert.Equal(plan.Intervals[1].Planned.ServiceLevel, missed.PlannedServiceLevel);
    }

    [Fact]
    public void Totals_are_agent_hours_over_the_horizon()
    {
        var plan = StaffingPlanner.Plan(Scenario(SingleQueue), QueueModelKind.ErlangC);

        Assert.Equal((14 + 24 + 8 + 0) * 0.5, plan.Totals.RequiredAgentHours, 9);
        Assert.Equal(plan.Intervals.Sum(r => r.ScheduledAgents) * 0.5, plan.Totals.ScheduledAgentHours, 9);
        Assert.Equal(4 * 20 * 0.5, plan.Totals.PlannedAgentHours, 9);
        Assert.Equal(350, plan.Totals.Volume);
        double weighted = plan.Intervals.Sum(r => r.Volume * r.Planned.ServiceLevel) / 350;
        Assert.Equal(weighted, plan.Totals.PlannedServiceLevel, 12);
    }

    [Fact]
    public void A_shared_group_is_split_across_its_skills_by_workload()
    {
        var scenario = Scenario(ScenarioText.Valid);

        var first = StaffingPlanner.Plan(scenario, QueueModelKind.ErlangC).Intervals.Take(2).ToList();

        // 100 general calls × 180 s against 18 sales calls × 240 s: heads split 18000 : 4320.
        Assert.Equal(20 * 18_000.0 / 22_320, first[0].PlannedAgents, 9);
        Assert.Equal(20 * 4_320.0 / 22_320, first[1].PlannedAgents, 9);
        Assert.Equal(20.0, first.Sum(r => r.PlannedAgents), 9);
        Assert.Equal(first[0].PlannedAgents * 0.7, first[0].PlannedAvailableAgents, 9);
    }

    [Fact]
    public void Example_bank_plan_is_short_at_the_peak_and_over_lunch()
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml"));

        var plan = StaffingPlanner.Plan(scenario, QueueModelKind.ErlangC);

        Assert.Equal(48, plan.Intervals.Count);
        Assert.Contains(plan.Totals.MissedIntervals, m => m.Start == TimeSpan.FromHours(10.5) && m.ContactType == "general");
        Assert.Contains(plan.Totals.MissedIntervals, m => m.Start == TimeSpan.FromHours(13) && m.ContactType == "general");
        Assert.DoesNotContain(plan.Totals.MissedIntervals, m => m.Start == TimeSpan.FromHours(8));
    }
}
