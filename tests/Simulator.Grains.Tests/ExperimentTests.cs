using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Grains.Experiments;
using Simulator.Grains.Hosting;

namespace Simulator.Grains.Tests;

internal static class Experiments
{
    public static Scenario Bank(int replications) =>
        ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml")) with { Replications = replications };

    /// <summary>
    /// Every estimate of the result (overall, per interval, time of day, day, contact type, group, cost, training) and its pooled
    /// tallies, as text with doubles in round-trip form: equal fingerprints mean identical numbers.
    /// </summary>
    public static string Fingerprint(ExperimentResult result)
    {
        var text = new System.Text.StringBuilder();
        foreach (var set in new[] { [result.Overall], result.Intervals, result.TimeOfDay, result.Days, result.ContactTypes })
        {
            foreach (var kpis in set) text.AppendJoin(';', KpiCatalogue.All.Select(k => kpis[k.Kpi])).Append('\n');
        }
        text.AppendJoin(';', result.GroupOccupancy).Append('\n');
        text.AppendJoin(';', CostCatalogue.All.Select(c => result.CostBreakdown[c.Component])).Append('\n');
        text.AppendJoin(';', result.Training).Append('\n');
        for (int i = 0; i < result.Scenario.Horizon.TotalIntervals; i++)
        {
            for (int t = 0; t < result.Scenario.ContactTypes.Count; t++)
            {
                text.Append(result.PooledContactsAt(i, t).AnsweredWaitSeconds.ToString("R")).Append(';');
            }
        }
        return text.Append(result.Events).ToString();
    }
}

[Collection(ClusterCollection.Name)]
public class ExperimentTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Experiment_on_three_silos_equals_the_kernel_run_directly_and_spreads_over_silos()
    {
        var scenario = Experiments.Bank(replications: 24);
        var coordinator = new ExperimentCoordinator(fixture.Client);

        var onCluster = await coordinator.RunAsync(scenario, cancellationToken: TestContext.Current.CancellationToken);
        var direct = ExperimentRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Experiments.Fingerprint(direct), Experiments.Fingerprint(onCluster));
        Assert.True(coordinator.SilosUsed.Count > 1, $"all work ran on {string.Join(", ", coordinator.SilosUsed)}");
    }

    [Fact]
    public async Task Every_policy_mechanism_gives_the_same_numbers_on_the_cluster_as_directly()
    {
        // Bots, redials, repeats, chat concurrency, email backlog, shifts, overflow and priority routing, with costs;
        // and four days of a training programme on new hires, for the training savings and learning curve.
        var chatbot = ScenarioLoader.Load(RepositoryPaths.Scenario("bank-chatbot.yaml")) with { Replications = 6 };
        var training = ScenarioLoader.Load(RepositoryPaths.Scenario("bank-training.yaml"));
        training = training with { Replications = 3, Horizon = training.Horizon with { Days = 4 } };
        var coordinator = new ExperimentCoordinator(fixture.Client);

        foreach (var scenario in new[] { chatbot, training })
        {
            var onCluster = await coordinator.RunAsync(scenario, cancellationToken: TestContext.Current.CancellationToken);
            var direct = ExperimentRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken);

            Assert.Equal(Experiments.Fingerprint(direct), Experiments.Fingerprint(onCluster));
        }
    }

    [Fact]
    public async Task Experiment_on_the_embedded_silo_equals_the_three_silo_cluster()
    {
        var scenario = Experiments.Bank(replications: 6);
        await using var embedded = await EmbeddedSilo.StartAsync(TestContext.Current.CancellationToken);

        var single = await new ExperimentCoordinator(embedded.Client).RunAsync(scenario, cancellationToken: TestContext.Current.CancellationToken);
        var cluster = await new ExperimentCoordinator(fixture.Client).RunAsync(scenario, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Experiments.Fingerprint(single), Experiments.Fingerprint(cluster));
    }

    [Fact]
    public async Task Finished_replications_are_not_run_again_and_each_finish_is_reported()
    {
        var scenario = Experiments.Bank(replications: 5);
        var direct = ExperimentRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken);
        var reported = new System.Collections.Concurrent.ConcurrentBag<int>();

        var result = await new ExperimentCoordinator(fixture.Client).RunAsync(
            scenario, finished: [direct.Replications[0], direct.Replications[3]], onFinished: r => reported.Add(r.Replication),
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([1, 2, 4], reported.Order());
        Assert.Equal(Experiments.Fingerprint(direct), Experiments.Fingerprint(result));
    }
}
