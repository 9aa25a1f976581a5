using System.Globalization;
using Simulator.Core.Scenarios;
using Simulator.Grains.Hosting;
using Simulator.Grains.Live;

namespace Simulator.Benchmarks;

/// <summary>
/// How large a live centre keeps pace with the wall clock: a round-the-clock centre of N agents and
/// three contact types at 90 % load runs for a while at the given speed on an embedded silo (real
/// clock, the silo's <see cref="LivePacer"/>), and the harness reports how far the simulated clock ever stood
/// behind its target (before a catch-up, the wait for it included, and after it) and the grain calls per
/// second. With --find, it doubles N until the clock falls more than --within simulated seconds (1)
/// behind, then bisects. --no-gc-steps leaves garbage collection to the runtime (<see cref="LivePacer"/>
/// says why it collects in steps); --centre-only runs the centre without its entity grains.
/// </summary>
public static class LiveHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        double speed = HarnessOptions.Number(args, "--speed", 60);
        double seconds = HarnessOptions.Number(args, "--seconds", 20);
        double within = HarnessOptions.Number(args, "--within", 1);
        bool steps = !args.Contains("--no-gc-steps");
        await using var silo = await EmbeddedSilo.StartAsync(s => s.Configure<LivePacingOptions>(o => o.CollectInSteps = steps));
        if (!args.Contains("--find"))
        {
            await MeasureAsync(silo.Client, (int)HarnessOptions.Number(args, "--agents", 1000), speed, seconds);
            return 0;
        }
        int good = 0, bad = 0;
        for (int agents = 250; bad == 0 && agents <= 64_000; agents *= 2)
        {
            if (await MeasureAsync(silo.Client, agents, speed, seconds) <= within) good = agents; else bad = agents;
        }
        while (bad > 0 && bad - good > Math.Max(50, good / 8))
        {
            int middle = (good + bad) / 2;
            if (await MeasureAsync(silo.Client, middle, speed, seconds) <= within) good = middle; else bad = middle;
        }
        Console.WriteLine($"largest centre that keeps within {within} simulated second(s) at {speed}×: {good} agents (tried up to {(bad > 0 ? bad : good)})");
        return 0;
    }

    private static async Task<double> MeasureAsync(IClusterClient client, int agents, double speed, double seconds)
    {
        var centre = client.GetGrain<ICentreGrain>(Guid.NewGuid().ToString("N"));
        await centre.StartAsync(new LiveSettings(Centre(agents), 0, speed, AutoTick: true, Entities: !Environment.GetCommandLineArgs()
            .Contains("--centre-only")));
        await Task.Delay(TimeSpan.FromSeconds(3)); // warm-up: compilation, first activations, the queues filling
        long heap = GC.GetTotalMemory(forceFullCollection: true); // live objects only; a full collection, so before the window
        await centre.ResetPaceAsync();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        var pace = await centre.PaceAsync();
        gen0 = GC.CollectionCount(0) - gen0;
        gen1 = GC.CollectionCount(1) - gen1;
        gen2 = GC.CollectionCount(2) - gen2;
        paused = GC.GetTotalPauseDuration() - paused;
        heap = GC.GetTotalMemory(forceFullCollection: true) - heap; // the pace figures are in
        await centre.PauseAsync(); // and so no longer paced: the next centre has the silo to itself
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"agents={agents} speed={speed}x wall={seconds}s simulated={pace.SimulatedSeconds:F0}s pace={pace.SimulatedSeconds / (seconds * speed):F3} " +
                $"behindAfterTick={pace.MostBehindSeconds:F3}s " +
            $"behindBeforeTick={pace.MostBehindBeforeTickSeconds:F3}s ticks={pace.Ticks} over1s={pace.TicksOverOneSecondBehind} grainCalls={pace.GrainCalls} " +
                $"grainCalls/s={pace.GrainCalls / seconds:F0} " +
            $"gc={gen0}/{gen1}/{gen2} gcPaused={paused.TotalMilliseconds:F0}ms heapGrowth={heap / 1048576.0:F1}MiB"));
        return Math.Max(pace.MostBehindSeconds, pace.MostBehindBeforeTickSeconds);
    }

    /// <summary>Three contact types sharing one group, 300 s talk, 300 s patience, 90 % load, round the clock.</summary>
    private static Scenario Centre(int agents)
    {
        double perHourEach = 0.9 * agents * 3_600 / 300 / 3;
        string types = string.Join("\n", new[] { "general", "billing", "sales" }.Select(id => $$"""
              - id: {{id}}
                arrivals: { rate: {{perHourEach.ToString("R", CultureInfo.InvariantCulture)}}/h }
                handleTime: { distribution: exponential, mean: 300s }
                patience: { distribution: exponential, mean: 300s }
            """));
        return ScenarioLoader.Parse($$"""
            name: Live centre of {{agents}} agents
            horizon: { start: "00:00", end: "24:00", interval: 30m }
            serviceLevel: { target: 0.8, answerWithin: 20s }
            contactTypes:
            {{types}}
            agentGroups:
              - { id: agents, agents: {{agents}}, skills: [general, billing, sales] }
            """, "live-benchmark.yaml");
    }
}
