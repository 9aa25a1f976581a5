using System.Diagnostics;
using System.Globalization;
using Simulator.Core.Simulation;

namespace Simulator.Benchmarks;

/// <summary>
/// Times one replication of the reference model (or, with --scenario FILE, of any scenario file) on
/// one core and reports events/s and contacts/s; with --memory, runs a single replication and
/// reports the process's peak memory (run once per horizon length: peak memory is per process).
/// Each timed replication compiles the scenario for itself, as a lone replication does; with
/// --compile-once they share one <see cref="CentreModel"/>, as an experiment's replications do.
/// </summary>
public static class KernelHarness
{
    public static int Run(string[] args)
    {
        int days = HarnessOptions.Whole(args, "--days", 100);
        int repeat = HarnessOptions.Whole(args, "--repeat", 5);
        int at = Array.IndexOf(args, "--scenario");
        var scenario = at >= 0 && at + 1 < args.Length
            ? Core.Scenarios.ScenarioLoader.Load(args[at + 1]) is var file && Array.IndexOf(args, "--days") >= 0
                ? file with { Horizon = file.Horizon with { Days = days } }
                : file
            : ReferenceModel.Create(days);
        days = scenario.Horizon.Days;
        if (args.Contains("--memory")) return Memory(scenario, days);
        var model = args.Contains("--compile-once") ? CentreModel.Compile(scenario) : null;
        Replication Create(int replication) => model is null ? new Replication(scenario, replication) : new Replication(model, replication);

        // Warm up for two seconds so the kernel runs fully optimised (tiered JIT), as it does in a long experiment.
        var warmup = Stopwatch.StartNew();
        for (int i = 0; warmup.Elapsed < TimeSpan.FromSeconds(2) || i < 3; i++) Create(i).Run();
        var best = TimeSpan.MaxValue;
        ReplicationResult result = null!;
        for (int i = 0; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            result = Create(i).Run();
            clock.Stop();
            if (clock.Elapsed < best) best = clock.Elapsed;
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        double seconds = best.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"days={days} contacts={result.Arrivals} events={result.Events} best={seconds:F3}s " +
            $"events/s={result.Events / seconds / 1e6:F2}M contacts/s={result.Arrivals / seconds / 1e6:F2}M " +
            $"peakWorkingSet={process.PeakWorkingSet64 / 1048576.0:F1}MiB managedHeap={GC.GetTotalMemory(false) / 1048576.0:F1}MiB"));
        return 0;
    }

    /// <summary>One replication in a fresh process, nothing else: its peak memory is the kernel's.</summary>
    private static int Memory(Core.Scenarios.Scenario scenario, int days)
    {
        var result = new Replication(scenario, 0).Run();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"days={days} contacts={result.Arrivals} peakWorkingSet={process.PeakWorkingSet64 / 1048576.0:F1}MiB " +
            $"managedHeapAfterRun={GC.GetTotalMemory(false) / 1048576.0:F2}MiB"));
        return 0;
    }
}
