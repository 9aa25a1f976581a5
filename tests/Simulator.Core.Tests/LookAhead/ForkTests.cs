using Simulator.Core.LookAhead;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.LookAhead;

/// <summary>Capturing a centre's state leaves the centre as it was, and a fork resumed from the state starts where the centre stands.</summary>
public class ForkTests
{
    private static readonly double[] Instants = [30 * 60, 3 * 3_600 + 40 * 60, 7 * 3_600 + 10 * 60];

    private static Scenario Example(string file) => ScenarioLoader.Load(RepositoryPaths.Scenario(file));

    [Theory]
    [InlineData("retail-bank-weekday.yaml")]
    [InlineData("bank-chatbot.yaml")]
    [InlineData("bank-multiskill.yaml")]
    public void A_live_day_is_bit_for_bit_the_same_with_and_without_look_aheads_at_several_instants(string file)
    {
        var scenario = Example(file);
        var plain = new Replication(scenario, 3).Run();
        var watched = new Replication(scenario, 3);
        watched.Start();
        foreach (double instant in Instants)
        {
            watched.RunUntil(instant);
            var group = scenario.AgentGroups[0].Id;
            LookAheadRunner.Run(watched, new LookAheadRequest { Replications = 4, Actions = [CentreAction.AddAgents(group, 3)] });
            LookAheadRunner.Run(watched, new LookAheadRequest { Replications = 2, Residuals = ResidualTimes.Known, Horizon = TimeSpan.FromHours(1) });
        }
        watched.RunUntil(double.PositiveInfinity);

        Assert.Equal(ReplicationResultCodec.ToJson(plain), ReplicationResultCodec.ToJson(watched.Result));
    }

    [Theory]
    [InlineData("retail-bank-weekday.yaml", ResidualTimes.Known)]
    [InlineData("bank-chatbot.yaml", ResidualTimes.Conditional)]
    [InlineData("bank-multiskill.yaml", ResidualTimes.Conditional)]
    public void A_fork_starts_with_the_queues_agents_and_tallies_of_the_centre_it_was_taken_from(string file, ResidualTimes residuals)
    {
        var scenario = Example(file);
        var live = new Replication(scenario, 1);
        live.Start();
        live.RunUntil(3 * 3_600 + 40 * 60);

        var state = live.Capture();
        var fork = Replication.Resume(live.Model, state, seed: 99, replication: 0, residuals);

        var (a, b) = (live.Status(), fork.Status());
        Assert.Equal(a.Time, b.Time);
        Assert.Equal(a.Queues.Select(q => (q.Waiting, q.LongestWaitSeconds, q.BotOn)), b.Queues.Select(q => (q.Waiting, q.LongestWaitSeconds, q.BotOn)));
        Assert.Equal(a.Groups, b.Groups);
        Assert.Equal(a.Today, b.Today);
        Assert.True(a.Queues.Sum(q => q.Waiting) + a.Groups.Sum(g => g.Busy) > 0, "the instant chosen has work in progress to carry over");
    }

    [Fact]
    public void A_fork_of_the_state_before_the_first_event_with_the_scenarios_own_streams_replays_the_day_exactly()
    {
        var scenario = Example("bank-multiskill.yaml");
        var live = new Replication(scenario, 2);
        live.Start();
        var fork = Replication.Resume(live.Model, live.Capture(), scenario.Seed, 2, ResidualTimes.Known);

        Assert.Equal(ReplicationResultCodec.ToJson(new Replication(scenario, 2).Run()), ReplicationResultCodec.ToJson(fork.Run()));
    }

    [Fact]
    public void The_same_seed_gives_the_same_look_ahead_and_a_state_survives_its_json_to_the_last_bit()
    {
        var live = new Replication(Example("retail-bank-weekday.yaml"), 0);
        live.Start();
        live.RunUntil(4 * 3_600);
        var state = live.Capture();
        var request = new LookAheadRequest { Replications = 3, Horizon = TimeSpan.FromHours(1), Seed = 5 };

        var once = LookAheadRunner.Run(live.Model, state, request);
        var again = LookAheadRunner.Run(live.Model, CentreState.FromJson(state.ToJson()), request, maxParallelism: 1);

        Assert.Equal(LookAheadCodec.ToJson(once), LookAheadCodec.ToJson(again));
        Assert.Equal(state.ToJson(), CentreState.FromJson(state.ToJson()).ToJson());
    }
}
