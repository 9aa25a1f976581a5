using System.CommandLine;
using Simulator.Core.History;
using Simulator.Reports;

namespace Simulator.Cli.Commands;

/// <summary><c>ccsim history FILE</c>: what a contact history holds — dates, gaps, totals, the weekday × time-of-day profile and outlier days.</summary>
internal static class HistoryCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var history = new HistoryOptions();
        var outputPath = CommonOptions.Output();
        var format = CommonOptions.Format(outputPath, "table", "json", "csv", CommonOptions.Xlsx);
        var report = CommonOptions.Report();
        var command = new Command("history",
            "What a contact history holds: date range, days, gaps, totals per contact type, the weekday × time-of-day profile of volume and AHT, and outlier " +
                "days (far from their weekday's norm, by median and MAD). CSV output is the profile.");
        history.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(outputPath);
        command.Options.Add(report);
        command.SetAction(parse =>
        {
            var analysis = HistoryAnalysis.Of(history.Load(parse));
            if (parse.GetValue(report) is string directory) CommonOptions.WriteReport(directory, error, d => HistoryReport.WriteReport(d, analysis));
            CommonOptions.Emit(parse.GetValue(format)!, parse.GetValue(outputPath), output, new Dictionary<string, Action<TextWriter>>
            {
                ["table"] = w => HistoryReport.WriteTable(w, analysis),
                ["json"] = w => HistoryReport.WriteJson(w, analysis),
                ["csv"] = w => HistoryReport.WriteCsv(w, analysis),
            }, () => Workbooks.History(analysis));
            return CcsimApp.Success;
        });
        return command;
    }
}
