using System.Diagnostics;
using System.Globalization;
using Simulator.Core.Scenarios;
using Simulator.Grains.Experiments;
using Simulator.Grains.Hosting;

namespace Simulator.Benchmarks;

/// <summary>
/// Peak memory of an experiment run as <c>ccsim run</c> runs it (embedded silo, coordinator, estimates folded as replications
/// finish), so that memory flat in the replications can be measured: run it once per replication count, each in a fresh
/// process, and compare the peaks. Prints the process's peak resident set (VmHWM from /proc/self/status), the GC's peak
/// committed heap, wall time and events/s.
/// </summary>
public static class ExperimentMemoryHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        int replications = HarnessOptions.Whole(args, "--replications", 10);
        int days = HarnessOptions.Whole(args, "--days", 30);
        var scenario = args.Contains("--four-intervals") ? FourIntervals(replications) : ReferenceModel.Create(days, replications);

        var clock = Stopwatch.StartNew();
        await using var silo = await EmbeddedSilo.StartAsync();
        var result = await new ExperimentCoordinator(silo.Client).RunAsync(scenario);
        double seconds = clock.Elapsed.TotalSeconds;
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scenario=\"{scenario.Name}\" intervals={scenario.Horizon.TotalIntervals} replications={result.Scenario.Replications} " +
            $"cores={Environment.ProcessorCount} wall={seconds:F1}s events={result.Events} eventsPerSecond={result.Events / seconds:F0} " +
            $"peakWorkingSet={PeakResidentMegabytes():F1}MB gcHeapAfterLastGc={gc.HeapSizeBytes / 1e6:F1}MB " +
            $"gcCommitted={gc.TotalCommittedBytes / 1e6:F1}MB serviceLevel={result.Overall[Core.Simulation.Kpi.ServiceLevel].Mean:F6}"));
        return 0;
    }

    /// <summary>VmHWM: the most resident memory the process ever had, in MB (Linux); the current working set elsewhere.</summary>
    private static double PeakResidentMegabytes()
    {
        if (File.Exists("/proc/self/status"))
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null) return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        return Process.GetCurrentProcess().PeakWorkingSet64 / 1e6;
    }

    /// <summary>An hour in four 15-minute intervals of a small centre: a replication costs little, so a million of them measure the overhead.</summary>
    private static Scenario FourIntervals(int replications) => ScenarioLoader.Parse($$"""
        name: Four intervals
        seed: 1
        replications: {{replications}}
        horizon: { start: "09:00", end: "10:00", interval: 15m }
        serviceLevel: { target: 0.8, answerWithin: 20s }
        contactTypes:
          - id: calls
            arrivals: { rate: 60/h }
            handleTime: { distribution: exponential, mean: 180s }
            patience: { distribution: exponential, mean: 300s }
        agentGroups:
          - { id: agents, agents: 4, skills: [calls] }
        """, "four-intervals.yaml");
}
