using Simulator.Core.Analytics;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Planning;

/// <summary>Chat as `staff` plans it and as `run` simulates it: the same pool of chat places, the same occupancy.</summary>
public class ChatPlanningTests
{
    /// <summary>A steady day of chats (each 300 s, exponential) for agents holding up to three, after an hour's warm-up.</summary>
    private static Scenario Chats(int agents, double perHour, double slowdown, string? patience = null) => ScenarioLoader.Parse($$"""
        name: chat pool
        seed: 3
        replications: 12
        horizon: { start: "08:00", end: "20:00", interval: 1h, warmup: 1h }
        serviceLevel: { target: 0.8, answerWithin: 20s }
        contactTypes:
          - id: chat
            channel: chat
            concurrency: { max: 3, slowdown: {{slowdown.ToString(System.Globalization.CultureInfo.InvariantCulture)}} }
            arrivals: { rate: {{perHour.ToString(System.Globalization.CultureInfo.InvariantCulture)}}/h }
            handleTime: { distribution: exponential, mean: 300s }{{PatienceLine(patience)}}
        agentGroups:
          - { id: agents, agents: {{agents}}, skills: [chat] }
        """, "chat-pool.yaml");

    private static string PatienceLine(string? patience) => patience is null ? "" : $"\n    patience: {{ distribution: exponential, mean: {patience} }}";

    private static (StaffingRow Plan, PerKpi<KpiEstimate> Simulated) PlanAndRun(Scenario scenario, QueueModelKind kind)
    {
        var plan = StaffingPlanner.Plan(scenario, kind).Intervals[6];
        var run = ExperimentRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken);
        return (plan, run.Overall);
    }

    [Theory]
    [InlineData(10, 324, 0.0, null)]    // 27 Erlangs on 30 places: Erlang C with 30 servers
    [InlineData(14, 300, 0.25, null)]   // slowed: the birth–death pool (full, an agent finishes 3 / 1.5 = 2 chats per handle time)
    [InlineData(13, 320, 0.25, "120s")] // slowed, with abandonment
    public void Staff_predicts_the_service_level_and_occupancy_the_simulation_gives(int agents, double perHour, double slowdown, string? patience)
    {
        var kind = patience is null ? QueueModelKind.ErlangC : QueueModelKind.ErlangA;
        var (plan, simulated) = PlanAndRun(Chats(agents, perHour, slowdown, patience), kind);

        Assert.Equal(agents, plan.PlannedAvailableAgents);
        double serviceLevel = simulated[Kpi.ServiceLevel].Mean!.Value, occupancy = simulated[Kpi.Occupancy].Mean!.Value;
        var interval = simulated[Kpi.ServiceLevel];
        Assert.True(Math.Abs(plan.Planned.ServiceLevel - serviceLevel) < 0.04,
            $"staff {plan.Planned.ServiceLevel:F3}, simulation {serviceLevel:F3} [{interval.CiLow:F3}, {interval.CiHigh:F3}]");
        Assert.True(Math.Abs(plan.Planned.Occupancy - occupancy) < 0.02, $"staff occupancy {plan.Planned.Occupancy:F3}, simulation {occupancy:F3}");
    }

    [Fact]
    public void Simulated_chat_occupancy_is_used_places_over_available_places()
    {
        // 27 Erlangs of chats on 10 agents × 3 places, nobody abandons: every chat is carried, so 27 / 30 places are in use.
        var simulated = ExperimentRunner.Run(Chats(10, 324, 0), cancellationToken: TestContext.Current.CancellationToken).Overall;

        Assert.InRange(simulated[Kpi.Occupancy].Mean!.Value, 0.87, 0.93);
    }
}
