using System.Text;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Simulation;

public class KernelBehaviourTests
{
    private static ExperimentResult Run(Scenario scenario, int? parallelism = null) =>
        ExperimentRunner.Run(scenario, parallelism, cancellationToken: TestContext.Current.CancellationToken);

    private static Scenario Bank() => ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml"));

    private sealed class Recorder : IContactObserver
    {
        public List<(int Type, double Time, double Handle, double WrapUp, double Patience)> Contacts { get; } = [];

        public void Arrived(int contactType, double time, double handleSeconds, double wrapUpSeconds, double patienceSeconds) =>
            Contacts.Add((contactType, time, handleSeconds, wrapUpSeconds, patienceSeconds));
    }

    [Fact]
    public void Every_offered_contact_is_answered_abandoned_or_still_waiting_at_close()
    {
        foreach (var replication in Run(Bank()).Replications)
        {
            for (int i = 0; i < replication.Intervals; i++)
            {
                for (int t = 0; t < replication.ContactTypes; t++)
                {
                    var tally = replication.ContactsAt(i, t);
                    Assert.Equal(tally.Offered, tally.Answered + tally.Abandoned + tally.UnansweredAtClose);
                }
            }
        }
    }

    [Fact]
    public void Littles_law_holds_on_simulated_output()
    {
        // Time-average queue length = arrival rate × mean time in queue (answered and abandoned alike).
        var scenario = SteadyState.Centre(agents: 50, load: 0.95, patienceSeconds: 300, replications: 4, days: 3);

        foreach (var replication in Run(scenario).Replications)
        {
            var contacts = new ContactTally();
            var time = new TimeTally();
            for (int i = 0; i < replication.Intervals; i++)
            {
                contacts.Add(replication.ContactsAt(i, 0));
                time.Add(replication.CentreTimeAt(i));
            }
            double meanQueue = time.QueueSeconds / time.Seconds;
            double arrivalRate = contacts.Offered / time.Seconds;
            double meanWait = contacts.AllWaitSeconds / (contacts.Answered + contacts.Abandoned);
            Assert.Equal(meanQueue, arrivalRate * meanWait, meanQueue * 0.02);
        }
    }

    [Fact]
    public void Same_seed_gives_identical_results_and_parallel_equals_sequential()
    {
        var scenario = Bank();

        var parallel = Run(scenario);
        var again = Run(scenario);
        var sequential = Run(scenario, parallelism: 1);

        Assert.Equal(Fingerprint(parallel), Fingerprint(again));
        Assert.Equal(Fingerprint(parallel), Fingerprint(sequential));
        Assert.NotEqual(Fingerprint(parallel), Fingerprint(Run(scenario with { Seed = scenario.Seed + 1 })));
    }

    [Fact]
    public void Replications_differ_from_each_other()
    {
        var replications = Run(Bank()).Replications;

        Assert.NotEqual(replications[0].Arrivals, replications[1].Arrivals);
    }

    [Fact]
    public void One_more_agent_sees_the_same_customers_and_never_a_lower_service_level()
    {
        var scenario = SteadyState.Centre(agents: 20, load: 0.95, patienceSeconds: 240, replications: 8, days: 1);
        var plusOne = scenario with
        {
            AgentGroups = [scenario.AgentGroups[0] with { Agents = StaffingLevels.Constant(21) }],
        };

        for (int r = 0; r < scenario.Replications; r++)
        {
            var before = new Recorder();
            var after = new Recorder();
            var baseline = new Replication(scenario, r, before).Run();
            var improved = new Replication(plusOne, r, after).Run();

            Assert.Equal(before.Contacts, after.Contacts);
            double Level(ReplicationResult result) =>
                Enumerable.Range(0, result.Intervals).Sum(i => (double)result.ContactsAt(i, 0).AnsweredWithinThreshold) /
                Enumerable.Range(0, result.Intervals).Sum(i => (double)result.ContactsAt(i, 0).Offered);
            Assert.True(Level(improved) >= Level(baseline), $"replication {r}: {Level(improved)} < {Level(baseline)}");
        }
    }

