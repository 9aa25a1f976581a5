using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Simulation;

/// <summary>A day stopped before the horizon ends (a live centre quit mid-day) pays for the time until then, not for the whole day.</summary>
public class StoppedDayCostTests
{
    private static Scenario Bank() => ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml"));

    private static double Cost(ReplicationResult result, int interval, CostComponent component) => result.CostsIn(interval)[(int)component];

    [Fact]
    public void A_day_stopped_at_0850_pays_its_agents_until_0850_and_nothing_after()
    {
        var scenario = Bank();
        var whole = new Replication(scenario, 0).Run();
        var stopped = new Replication(scenario, 0);
        stopped.Start();
        stopped.RunUntil(50 * 60);

        var soFar = stopped.ResultSoFar();

        Assert.Equal(Cost(whole, 0, CostComponent.AgentHours), Cost(soFar, 0, CostComponent.AgentHours), 9);
        Assert.Equal(Cost(whole, 1, CostComponent.AgentHours) * 20 / 30, Cost(soFar, 1, CostComponent.AgentHours), 9);
        for (int i = 2; i < soFar.Intervals; i++) Assert.All(soFar.CostsIn(i).ToArray(), cost => Assert.Equal(0, cost, 9));
        Assert.True(soFar.Costs.Sum() < whole.Costs.Sum() / 10);
    }

    [Fact]
    public void Agents_added_by_hand_are_paid_only_for_the_time_they_were_there()
    {
        var scenario = Bank();
        var group = scenario.AgentGroups[0];
        var plain = new Replication(scenario, 0).Run();
        var stopped = new Replication(scenario, 0);
        stopped.Start();
        stopped.RunUntil(10 * 60);
        stopped.AddAgents(group.Id, 5);
        stopped.RunUntil(20 * 60);

        var soFar = stopped.ResultSoFar();

        double expected = Cost(plain, 0, CostComponent.AgentHours) * 20 / 30 + 5 * (10.0 / 60) * group.CostPerHour;
        Assert.Equal(expected, Cost(soFar, 0, CostComponent.AgentHours), 9);
    }

    [Fact]
    public void A_finished_day_keeps_every_cost()
    {
        var replication = new Replication(Bank(), 0);
        replication.Run();

        Assert.Same(replication.Result, replication.ResultSoFar());
    }
}
