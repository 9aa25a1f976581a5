using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Grains.Live;

namespace Simulator.Grains.Tests;

[Collection(LiveCollection.Name)]
public class LiveSnapshotTests(LiveClusterFixture fixture)
{
    [Fact]
    public async Task A_snapshot_crosses_the_wire_with_every_queue_group_and_figure_of_today()
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario("bank-multiskill.yaml"));
        var centre = fixture.Client.GetGrain<ICentreGrain>(Guid.NewGuid().ToString("N"));
        await centre.StartAsync(new LiveSettings(scenario, 0, 60, AutoTick: false));
        await centre.AddAgentsAsync("generalists", 3);
        fixture.Clock.Advance(TimeSpan.FromMinutes(3)); // 08:00–11:00
        var sent = await centre.TickAsync();
        var serializer = fixture.Client.ServiceProvider.GetRequiredService<Serializer>();

        var received = serializer.Deserialize<LiveSnapshot>(serializer.SerializeToArray(sent))!;

        Assert.Equal(scenario.ContactTypes.Select(t => t.Id), received.Centre.Queues.Select(q => q.ContactType));
        Assert.Contains(received.Centre.Queues, q => q.Waiting > 0);
        Assert.Equal(sent.Centre.Queues, received.Centre.Queues);
        Assert.Equal(sent.Centre.Groups, received.Centre.Groups);
        Assert.Equal(3, received.Centre.Groups.Single(g => g.Group == "generalists").AddedByHand);
        Assert.Equal(sent.Centre.Today, received.Centre.Today);
        Assert.True(received.Centre.Today.ServiceLevel is > 0 and < 1);
        Assert.Equal(sent.Centre with { Queues = [], Groups = [] }, received.Centre with { Queues = [], Groups = [] });
        Assert.Equal(sent.Playback, received.Playback);
        Assert.Equal((sent.Reason, sent.Sequence), (received.Reason, received.Sequence));
    }

    [Fact]
    public void The_agent_totals_of_a_status_are_the_sums_over_its_groups()
    {
        var status = CentreStatus.NotStarted with { Groups = [new GroupStatus("a", 10, 7, 3, 0), new GroupStatus("b", 4, 4, 0, 2)] };

        Assert.Equal((14, 11, 3), (status.AgentsLoggedOn, status.AgentsBusy, status.AgentsIdle));
    }
}
