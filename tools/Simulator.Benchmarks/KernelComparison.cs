using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Simulator.Core.Scenarios;

namespace Simulator.Benchmarks;

/// <summary>
/// Compares two (or more) builds of the kernel in one process: each build's Simulator.Core.dll is
/// loaded in its own load context and their replications alternate (ABBA order), each timed in CPU
/// time of the process, so all builds see the same load. On a machine shared with other work, wall
/// time measures the queue for a core more than the kernel (two runs of one build differed by 2×
/// there); CPU time of alternating replications brought two copies of one build within 1 %.
/// </summary>
/// <remarks>
/// Each build folder needs Simulator.Core.dll with MathNet.Numerics.dll and YamlDotNet.dll beside it
/// (a Release build's output folder, or a copy of it kept from before a change). The scenario is
/// written once with the requested days and loaded by each build's own loader.
/// </remarks>
public static class KernelComparison
{
    public static int Run(string[] args)
    {
        int days = HarnessOptions.Whole(args, "--days", 100);
        int rounds = HarnessOptions.Whole(args, "--rounds", 12);
        int at = Array.IndexOf(args, "--scenario");
        var scenario = at >= 0 && at + 1 < args.Length ? ScenarioLoader.Load(args[at + 1]) : ReferenceModel.Create(days);
        scenario = scenario with { Horizon = scenario.Horizon with { Days = days } };
        var folders = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal)))
            .ToArray();
        if (folders.Length < 2)
        {
            Console.Error.WriteLine("kernel-ab needs two or more build folders, each with Simulator.Core.dll, MathNet.Numerics.dll and YamlDotNet.dll.");
            return 1;
        }
        string file = Path.Combine(Path.GetTempPath(), $"ccsim-kernel-ab-{Environment.ProcessId}.yaml");
        File.WriteAllText(file, ScenarioWriter.ToYaml(scenario));
        try
        {
            var builds = folders.Select(folder => new Build(folder, file)).ToArray();
            var warmup = Stopwatch.StartNew();
            for (int i = 0; warmup.Elapsed < TimeSpan.FromSeconds(2) || i < 3; i++)
            {
                foreach (var build in builds) build.Run(i);
            }
            var seconds = builds.Select(_ => new List<double>()).ToArray();
            long events = 0;
            for (int round = 0; round < rounds; round++)
            {
                for (int k = 0; k < builds.Length; k++)
                {
                    int b = round % 2 == 0 ? k : builds.Length - 1 - k;
                    double before = CpuSeconds();
                    events = builds[b].Run(round);
                    seconds[b].Add(CpuSeconds() - before);
                }
            }
            for (int b = 0; b < builds.Length; b++)
            {
                var sorted = seconds[b].Order().ToList();
                double best = sorted[0], median = sorted[sorted.Count / 2];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{folders[b]}: days={days} events={events} best={best:F3}s events/cpu-s={events / best / 1e6:F2}M median={median:F3}s " +
                        $"events/cpu-s={events / median / 1e6:F2}M"));
            }
            return 0;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>One build of the kernel, reached by reflection through the API every build has: ScenarioLoader.Load, new Replication(scenario, r), Run,
    /// Events.</summary>
    private sealed class Build
    {
        private readonly object _scenario;
        private readonly ConstructorInfo _replication;
        private readonly MethodInfo _run;
        private readonly PropertyInfo _events;

        public Build(string folder, string scenarioFile)
        {
            var context = new BuildContext(Path.GetFullPath(folder));
            var core = context.LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(folder), "Simulator.Core.dll"));
            var loader = core.GetType("Simulator.Core.Scenarios.ScenarioLoader", throwOnError: true)!;
            _scenario = loader.GetMethod("Load", [typeof(string)])!.Invoke(null, [scenarioFile])!;
            var replication = core.GetType("Simulator.Core.Simulation.Replication", throwOnError: true)!;
            _replication = replication.GetConstructors().Single(c => c.GetParameters()[0].ParameterType.Name == "Scenario");
            _run = replication.GetMethod("Run")!;
            _events = core.GetType("Simulator.Core.Simulation.ReplicationResult", throwOnError: true)!.GetProperty("Events")!;
        }

        public long Run(int replication) =>
            (long)_events.GetValue(_run.Invoke(_replication.Invoke([_scenario, replication, null]), null))!;
    }

    /// <summary>Loads the kernel and its two libraries from the build's folder; everything else from the runtime.</summary>
    private sealed class BuildContext(string folder) : AssemblyLoadContext
    {
        protected override Assembly? Load(AssemblyName name)
        {
            string path = Path.Combine(folder, name.Name + ".dll");
            return name.Name is "Simulator.Core" or "MathNet.Numerics" or "YamlDotNet" && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
