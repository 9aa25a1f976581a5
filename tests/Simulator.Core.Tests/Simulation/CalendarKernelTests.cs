using Simulator.Core.Analytics;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Core.Tests.Scenarios;

namespace Simulator.Core.Tests.Simulation;

/// <summary>A horizon with a calendar: the kernel and the planner see contacts and agents only while the centre is open.</summary>
public class CalendarKernelTests
{
    private const int PerDay = 3;

    private static Scenario Week(string change = "") => ScenarioLoader.Parse(
        CalendarLoaderTests.Week.Replace("    sunday: closed", "    sunday: closed" + change), "week.yaml");

    private static bool Open(int interval) =>
        interval / PerDay < 4 || interval / PerDay == 4 && interval % PerDay < 2; // Monday–Thursday, and Friday to 11:00

    [Fact]
    public void Contacts_arrive_only_in_open_hours()
    {
        var result = new Replication(Week(), 1).Run();

        for (int i = 0; i < result.Intervals; i++)
        {
            long offered = result.ContactsAt(i, 0).Offered;
            if (Open(i)) Assert.True(offered > 50, $"interval {i} is open but {offered} contacts came");
            else Assert.Equal(0, offered);
        }
    }

    [Fact]
    public void Nobody_is_paid_on_a_closed_day_or_after_a_short_days_close()
    {
        var result = new Replication(Week(), 1).Run();

        for (int i = 0; i < result.Intervals; i++)
        {
            double pay = result.CostAt(i, CostComponent.AgentHours);
            Assert.Equal(Open(i) ? 10 * 20.0 : 0, pay, 9);
        }
    }

    [Fact]
    public void A_holiday_has_no_contacts_and_no_pay()
    {
        var result = new Replication(Week("\n  closedDates: [2025-06-03]"), 1).Run();

        Assert.All(Enumerable.Range(PerDay, PerDay), i =>
        {
            Assert.Equal(0, result.ContactsAt(i, 0).Offered);
            Assert.Equal(0, result.CostAt(i, CostComponent.AgentHours));
        });
        Assert.True(result.ContactsAt(2 * PerDay, 0).Offered > 50);
    }

    [Fact]
    public void The_weekday_volumes_are_honoured()
    {
        var result = new Replication(Week() with { Replications = 1 }, 1).Run();
        double monday = Enumerable.Range(0, PerDay).Sum(i => result.ContactsAt(i, 0).Offered);
        double tuesday = Enumerable.Range(PerDay, PerDay).Sum(i => result.ContactsAt(i, 0).Offered);

        // 600 expected on Monday, 300 on Tuesday: Poisson noise is a few dozen.
        Assert.InRange(monday, 500, 700);
        Assert.InRange(tuesday, 230, 370);
    }

    [Fact]
    public void Staff_plans_nobody_for_closed_intervals_and_everyone_needed_for_open_ones()
    {
        var plan = StaffingPlanner.Plan(Week(), QueueModelKind.ErlangC);

        for (int i = 0; i < plan.Intervals.Count; i++)
        {
            var row = plan.Intervals[i];
            if (Open(i))
            {
                Assert.True(row.RequiredAgents > 0);
                Assert.Equal(10, row.PlannedAgents);
            }
            else
            {
                Assert.Equal((0, 0, 0.0), (row.RequiredAgents, row.ScheduledAgents, row.PlannedAgents));
            }
        }
        Assert.Equal(14 * 10, plan.Totals.PlannedAgentHours, 9);
    }

    [Fact]
    public void Email_waiting_at_a_close_is_answered_after_the_closed_days()
    {
        // Two back-office agents answer at most 80 emails in Friday's two open hours; the rest wait over the weekend into Monday.
        var scenario = ScenarioLoader.Parse(CalendarLoaderTests.Week
            .Replace("days: 7", "days: 8")
            .Replace("""
              - id: calls
                arrivals:
                  volumes:
                    default: [100, 100, 100]
                    monday: [200, 200, 200]
                handleTime: { mean: 180s }
            """, """
              - id: calls
                channel: email
                arrivals: { volumes: { default: [0, 0, 0], friday: [60, 60, 0] } }
                handleTime: { distribution: constant, mean: 180s }
            """)
            .Replace("agents: 10", "agents: 2"), "week.yaml");
        var result = new Replication(scenario, 1).Run();
        var friday = Enumerable.Range(4 * PerDay, PerDay).Select(i => result.ContactsAt(i, 0)).ToList();

        Assert.True(friday.Sum(c => c.Offered) > 80, "Friday must bring more emails than it can answer");
        Assert.Equal(friday.Sum(c => c.Offered), friday.Sum(c => c.Answered));
        Assert.Equal(0, friday.Sum(c => c.UnansweredAtClose));
    }
}
