using System.Diagnostics;
using System.Globalization;
using Simulator.Core.LookAhead;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Benchmarks;

/// <summary>
/// Look-ahead speed: a 500-agent voice centre at 95 % load (08:00–20:00, half hours) is run live to 10:00, then looked ahead 4 hours with 100
/// replications on --parallelism cores (default 2), --repeat times (the first is warm-up); prints each time and the median. With
/// --actions N it evaluates N actions too (each a fork per replication). <c>look-ahead-coverage</c> is the long version of the known-truth test:
/// --days days of an Erlang A centre forked at 10:00, the share of realised interval KPIs inside the look-ahead's 95 % intervals.
/// </summary>
public static class LookAheadHarness
{
    public static int Run(string[] args)
    {
        int agents = HarnessOptions.Whole(args, "--agents", 500);
        int replications = HarnessOptions.Whole(args, "--replications", 100);
        int parallelism = HarnessOptions.Whole(args, "--parallelism", 2);
        int repeat = HarnessOptions.Whole(args, "--repeat", 6);
        int actions = HarnessOptions.Whole(args, "--actions", 0);
        double hours = HarnessOptions.Number(args, "--hours", 4);
        var scenario = ScenarioLoader.Parse($$"""
            name: look-ahead benchmark
            seed: 7
            horizon: { start: "08:00", end: "20:00", interval: 30m, days: 1 }
            serviceLevel: { target: 0.8, answerWithin: 20s }
            contactTypes:
              - id: calls
                arrivals: { rate: {{(0.95 * agents / 300).ToString(CultureInfo.InvariantCulture)}}/s }
                handleTime: { distribution: exponential, mean: 300s }
                patience: { distribution: exponential, mean: 300s }
            agentGroups:
              - { id: agents, agents: {{agents}}, skills: [calls] }
            """, "look-ahead-benchmark.yaml");
        var live = new Replication(scenario, 0);
        live.Start();
        live.RunUntil(2 * 3_600);
        var request = new LookAheadRequest
        {
            Replications = replications, Horizon = TimeSpan.FromHours(hours),
            Actions = [.. Enumerable.Range(1, actions).Select(a => CentreAction.AddAgents("agents", a))],
        };
        var times = new List<double>();
        var cpuTimes = new List<double>();
        long events = 0;
        for (int k = 0; k < repeat; k++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var state = live.Capture();
            var plan = LookAheadPlan.Create(live.Model, state, request);
            var outcomes = new ForkOutcome[replications];
            Parallel.For(0, replications, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, r => outcomes[r] = plan.Run(r));
            var result = plan.Summarise(outcomes);
            watch.Stop();
            double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            cpuTimes.Add(cpuSeconds);
            events = outcomes.Sum(o => o.Baseline.Events - state.SoFar.Events + o.Actions.Sum(a => a.Events - state.SoFar.Events));
            Console.WriteLine($"run {k}: {watch.Elapsed.TotalMilliseconds:0} ms wall, {cpuSeconds:0.00} s CPU ({events / cpuSeconds / 1e6:0.0} M events per " +
                $"CPU second; day service level {result.WholeDay["serviceLevel"].Mean:0.000})");
            if (k > 0) times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var cpuAfterWarmUp = cpuTimes.Skip(1).Order().ToList();
        Console.WriteLine($"{agents} agents, {replications} replications × {hours} h (+ one half hour run on), {actions} action(s), {parallelism} core(s): " +
            $"median {times[times.Count / 2]:0} ms wall, {cpuAfterWarmUp[cpuAfterWarmUp.Count / 2]:0.00} s CPU over {times.Count} runs after warm-up " +
            $"(a machine shared with other work: CPU ÷ cores is the wall time on cores of its own); {events / 1e6:0.0} M events per look-ahead");
        return 0;
    }

    public static int Coverage(string[] args)
    {
        int days = HarnessOptions.Whole(args, "--days", 400);
        int forks = HarnessOptions.Whole(args, "--replications", 39);
        var model = CentreModel.Compile(ScenarioLoader.Parse("""
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
            """, "erlang-a.yaml"));
        Kpi[] kpis = [Kpi.ServiceLevel, Kpi.AbandonmentRate, Kpi.AverageSpeedOfAnswerSeconds, Kpi.MeanQueueLength];
        foreach (var residuals in new[] { ResidualTimes.Conditional, ResidualTimes.Known })
        {
            var covered = new int[kpis.Length];
            var meanCovered = new int[kpis.Length];
            int cases = 0;
            var request = new LookAheadRequest { Replications = forks, Horizon = TimeSpan.FromHours(2), Residuals = residuals };
            for (int day = 0; day < days; day++)
            {
                var live = new Replication(model, day);
                live.Start();
                live.RunUntil(2 * 3_600);
                var look = LookAheadRunner.Run(live, request with { Seed = 1_000 + day });
                live.RunUntil(double.PositiveInfinity);
                foreach (var interval in look.Intervals.Skip(1))
                {
                    var realised = LookAheadKpis.Of(model, live.Result, interval.Interval, interval.Interval);
                    cases++;
                    for (int k = 0; k < kpis.Length; k++)
                    {
                        var forecast = interval.Kpis[KpiCatalogue.Of(kpis[k]).Name];
                        if (forecast.Covers(realised[kpis[k]])) covered[k]++;
                        if (realised[kpis[k]] >= forecast.CiLow && realised[kpis[k]] <= forecast.CiHigh) meanCovered[k]++;
                    }
                }
            }
            for (int k = 0; k < kpis.Length; k++)
            {
                Console.WriteLine($"{residuals,-11} {kpis[k],-28} prediction interval covers {100.0 * covered[k] / cases:0.0} % of {cases}; the mean's " +
                    $"confidence interval {100.0 * meanCovered[k] / cases:0.0} %");
            }
        }
        return 0;
    }
}