    [Fact]
    public void Warm_up_contacts_and_time_are_left_out()
    {
        var scenario = SteadyState.Centre(agents: 10, load: 0.8, patienceSeconds: null, replications: 1);
        var recorder = new Recorder();

        var result = new Replication(scenario, 0, recorder).Run();

        long counted = Enumerable.Range(0, result.Intervals).Sum(i => result.ContactsAt(i, 0).Offered);
        Assert.Equal(recorder.Contacts.Count(c => c.Time >= 2 * 3_600), counted);
        Assert.Equal(0, result.CentreTimeAt(0).Seconds);
        Assert.Equal(3_600, result.CentreTimeAt(2).Seconds, 6);
    }

    [Fact]
    public void The_day_closes_at_the_end_of_opening_hours_and_callers_still_waiting_are_counted()
    {
        // Far too few agents: a queue is left at 10:00 each day, and each day starts empty.
        var scenario = ScenarioLoader.Parse("""
            name: Short-staffed mornings
            seed: 3
            replications: 2
            horizon: { start: "08:00", end: "10:00", interval: 30m, days: 2 }
            serviceLevel: { target: 0.8, answerWithin: 20s }
            contactTypes:
              - { id: calls, arrivals: { volumes: [100, 100, 100, 100] }, handleTime: { mean: 300s } }
            agentGroups:
              - { id: team, agents: 5, skills: [calls] }
            """, "mornings.yaml");

        var result = Run(scenario);

        foreach (var replication in result.Replications)
        {
            Assert.True(replication.ContactsAt(3, 0).UnansweredAtClose > 0);
            Assert.True(replication.ContactsAt(7, 0).UnansweredAtClose > 0);
            // The second day opens with an empty queue: its first interval answers as many as the first day's.
            Assert.InRange(replication.ContactsAt(4, 0).Answered, replication.ContactsAt(0, 0).Answered - 15, replication.ContactsAt(0, 0).Answered + 15);
        }
        Assert.True(result.Overall[Kpi.UnansweredAtClose].Mean > 0);
    }

    [Fact]
    public void Agents_log_on_and_off_with_the_plan_and_shrinkage_removes_capacity()
    {
        var scenario = ScenarioLoader.Parse("""
            name: Plan
            seed: 5
            replications: 3
            horizon: { start: "08:00", end: "10:00", interval: 30m }
            serviceLevel: { target: 0.8, answerWithin: 20s }
            contactTypes:
              - { id: calls, arrivals: { volumes: [100, 100, 100, 100] }, handleTime: { mean: 180s } }
            agentGroups:
              - { id: team, agents: [10, 40, 10, 40], shrinkage: 0.5, skills: [calls] }
            """, "plan.yaml");

        var replication = Run(scenario).Replications[0];

        // Capacity follows the plan after shrinkage: 5, 20, 5, 20 agents on the phones.
        double Available(int interval) => replication.CentreTimeAt(interval).AvailableAgentSeconds / 1_800;
        Assert.Equal(5, Available(0), 6);
        Assert.Equal(20, Available(1), 6);
        Assert.InRange(Available(2), 5, 20); // busy agents finish their contact before logging off
        Assert.Equal(20, Available(3), 6);
        Assert.True(replication.ContactsAt(1, 0).AnsweredWithinThreshold > replication.ContactsAt(0, 0).AnsweredWithinThreshold);
    }

    [Fact]
    public void Agents_serve_only_their_skills_and_the_longest_waiting_contact_first()
    {
        var scenario = ScenarioLoader.Parse("""
            name: Two queues
            seed: 9
            replications: 2
            horizon: { start: "08:00", end: "12:00", interval: 1h }
            serviceLevel: { target: 0.8, answerWithin: 20s }
            contactTypes:
              - { id: sales, arrivals: { rate: 60/h }, handleTime: { mean: 120s } }
              - { id: service, arrivals: { rate: 60/h }, handleTime: { mean: 120s } }
            agentGroups:
              - { id: sales-team, agents: 3, skills: [sales] }
            """.Replace("- { id: sales-team, agents: 3, skills: [sales] }",
                "- { id: sales-team, agents: 3, skills: [sales] }\n  - { id: service-team, agents: 0, skills: [service] }"), "two-queues.yaml");

        var replication = Run(scenario).Replications[0];

        long serviceAnswered = Enumerable.Range(0, replication.Intervals).Sum(i => replication.ContactsAt(i, 1).Answered);
        long salesAnswered = Enumerable.Range(0, replication.Intervals).Sum(i => replication.ContactsAt(i, 0).Answered);
        Assert.Equal(0, serviceAnswered);
        Assert.True(salesAnswered > 150);
    }

