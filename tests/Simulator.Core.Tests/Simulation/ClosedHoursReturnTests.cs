using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Simulation;

/// <summary>Customers who fall due to come back while the centre is closed get through over the next open day, not all at its opening.</summary>
public class ClosedHoursReturnTests
{
    /// <summary>
    /// Bank-training-like: a 08:00–20:00 day of half hours whose first half hour is quiet (20 contacts against 40 after),
    /// half the answers unresolved and back after a day on average, so about half of the returns fall due at night.
    /// </summary>
    private static Scenario Bank(int days = 4) => ScenarioLoader.Parse($$"""
        name: night returns
        seed: 11
        replications: 4
        horizon: { start: "08:00", end: "20:00", interval: 30m, days: {{days}} }
        serviceLevel: { target: 0.8, answerWithin: 20s }
        contactTypes:
          - id: general
            arrivals: { volumes: [20, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40] }
            handleTime: { distribution: exponential, mean: 300s }
            resolution: { rate: 0.5, repeatAfter: { distribution: exponential, mean: 1d } }
        agentGroups:
          - { id: agents, agents: 30, skills: [general] }
        """, "night-returns.yaml");

    [Fact]
    public void Returns_due_overnight_follow_the_next_days_arrival_profile_instead_of_crowding_the_opening_half_hour()
    {
        var scenario = Bank();
        var result = ExperimentRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken);
        int perDay = scenario.Horizon.IntervalsPerDay;
        long opening = 0, next = 0, returnsAtOpening = 0, returns = 0;
        foreach (var replication in result.Replications)
        {
            for (int day = 1; day < scenario.Horizon.Days; day++)
            {
                opening += replication.ContactsAt(day * perDay, 0).Offered;
                next += replication.ContactsAt(day * perDay + 1, 0).Offered;
                returnsAtOpening += replication.ContactsAt(day * perDay, 0).Repeats;
                for (int i = 0; i < perDay; i++) returns += replication.ContactsAt(day * perDay + i, 0).Repeats;
            }
        }
        // The opening half hour plans 20 of the day's 940 first contacts (2.1 %); before, it took every overnight return
        // (about half of all returns) and carried several times the next half hour's volume.
        Assert.True(opening < next, $"offered in the opening half hour {opening}, in the next {next}");
        double share = (double)returnsAtOpening / returns;
        Assert.InRange(share, 0.005, 0.05);
    }

    [Fact]
    public void A_return_due_after_the_last_close_never_arrives()
    {
        var scenario = Bank(days: 1);
        var result = ExperimentRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken);
        foreach (var replication in result.Replications)
        {
            long offered = replication.Contacts.Sum(t => t.Offered);
            Assert.Equal(offered, replication.Contacts.Sum(t => t.Answered + t.Abandoned + t.UnansweredAtClose));
            Assert.Equal(replication.Arrivals, offered);
        }
    }
}
