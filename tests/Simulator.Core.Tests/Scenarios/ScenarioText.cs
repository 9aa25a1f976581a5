namespace Simulator.Core.Tests.Scenarios;

/// <summary>A small valid scenario, and the repository's example files, for loader tests.</summary>
internal static class ScenarioText
{
    public const string Valid = """
        name: Test centre
        seed: 7
        replications: 5
        horizon: { start: "09:00", end: "11:00", interval: 30m, days: 1 }
        serviceLevel: { target: 0.80, answerWithin: 20s }
        contactTypes:
          - id: general
            channel: voice
            arrivals: { volumes: [100, 120, 140, 90] }
            handleTime: { distribution: exponential, mean: 180s }
            patience: { distribution: exponential, mean: 300s }
          - id: sales
            arrivals: { rate: 0.01/s }
            handleTime: { distribution: lognormal, mean: 4m, cv: 0.8 }
        agentGroups:
          - id: team
            agents: 20
            shrinkage: 0.30
            costPerHour: 25
            skills: [general, sales]
        """;
}
