using Simulator.Core.Analytics;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Planning;

/// <summary>Email in `staff` is a backlog worked within its answer time, not an Erlang queue per interval.</summary>
public class EmailBacklogTests
{
    /// <summary>A morning peak of email (4 h to answer) worked by a steady team below the peak's load but above the day's average.</summary>
    private static Scenario Inbox(int agents, string answerWithin = "4h") => ScenarioLoader.Parse($$"""
        name: inbox
        seed: 8
        replications: 6
        horizon: { start: "08:00", end: "18:00", interval: 30m, days: 2 }
        serviceLevel: { target: 0.8, answerWithin: 20s }
        contactTypes:
          - id: email
            channel: email
            answerWithin: {{answerWithin}}
            arrivals: { volumes: [60, 60, 50, 40, 30, 20, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0, 0] }
            handleTime: { distribution: exponential, mean: 300s }
        agentGroups:
          - { id: back-office, agents: {{agents}}, skills: [email] }
        """, "inbox.yaml");

    [Fact]
    public void A_team_that_clears_the_morning_peak_within_four_hours_meets_the_email_target_as_the_simulation_shows()
    {
        // The peak half hours bring 60 × 300 s = 10 agent-hours of work into 0.5 h (20 Erlangs); 6 agents work it off well within 4 h.
        var scenario = Inbox(agents: 6);

        var plan = StaffingPlanner.Plan(scenario, QueueModelKind.ErlangC);
        var simulated = ExperimentRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken).Overall[Kpi.ServiceLevel].Mean!.Value;

        Assert.True(simulated > 0.95, $"simulated {simulated:P1}");
        Assert.Empty(plan.Totals.MissedIntervals);
        Assert.True(Math.Abs(plan.Totals.PlannedServiceLevel - simulated) < 0.05, $"staff {plan.Totals.PlannedServiceLevel:P1}, simulation {simulated:P1}");
        // An Erlang queue per interval would call the 08:00 half hour lost: 20 Erlangs on 6 agents never empties.
        Assert.False(new ErlangC(new IntervalWorkload(60, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(300))).Evaluate(6, plan.Goal).IsStable);
    }

    [Fact]
    public void A_team_too_small_to_clear_the_backlog_in_time_misses_as_the_simulation_does()
    {
        var scenario = Inbox(agents: 3, answerWithin: "1h");

        var plan = StaffingPlanner.Plan(scenario, QueueModelKind.ErlangC);
        var simulated = ExperimentRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken).Overall[Kpi.ServiceLevel].Mean!.Value;

        Assert.NotEmpty(plan.Totals.MissedIntervals);
        Assert.True(Math.Abs(plan.Totals.PlannedServiceLevel - simulated) < 0.08, $"staff {plan.Totals.PlannedServiceLevel:P1}, simulation {simulated:P1}");
    }

    [Fact]
    public void The_email_requirement_is_its_work_spread_over_each_answer_window()
    {
        var plan = StaffingPlanner.Plan(Inbox(agents: 6), QueueModelKind.ErlangC);

        // 380 emails × 300 s a day = 31.7 agent-hours of work; rounding each half hour up adds at most half an agent-hour each.
        double work = 2 * 380 * 300 / 3600.0;
        Assert.InRange(plan.Totals.RequiredAgentHours, work, work + plan.Totals.Intervals * 0.5);
        Assert.All(plan.Intervals, row => Assert.True(row.Required.ServiceLevel >= 0.8 || row.Volume == 0, $"{row.Start}: {row.Required.ServiceLevel:P1}"));
    }

    [Fact]
    public void No_agent_is_required_on_a_closed_day_for_email_whose_answer_window_runs_over_it()
    {
        // Day 2 is a holiday; email that came in late on day 1 (a day to answer) is worked on day 3, never on day 2.
        var scenario = ScenarioLoader.Parse("""
            name: holiday inbox
            horizon: { start: "08:00", end: "18:00", interval: 30m, days: 3, startDate: 2025-12-24, closedDates: [2025-12-25] }
            serviceLevel: { target: 0.8, answerWithin: 20s }
            contactTypes:
              - id: email
                channel: email
                answerWithin: 24h
                arrivals: { volumes: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 30, 30] }
                handleTime: { distribution: exponential, mean: 300s }
            agentGroups:
              - { id: back-office, agents: 3, skills: [email] }
            """, "holiday-inbox.yaml");

        var plan = StaffingPlanner.Plan(scenario, QueueModelKind.ErlangC);

        Assert.All(plan.Intervals.Where(r => r.Day == 2), row => Assert.Equal(0, row.RequiredAgents));
        Assert.True(plan.Intervals.Where(r => r.Day == 3).Sum(r => r.RequiredAgents) > 0, "day 3 works what day 1 left");
    }
}
