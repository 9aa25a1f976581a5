using System.Globalization;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Simulation;

/// <summary>Round-the-clock, constant-rate scenarios where queueing theory holds in steady state.</summary>
internal static class SteadyState
{
    /// <param name="patienceSeconds">Mean exponential patience; null for callers who never hang up.</param>
    /// <param name="days">Round-the-clock days; the first is warm-up when there are several, else the first 2 hours.</param>
    public static Scenario Centre(int agents, double load, double? patienceSeconds, int replications = 10, int days = 1, double ahtSeconds = 300,
        long seed = 11)
    {
        string warmup = days > 1 ? "24h" : "2h";
        double ratePerHour = load * agents * 3_600 / ahtSeconds;
        string patience = patienceSeconds is double p ? $"\n    patience: {{ distribution: exponential, mean: {Invariant(p)}s }}" : "";
        return ScenarioLoader.Parse($$"""
            name: M/M/{{agents}} at {{Invariant(load)}}
            seed: {{seed}}
            replications: {{replications}}
            horizon: { start: "00:00", end: "24:00", interval: 1h, days: {{days}}, warmup: {{warmup}} }
            serviceLevel: { target: 0.8, answerWithin: 20s }
            contactTypes:
              - id: calls
                arrivals: { rate: {{Invariant(ratePerHour)}}/h }
                handleTime: { distribution: exponential, mean: {{Invariant(ahtSeconds)}}s }{{patience}}
            agentGroups:
              - { id: agents, agents: {{agents}}, skills: [calls] }
            """, "steady-state.yaml");
    }

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
