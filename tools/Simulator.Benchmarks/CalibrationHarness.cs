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
            r.WaitSeconds, r.HandleSeconds, null, null)).ToList();

        var clock = Stopwatch.StartNew();
        var observed = ObservedDayBuilder.FromContactLog(log, template, "benchmark", []);
        var result = ScenarioCalibrator.Calibrate(template, observed, CalibrationOptions.Default with { MaxParallelism = parallelism });
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"calibrate: days={days} intervals={result.Intervals.Count} contacts={log.Count:N0} simulations={result.Availability.Evaluations} " +
                $"converged={result.Availability.Converged} parallelism={parallelism} wall={clock.Elapsed.TotalSeconds:F1}s"));
        return 0;
    }
}
