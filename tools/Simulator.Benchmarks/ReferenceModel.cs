using Simulator.Core.Scenarios;

namespace Simulator.Benchmarks;

/// <summary>
/// The kernel issue's reference model: one contact type, Poisson arrivals at 0.3/s, exponential
/// handle time 300 s and patience 600 s, 100 agents, FIFO, round-the-clock days.
/// </summary>
public static class ReferenceModel
{
    public static Scenario Create(int days, int replications = 1) => ScenarioLoader.Parse($$"""
        name: Reference M/M/100+M
        seed: 1
        replications: {{replications}}
        horizon: { start: "00:00", end: "24:00", interval: 30m, days: {{days}} }
        serviceLevel: { target: 0.8, answerWithin: 20s }
        contactTypes:
          - id: calls
            arrivals: { rate: 0.3/s }
            handleTime: { distribution: exponential, mean: 300s }
            patience: { distribution: exponential, mean: 600s }
        agentGroups:
          - { id: agents, agents: 100, skills: [calls] }
        """, "reference-model.yaml");
}
