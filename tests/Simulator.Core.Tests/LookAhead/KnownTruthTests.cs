using Simulator.Core.LookAhead;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.LookAhead;

/// <summary>
/// Look-aheads checked against the truth on days simulated from a known model (Erlang A: Poisson arrivals, exponential work and patience, so
/// the conditional draws are exact): each day is a live replication, forked at 10:00; what the day then realises is the truth.
/// </summary>
public class KnownTruthTests(ITestOutputHelper output)
{
    /// <summary>39 forks: the 2.5 % and 97.5 % plotting positions fall on the lowest and highest fork, so the interval is exact for a new draw.</summary>
    private const int Forks = 39;

    private const double ForkAt = 2 * 3_600;

    /// <summary>Days enough for the suite (about 140 interval cases per KPI); tools/Simulator.Benchmarks runs the long version (docs/performance.md).</summary>
    private const int Days = 20;

    private static Scenario ErlangA() => ScenarioLoader.Parse("""
        name: Erlang A day
        seed: 2024
        horizon: { start: "08:00", end: "13:00", interval: 15m, days: 1 }
        serviceLevel: { target: 0.8, answerWithin: 20s }
        contactTypes:
          - id: calls
            arrivals: { rate: 6/m }
            handleTime: { distribution: exponential, mean: 240s }
            patience: { distribution: exponential, mean: 300s }
        agentGroups:
          - { id: agents, agents: 24, skills: [calls] }
        """, "erlang-a.yaml");

    private static readonly Kpi[] Covered = [Kpi.AverageSpeedOfAnswerSeconds, Kpi.MeanQueueLength, Kpi.ServiceLevel];

    [Theory]
    [InlineData(ResidualTimes.Conditional)]
    [InlineData(ResidualTimes.Known)]
    public void The_look_aheads_95_percent_intervals_cover_the_realised_interval_kpis_95_percent_of_the_time(ResidualTimes residuals)
    {
        var model = CentreModel.Compile(ErlangA());
        var request = new LookAheadRequest { Replications = Forks, Horizon = TimeSpan.FromHours(2), Residuals = residuals };
        var covered = Covered.ToDictionary(k => k, _ => 0);
        int cases = 0;
        for (int day = 0; day < Days; day++)
        {
            var live = new Replication(model, day);
            live.Start();
            live.RunUntil(ForkAt);
            var look = LookAheadRunner.Run(live, request with { Seed = 1_000 + day });
            live.RunUntil(double.PositiveInfinity);
            foreach (var interval in look.Intervals.Skip(1)) // the interval now falls in is partly past, and in every fork alike
            {
                var realised = LookAheadKpis.Of(model, live.Result, interval.Interval, interval.Interval);
                cases++;
                foreach (var kpi in Covered)
                {
                    if (interval.Kpis[KpiCatalogue.Of(kpi).Name].Covers(realised[kpi])) covered[kpi]++;
                }
            }
        }
        foreach (var kpi in Covered)
        {
            double share = (double)covered[kpi] / cases;
            output.WriteLine($"{kpi}: {share:P1} of {cases}");
            Assert.InRange(share, 0.92, 0.98);
        }
    }

    [Fact]
    public void An_action_taken_in_the_live_centre_gives_a_realised_effect_within_the_look_aheads_interval_in_proportion()
    {
        var model = CentreModel.Compile(ErlangA());
        var action = CentreAction.AddAgents("agents", 3);
        var request = new LookAheadRequest { Replications = Forks, Horizon = TimeSpan.FromHours(2), Actions = [action] };
        string[] kpis = [KpiCatalogue.Of(Kpi.ServiceLevel).Name, KpiCatalogue.Of(Kpi.AverageSpeedOfAnswerSeconds).Name];
        int days = 16, covered = 0, cases = 0;
        double predicted = 0, realised = 0;
        for (int day = 0; day < days; day++)
        {
            var without = new Replication(model, day);
            var with = new Replication(model, day);
            without.Start();
            with.Start();
            without.RunUntil(ForkAt);
            with.RunUntil(ForkAt);
            var look = LookAheadRunner.Run(with, request with { Seed = 7_000 + day });
            with.AddAgents("agents", 3);
            without.RunUntil(double.PositiveInfinity);
            with.RunUntil(double.PositiveInfinity);
            var effect = look.Actions.Single().Window;
            int first = look.Intervals[0].Interval, last = look.Intervals[^1].Interval;
            var (before, after) = (LookAheadKpis.Of(model, without.Result, first, last), LookAheadKpis.Of(model, with.Result, first, last));
            foreach (string name in kpis)
            {
                var kpi = KpiCatalogue.All.Single(k => k.Name == name).Kpi;
                cases++;
                if (effect[name].Covers(after[kpi] - before[kpi])) covered++;
            }
            predicted += effect[kpis[0]].Mean!.Value;
            realised += after[Kpi.ServiceLevel] - before[Kpi.ServiceLevel];
        }
        output.WriteLine($"covered {covered} of {cases}; service level effect predicted {predicted / days:0.000}, realised {realised / days:0.000}");
        Assert.InRange((double)covered / cases, 0.88, 1.0);
        Assert.True(predicted > 0 && realised > 0, "three more agents raise service level, as predicted");
        Assert.InRange(realised / predicted, 0.7, 1.3);
    }
}
