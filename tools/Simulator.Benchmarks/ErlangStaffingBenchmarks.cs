using BenchmarkDotNet.Attributes;
using Simulator.Core.Analytics;

namespace Simulator.Benchmarks;

/// <summary>
/// Issue targets: staffing a week of 336 half-hour intervals (50–2,000 contacts each, AHT 300 s) in
/// under 1 ms in total, and one interval of 50,000 contacts well under a millisecond.
/// </summary>
[MemoryDiagnoser]
public class ErlangStaffingBenchmarks
{
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan HandleTime = TimeSpan.FromSeconds(300);
    private static readonly ServiceLevelGoal Goal = new(0.80, TimeSpan.FromSeconds(20));

    private IntervalWorkload[] _week = [];

    [GlobalSetup]
    public void Setup()
    {
        // A fixed pseudo-random week: every volume from 50 to 2,000 contacts is equally likely.
        var random = new Random(336);
        _week = Enumerable.Range(0, 7 * 48)
            .Select(_ => new IntervalWorkload(random.Next(50, 2_001), HalfHour, HandleTime, TimeSpan.FromSeconds(180)))
            .ToArray();
    }

    [Benchmark(Description = "Erlang C: required agents for a week of 336 intervals")]
    public int ErlangCWeek()
    {
        int total = 0;
        foreach (var workload in _week) total += new ErlangC(workload).RequiredAgents(Goal);
        return total;
    }

    [Benchmark(Description = "Erlang A: required agents for a week of 336 intervals")]
    public int ErlangAWeek()
    {
        int total = 0;
        foreach (var workload in _week) total += new ErlangA(workload).RequiredAgents(Goal);
        return total;
    }

    [Benchmark(Description = "Erlang C: one interval of 50,000 contacts")]
    public int ErlangCFiftyThousand() =>
        new ErlangC(new IntervalWorkload(50_000, HalfHour, HandleTime)).RequiredAgents(Goal);

    [Benchmark(Description = "Erlang A: one interval of 50,000 contacts")]
    public int ErlangAFiftyThousand() =>
        new ErlangA(new IntervalWorkload(50_000, HalfHour, HandleTime, TimeSpan.FromSeconds(180))).RequiredAgents(Goal);

    [Benchmark(Description = "Erlang C: evaluate 7 staffing levels around the answer (the erlang table)")]
    public double ErlangCNeighbourhood()
    {
        var model = new ErlangC(new IntervalWorkload(1_000, HalfHour, HandleTime));
        return StaffingCalculator.Recommend(model, Goal, 0.3, neighbourhood: 3).Performance.ServiceLevel;
    }
}
