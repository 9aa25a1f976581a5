using System.Diagnostics;
using System.Globalization;
using Simulator.Core.Calibration;
using Simulator.Core.History;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Benchmarks;

/// <summary>
/// Times `ccsim calibrate`'s work (fits, Erlang A start, availability search by simulation, before and after) on the
/// example day with hidden availability (scenarios/history/hidden-availability-day.yaml), simulated for --days days
/// (1 and 30: a day and a month of 30-minute intervals) and written as a contact log in memory. Wall time of the
/// whole calibration, on however many cores the machine lends (--parallelism caps them, as on a 2-core machine).
/// </summary>
public static class CalibrationHarness
{
    public static int Run(string[] args)
    {
        int days = HarnessOptions.Whole(args, "--days", 1);
        int parallelism = HarnessOptions.Whole(args, "--parallelism", 2);
        bool agentIds = !args.Contains("--without-agent-ids");
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Simulator.sln"))) root = root.Parent;
        string folder = Path.Combine(root?.FullName ?? throw new InvalidOperationException("Simulator.sln not found above the benchmark " +
            "binaries."), "scenarios", "history");
        var truth = ScenarioLoader.Load(Path.Combine(folder, "hidden-availability-day.yaml"));
        truth = truth with { Horizon = truth.Horizon with { Days = days } };
        var template = ScenarioLoader.Load(Path.Combine(folder, "calibration-template.yaml"));
        var opening = new DateTime(2024, 1, 1) + truth.Horizon.Start;
        var log = ContactRecorder.Record(CentreModel.Compile(truth), 0).Select(r => new LoggedContact(
            opening.AddTicks((long)Math.Floor(r.ArrivalSeconds * TimeSpan.TicksPerSecond)), truth.ContactTypes[r.ContactType].Id, r.Outcome,
            r.WaitSeconds, r.HandleSeconds, agentIds && r.Agent >= 0 ? $"a{r.Agent}" : null, null)).ToList();

        var clock = Stopwatch.StartNew();
        var observed = ObservedDayBuilder.FromContactLog(log, template, "benchmark", []);
        var result = ScenarioCalibrator.Calibrate(template, observed, CalibrationOptions.Default with { MaxParallelism = parallelism });
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"calibrate: days={days} intervals={result.Intervals.Count} contacts={log.Count:N0} simulations={result.Availability.Evaluations} " +
                $"converged={result.Availability.Converged} parallelism={parallelism} agentIds={agentIds} wall={clock.Elapsed.TotalSeconds:F1}s"));
        // Accuracy against the truth the generator hid: mean |effective − true| agents per interval.
        int perDay = truth.Horizon.IntervalsPerDay;
        var group = truth.AgentGroups[0];
        double True(int i) => group.Agents.At(i % perDay) * (1 - group.ShrinkageAt(i % perDay));
        double calibrated = result.Intervals.Select((interval, i) => Math.Abs(interval.EffectiveAgents - True(i))).Average();
        string measured = observed.AvailableAgents is { } agents
            ? agents.Select((a, i) => Math.Abs(a - True(i))).Average().ToString("F3", CultureInfo.InvariantCulture)
            : "n/a";
        foreach (var note in result.Notes) Console.WriteLine(note);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"blocks: {string.Join("; ", result.Availability.Blocks.Select(b =>
            $"factor {b.Factor:F3} abandon gap {b.AbandonmentGap:F2} SE, ASA gap {b.AnswerSpeedGap:F2} SE"))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"after: abandonment {result.After.AbandonmentRate.Simulated.Mean:P2} [{result.After.AbandonmentRate.Simulated.CiLow:P2}, " +
            $"{result.After.AbandonmentRate.Simulated.CiHigh:P2}] observed {result.After.AbandonmentRate.Observed:P2}; ASA " +
            $"{result.After.AverageSpeedOfAnswerSeconds.Simulated.Mean:F1} [{result.After.AverageSpeedOfAnswerSeconds.Simulated.CiLow:F1}, " +
            $"{result.After.AverageSpeedOfAnswerSeconds.Simulated.CiHigh:F1}] observed {result.After.AverageSpeedOfAnswerSeconds.Observed:F1}"));
        var truthRun = ExperimentRunner.Run(truth, parallelism);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"the truth itself over {truth.Replications} replications: abandonment {truthRun.Overall[Kpi.AbandonmentRate].Mean:P2}, " +
            $"ASA {truthRun.Overall[Kpi.AverageSpeedOfAnswerSeconds].Mean:F1} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mean |effective - true| per interval: calibrated {calibrated:F3} agents, measured from agent ids alone {measured}"));
        return 0;
    }
}
