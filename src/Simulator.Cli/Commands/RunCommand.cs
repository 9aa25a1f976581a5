using System.CommandLine;
using System.Globalization;
using Simulator.Core;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Reports;

namespace Simulator.Cli.Commands;

/// <summary><c>ccsim run FILE</c>: simulate replications of a scenario and report KPIs with 95 % confidence intervals.</summary>
internal static class RunCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var file = CommonOptions.ScenarioFile();
        var replications = new Option<string?>("--replications", "-r") { Description = "Replications to run (overrides the scenario's).", HelpName = "R" };
        var seed = new Option<string?>("--seed", "-s") { Description = "Random seed, a whole number ≥ 0 (overrides the scenario's).", HelpName = "S" };
        var days = new Option<string?>("--days", "-d") { Description = "Days to simulate (overrides horizon.days).", HelpName = "D" };
        var format = CommonOptions.Format("table", "json", "csv");
        var outputPath = CommonOptions.Output();

        var command = new Command("run", "Simulate a scenario's replications in parallel and report service level, ASA, abandonment, AHT, occupancy, queues and cost with 95% confidence intervals, overall, by interval and by contact type.")
        {
            file, replications, seed, days, format, outputPath,
        };
        command.SetAction(parse =>
        {
            var scenario = ScenarioLoader.Load(parse.GetValue(file)!);
            if (parse.GetValue(replications) is string r) scenario = scenario with { Replications = (int)Whole("--replications", r, 1, 1_000_000) };
            if (parse.GetValue(seed) is string s) scenario = scenario with { Seed = Whole("--seed", s, 0, long.MaxValue) };
            if (parse.GetValue(days) is string d) scenario = WithDays(scenario, (int)Whole("--days", d, 1, 3_660));

            using var progress = ProgressLine.ForReplications(error, scenario.Replications);
            var result = ExperimentRunner.Run(scenario, progress: progress);
            progress.Finish();

            CommonOptions.Emit(parse.GetValue(format)!, parse.GetValue(outputPath), output, new Dictionary<string, Action<TextWriter>>
            {
                ["table"] = w => RunReport.WriteTable(w, result),
                ["json"] = w => RunReport.WriteJson(w, result),
                ["csv"] = w => RunReport.WriteCsv(w, result),
            });
            return CcsimApp.Success;
        });
        return command;
    }

    private static long Whole(string option, string text, long min, long max)
    {
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value < min || value > max)
        {
            throw new InputException($"{option}: expected a whole number from {min:N0} to {max:N0}, but found \"{text}\".");
        }
        return value;
    }

    /// <summary>A horizon of <paramref name="days"/> days; refused where the file lists values for each of its own days.</summary>
    private static Scenario WithDays(Scenario scenario, int days)
    {
        var horizon = scenario.Horizon;
        bool perHorizon =
            scenario.ContactTypes.Any(t => t.Arrivals is IntervalVolumes v && v.Volumes.Count != horizon.IntervalsPerDay)
            || scenario.AgentGroups.Any(g => g.Agents.PerInterval is { } plan && plan.Count != horizon.IntervalsPerDay);
        if (perHorizon && days != horizon.Days)
        {
            throw new InputException(
                $"--days: {scenario.SourcePath} lists volumes or staffing for each of its {horizon.Days} days, so it cannot run for {days}; give one day's profile in the file to repeat it over any number of days.");
        }
        return scenario with { Horizon = horizon with { Days = days } };
    }
}
