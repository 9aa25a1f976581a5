using System.CommandLine;
using Simulator.Core;
using Simulator.Core.Calibration;
using Simulator.Core.History;
using Simulator.Core.Scenarios;
using Simulator.Reports;

namespace Simulator.Cli.Commands;

/// <summary>
/// <c>ccsim calibrate HISTORY --scenario TEMPLATE</c>: fit handle time, patience and availability per interval so the
/// template reproduces what really happened, and show the day before and after.
/// </summary>
internal static class CalibrateCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var history = new HistoryOptions();
        var scenario = new Option<string>("--scenario")
        {
            Description = "Template scenario: its contact types, groups, heads (where the history has none), opening hours and intervals.",
            Required = true,
            HelpName = "TEMPLATE",
        };
        var writeScenario = new Option<string?>("--write-scenario")
        {
            Description = "Write the calibrated scenario: the history's days and volumes, the fitted durations and the availability as shrinkage per " +
                "interval, with comments saying where each value came from.",
            HelpName = "PATH",
        };
        var replications = new Option<string?>("--replications", "-r")
        {
            Description = $"Replications per simulation of the history (default {CalibrationOptions.Default.Replications}).",
            HelpName = "N",
        };
        var format = CommonOptions.Format("table", "json");
        var outputPath = CommonOptions.Output();
        var report = CommonOptions.Report();
        var command = new Command("calibrate",
            "Fit handle time, patience and effective availability per interval to a contact log or interval history, by simulation with common random " +
                "numbers, so the template reproduces the observed day; shows the day before and after.");
        history.AddTo(command);
        foreach (var option in new Option[] { scenario, writeScenario, replications, format, outputPath, report }) command.Options.Add(option);
        command.SetAction((parse, cancellationToken) =>
        {
            var template = ScenarioLoader.Load(parse.GetValue(scenario)!);
            var options = CalibrationOptions.Default with
            {
                Replications = parse.GetValue(replications) is string r ? (int)OptionValues.Whole("--replications", r, 2,
                    Scenario.MaxReplications) : CalibrationOptions.Default.Replications,
            };
            string file = parse.GetValue(history.File)!;
            var read = history.ReadOptions(parse, template.Horizon.Interval);
            if (read.Interval != template.Horizon.Interval)
            {
                throw new InputException($"--interval: the template's intervals are {Core.Units.UnitParser.FormatDuration(template.Horizon.Interval)}; " +
                    $"calibration reads the history in the same intervals.");
            }
            var notes = new List<string>();
            var shape = HistoryReader.Load(file, read);
            var observed = shape.Shape == HistoryShape.ContactLog
                ? ObservedDayBuilder.FromContactLog(ContactLogRows.Load(file, read), template, file, notes)
                : ObservedDayBuilder.FromIntervalHistory(shape, template, notes);
            var calibration = ScenarioCalibrator.Calibrate(template, observed, options, notes, cancellationToken);

            string? target = parse.GetValue(writeScenario);
            string? text = target is null ? null : CalibrationReport.ScenarioText(calibration, file, parse.GetValue(scenario)!);
            if (text is not null) ScenarioLoader.Parse(text, target!); // what is written must read back
            if (parse.GetValue(report) is string directory) CalibrationReport.WriteReport(directory, calibration);
            CommonOptions.Emit(parse.GetValue(format)!, parse.GetValue(outputPath), output, new Dictionary<string, Action<TextWriter>>
            {
                ["table"] = w => CalibrationReport.WriteTable(w, calibration),
                ["json"] = w => CalibrationReport.WriteJson(w, calibration),
            });
            if (text is not null) AtomicFile.Write(target!, w => w.Write(text));
            return Task.FromResult(CcsimApp.Success);
        });
        return command;
    }
}
