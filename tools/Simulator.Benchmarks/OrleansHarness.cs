using System.Diagnostics;
using System.Globalization;
using Simulator.Core.Simulation;
using Simulator.Grains.Experiments;
using Simulator.Grains.Hosting;

namespace Simulator.Benchmarks;

/// <summary>
/// The cost of running an experiment through Orleans rather than calling the kernel directly: the
/// same replications of the reference model, on all cores both ways, best of several runs; the
/// embedded silo's start-up is measured apart, since a planner pays it once per command.
/// </summary>
public static class OrleansHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        int replications = HarnessOptions.Whole(args, "--replications", 200);
        int days = HarnessOptions.Whole(args, "--days", 1);
        int repeat = HarnessOptions.Whole(args, "--repeat", 11);
        var scenario = ReferenceModel.Create(days, replications);

        var startClock = Stopwatch.StartNew();
        await using var silo = await EmbeddedSilo.StartAsync();
        var startUp = startClock.Elapsed;
        var coordinator = new ExperimentCoordinator(silo.Client);

        // Warm both paths (JIT, tiering, grain type loading) before timing.
        ExperimentRunner.Run(scenario);
        await coordinator.RunAsync(scenario);

        // Interleaved, so drifts in machine load hit both alike; medians, since a 2-core machine is noisy.
        var direct = new List<double>();
        var orleans = new List<double>();
        long events = 0;
        for (int i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            events = ExperimentRunner.Run(scenario).Events;
            direct.Add(clock.Elapsed.TotalSeconds);
            clock.Restart();
            var result = await coordinator.RunAsync(scenario);
            orleans.Add(clock.Elapsed.TotalSeconds);
            if (result.Events != events) throw new InvalidOperationException("Orleans and the direct kernel disagree.");
        }
        double directMedian = Median(direct), orleansMedian = Median(orleans);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"replications={replications} days={days} cores={Environment.ProcessorCount} events={events} runs={repeat} " +
            $"direct median={directMedian:F3}s min={direct.Min():F3}s, orleans median={orleansMedian:F3}s min={orleans.Min():F3}s, " +
            $"overhead of medians={(orleansMedian / directMedian - 1) * 100:F1}% of minima={(orleans.Min() / direct.Min() - 1) * 100:F1}%, " +
            $"embeddedSiloStartUp={startUp.TotalSeconds:F2}s"));
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