    [Theory]
    [InlineData("exponential", 300, null)]
    [InlineData("lognormal", 300, 0.8)]
    [InlineData("gamma", 300, 0.5)]
    [InlineData("constant", 300, null)]
    public void Handle_times_have_the_mean_and_variation_asked_for(string family, double mean, double? cv)
    {
        var scenario = ScenarioLoader.Parse($$"""
            name: Durations
            horizon: { start: "00:00", end: "24:00", interval: 1h, days: 5 }
            serviceLevel: { target: 0.8, answerWithin: 20s }
            contactTypes:
              - id: calls
                arrivals: { rate: 0.5/s }
                handleTime: { distribution: {{family}}, mean: {{mean}}s{{(cv is null ? "" : $", cv: {cv}")}} }
            agentGroups:
              - { id: team, agents: 500, skills: [calls] }
            """, "durations.yaml");
        var recorder = new Recorder();

        new Replication(scenario, 0, recorder).Run();

        var handles = recorder.Contacts.Select(c => c.Handle).ToArray();
        double sampleMean = handles.Average();
        double sampleCv = Math.Sqrt(handles.Sum(h => (h - sampleMean) * (h - sampleMean)) / (handles.Length - 1)) / sampleMean;
        Assert.Equal(mean, sampleMean, mean * 0.01);
        Assert.Equal(cv ?? (family == "constant" ? 0 : 1), sampleCv, 0.02);
    }

    [Fact]
    public void Empirical_durations_are_drawn_from_the_listed_values()
    {
        var scenario = ScenarioLoader.Parse("""
            name: Empirical
            horizon: { start: "00:00", end: "24:00", interval: 1h }
            serviceLevel: { target: 0.8, answerWithin: 20s }
            contactTypes:
              - { id: calls, arrivals: { rate: 0.2/s }, handleTime: { distribution: empirical, values: [60s, 120s, 600s] } }
            agentGroups:
              - { id: team, agents: 200, skills: [calls] }
            """, "empirical.yaml");
        var recorder = new Recorder();

        new Replication(scenario, 0, recorder).Run();

        var counts = recorder.Contacts.GroupBy(c => c.Handle).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal([60.0, 120.0, 600.0], counts.Keys.Order());
        Assert.All(counts.Values, n => Assert.InRange(n, recorder.Contacts.Count / 3 * 0.9, recorder.Contacts.Count / 3 * 1.1));
    }

    [Fact]
    public void Volumes_per_interval_are_met_on_average()
    {
        var scenario = Bank() with { Replications = 40 };
        var result = Run(scenario);

        for (int i = 0; i < scenario.Horizon.IntervalsPerDay; i++)
        {
            double expected = scenario.ContactTypes.Sum(t => t.Arrivals.VolumeIn(i, scenario.Horizon));
            var offered = result.Intervals[i][Kpi.Offered];
            Assert.InRange(expected, offered.CiLow!.Value - 3, offered.CiHigh!.Value + 3);
        }
    }

    private static string Fingerprint(ExperimentResult result)
    {
        var text = new StringBuilder();
        foreach (var replication in result.Replications)
        {
            foreach (var tally in replication.Contacts) text.Append(tally.Answered).Append(',').Append(tally.AnsweredWaitSeconds.ToString("R")).Append(';');
            foreach (var tally in replication.Time) text.Append(tally.BusyAgentSeconds.ToString("R")).Append(';');
        }
        return text.ToString();
    }
}
