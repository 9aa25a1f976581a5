using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Simulator.Core.Scenarios;
using Simulator.Grains.Experiments;
using Simulator.Grains.Live;

namespace Simulator.Grains.Tests;

/// <summary>A scenario reaches silos as the model itself: whole between processes, untouched within one.</summary>
[Collection(ClusterCollection.Name)]
public class ScenarioWireTests(ClusterFixture fixture)
{
    public static TheoryData<string> ExampleFiles() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root(), "scenarios"), "*.yaml").Select(path => Path.GetFileName(path)).Order()];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Every_example_and_variant_crosses_the_wire_equal(string file)
    {
        var serializer = fixture.Client.ServiceProvider.GetRequiredService<Serializer>();
        var loaded = ScenarioLoader.LoadWithVariants(RepositoryPaths.Scenario(file));

        foreach (var scenario in loaded.Variants.Select(v => v.Scenario).Prepend(loaded.Base))
        {
            var request = new ReplicationRequest(scenario, ScenarioJson.Fingerprint(scenario), 3);

            var arrived = serializer.Deserialize<ReplicationRequest>(serializer.SerializeToArray(request));

            Assert.Equal(request, arrived);
            var live = new LiveSettings(scenario, 0, 60, AutoTick: false);
            Assert.Equal(scenario, serializer.Deserialize<LiveSettings>(serializer.SerializeToArray(live))!.Scenario);
        }
    }

    [Fact]
    public void Within_one_process_a_request_passes_its_scenario_without_a_copy()
    {
        var copier = fixture.Client.ServiceProvider.GetRequiredService<DeepCopier>();
        var scenario = Experiments.Bank(replications: 2);
        var request = new ReplicationRequest(scenario, ScenarioJson.Fingerprint(scenario), 0);

        Assert.Same(request.Scenario, copier.Copy(request).Scenario);
    }

    [Fact]
    public void A_silo_keeps_one_scenario_per_fingerprint()
    {
        var cache = new ScenarioCache();
        var scenario = Experiments.Bank(replications: 2);
        var sameAgain = Experiments.Bank(replications: 2);
        var other = scenario with { Seed = 9 };

        var first = cache.Get(ScenarioJson.Fingerprint(scenario), scenario);

        Assert.Same(first, cache.Get(ScenarioJson.Fingerprint(sameAgain), sameAgain));
        Assert.Same(scenario, first.Scenario);
        Assert.NotSame(first, cache.Get(ScenarioJson.Fingerprint(other), other));
    }
}
