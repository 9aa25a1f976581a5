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
    public void Chat_without_slowdown_is_planned_as_k_servers_per_agent()
    {
        var chat = Scenario(SingleQueue.Replace("  - id: calls\n", "  - id: calls\n    channel: chat\n    concurrency: { max: 3, slowdown: 0 }\n"));

        var row = StaffingPlanner.Plan(chat, QueueModelKind.ErlangC).Intervals[1];

        // Each chat keeps its own 180 s; an agent is three servers, so N agents answer as Erlang C with 3N servers.
        Assert.Equal(TimeSpan.FromSeconds(180), row.AverageHandleTime);
        var servers = new ErlangC(new IntervalWorkload(200, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180)));
        int required = servers.RequiredAgents(chat.Goal);
        Assert.Equal((required + 2) / 3, row.RequiredAgents);
        Assert.Equal(servers.Evaluate(3 * row.RequiredAgents, chat.Goal).ServiceLevel, row.Required.ServiceLevel, 12);
    }

    [Fact]
    public void A_bot_takes_its_contained_and_lost_share_off_the_volume_and_email_is_staffed_to_its_own_threshold()
    {
        var bot = Scenario(SingleQueue.Replace("    patience: { mean: 300s }",
            "    patience: { mean: 300s }\n    automation: { containment: 0.3, abandonment: 0.1, botTime: 60s, transferHandleTime: -30s }"));
        var email = Scenario(SingleQueue.Replace("  - id: calls\n", "  - id: calls\n    channel: email\n    answerWithin: 4h\n")
            .Replace("    patience: { mean: 300s }\n", ""));

        var botRow = StaffingPlanner.Plan(bot, QueueModelKind.ErlangC).Intervals[1];
        var emailRow = StaffingPlanner.Plan(email, QueueModelKind.ErlangC).Intervals[1];

        Assert.Equal(120, botRow.Volume, 9);
        Assert.Equal(TimeSpan.FromSeconds(150), botRow.AverageHandleTime);
        // Email is a backlog: each half hour's work is spread over the open part of its four-hour window (the day ends at 10:00).
        // At 08:30: 100 × 180 s over four half hours (4,500 s) and 200 × 180 s over three (12,000 s): 16,500 s of work, 10 agents.
        Assert.Equal(10, emailRow.RequiredAgents);
        Assert.True(emailRow.Required.ServiceLevel >= 0.8);
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
