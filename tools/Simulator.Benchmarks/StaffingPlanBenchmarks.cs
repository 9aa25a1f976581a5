using BenchmarkDotNet.Attributes;
using Simulator.Core.Analytics;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;

namespace Simulator.Benchmarks;

/// <summary>The whole <c>ccsim staff</c> computation for a round-the-clock week: 336 intervals × 2 contact types.</summary>
[MemoryDiagnoser]
public class StaffingPlanBenchmarks
{
    private Scenario _week = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        string Volumes() => string.Join(", ", Enumerable.Range(0, 336).Select(_ => random.Next(50, 2_001)));
        _week = ScenarioLoader.Parse($$"""
            name: Benchmark week
            horizon: { start: "00:00", end: "24:00", interval: 30m, days: 7 }
            serviceLevel: { target: 0.80, answerWithin: 20s }
            contactTypes:
              - { id: general, arrivals: { volumes: [{{Volumes()}}] }, handleTime: { mean: 300s }, patience: { mean: 180s } }
              - { id: cards, arrivals: { volumes: [{{Volumes()}}] }, handleTime: { mean: 300s }, patience: { mean: 240s } }
            agentGroups:
              - { id: everyone, agents: 500, shrinkage: 0.3, skills: [general, cards] }
            """, "benchmark.yaml");
    }

    [Benchmark(Description = "Staffing plan, Erlang C, 336 intervals × 2 contact types")]
    public int ErlangCPlan() => StaffingPlanner.Plan(_week, QueueModelKind.ErlangC).Intervals.Count;

    [Benchmark(Description = "Staffing plan, Erlang A, 336 intervals × 2 contact types")]
    public int ErlangAPlan() => StaffingPlanner.Plan(_week, QueueModelKind.ErlangA).Intervals.Count;
}
