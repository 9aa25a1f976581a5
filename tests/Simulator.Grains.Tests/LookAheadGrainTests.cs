using Simulator.Core.LookAhead;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Grains.Live;

namespace Simulator.Grains.Tests;

/// <summary>A live centre looks ahead through look-ahead grains spread over the cluster, and its own day does not move.</summary>
[Collection(LiveCollection.Name)]
public class LookAheadGrainTests(LiveClusterFixture fixture)
{
    private static Scenario Bank() => ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml"));

    private async Task<ICentreGrain> StartAsync(Scenario scenario)
    {
        var centre = fixture.Client.GetGrain<ICentreGrain>(Guid.NewGuid().ToString("N"));
        await centre.StartAsync(new LiveSettings(scenario, 0, double.PositiveInfinity, AutoTick: false));
        return centre;
    }

    [Fact]
    public async Task Look_aheads_at_several_instants_leave_the_live_day_bit_for_bit_as_it_was()
    {
        var scenario = Bank();
        var watched = await StartAsync(scenario);
        foreach (double instant in new[] { 1_800.0, 13_200, 25_800 })
        {
            await watched.AdvanceToAsync(instant);
            var look = await watched.LookAheadAsync(new LookAheadRequest
            {
                Replications = 6, Horizon = TimeSpan.FromHours(2), Actions = [CentreAction.AddAgents("generalists", 4)],
            });
            Assert.Equal(6, look.Replications);
        }
        await watched.RunToEndAsync();

        Assert.Equal(ReplicationResultCodec.ToJson(new Replication(scenario, 0).Run()), await watched.ResultAsync());
    }

    [Fact]
    public async Task The_grains_give_the_numbers_of_the_in_process_look_ahead()
    {
        var scenario = Bank();
        var centre = await StartAsync(scenario);
        await centre.AdvanceToAsync(3 * 3_600 + 40 * 60);
        var request = new LookAheadRequest { Replications = 5, Horizon = TimeSpan.FromHours(1), Actions = [CentreAction.AddAgents("generalists", 2)] };

        var viaGrains = await centre.LookAheadAsync(request);

        var local = new Replication(scenario, 0);
        local.Start();
        local.RunUntil(3 * 3_600 + 40 * 60);
        Assert.Equal(LookAheadCodec.ToJson(LookAheadRunner.Run(local, request)), LookAheadCodec.ToJson(viaGrains));
        Assert.Equal(TimeSpan.Parse("11:40", System.Globalization.CultureInfo.InvariantCulture), viaGrains.At);
    }

    [Fact]
    public async Task A_look_ahead_on_an_unknown_group_fails_with_a_message_that_names_the_groups()
    {
        var centre = await StartAsync(Bank());
        await centre.AdvanceToAsync(3_600);

        var e = await Assert.ThrowsAsync<ArgumentException>(() =>
            centre.LookAheadAsync(new LookAheadRequest { Replications = 2, Actions = [CentreAction.AddAgents("nobody", 1)] }));
        Assert.Contains("no agent group 'nobody'", e.Message);
    }
}
