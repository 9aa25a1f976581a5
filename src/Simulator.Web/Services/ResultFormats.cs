using Simulator.Core.Forecasting;
using Simulator.Core.History;
using Simulator.Core.LookAhead;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Reports;

namespace Simulator.Web.Services;

/// <summary>A data format a result downloads in: its file name and the writer the CLI's <c>--format</c> uses for it.</summary>
/// <param name="Write">Writes a text format.</param>
/// <param name="Bytes">Makes a binary format (a workbook) instead; when given, <paramref name="Write"/> is not used.</param>
public sealed record ResultFormat(string Name, string FileName, Action<TextWriter> Write, Func<byte[]>? Bytes = null)
{
    /// <summary>A binary format, such as <c>new("xlsx", "result.xlsx", () => Workbooks.Run(result))</c>.</summary>
    public ResultFormat(string name, string fileName, Func<byte[]> bytes) : this(name, fileName, _ => { }, bytes) { }
}

/// <summary>
/// The formats of <c>ccsim run</c>, <c>compare</c>, <c>staff</c>, <c>optimize</c>, <c>schedule</c>, <c>history</c>, <c>forecast</c> and a live
/// look-ahead, each written by the same Reports writer as the command's
/// <c>--format</c>: one list per command, so a format added to the writers is added here once.
/// </summary>
public static class ResultFormats
{
    public static IReadOnlyList<ResultFormat> Run(ExperimentResult result) =>
    [
        new("table", "result.txt", w => RunReport.WriteTable(w, result)),
        new("json", "result.json", w => RunReport.WriteJson(w, result)),
        new("csv", "result.csv", w => RunReport.WriteCsv(w, result)),
        new("xlsx", "result.xlsx", () => Workbooks.Run(result)),
    ];

    public static IReadOnlyList<ResultFormat> Compare(Comparison comparison) =>
    [
        new("table", "comparison.txt", w => CompareReport.WriteTable(w, comparison)),
        new("json", "comparison.json", w => CompareReport.WriteJson(w, comparison)),
        new("csv", "comparison.csv", w => CompareReport.WriteCsv(w, comparison)),
        new("markdown", "comparison.md", w => CompareReport.WriteMarkdown(w, comparison)),
        new("xlsx", "comparison.xlsx", () => Workbooks.Compare(comparison)),
    ];

    /// <summary><c>ccsim staff</c>'s formats.</summary>
    public static IReadOnlyList<ResultFormat> Staff(StaffingPlan plan) =>
    [
        new("table", "staff.txt", w => StaffingReport.WriteTable(w, plan)),
        new("json", "staff.json", w => StaffingReport.WriteJson(w, plan)),
        new("csv", "staff.csv", w => StaffingReport.WriteCsv(w, plan)),
        new("xlsx", "staff.xlsx", () => Workbooks.Staffing(plan)),
    ];

    /// <summary><c>ccsim optimize</c>'s formats and its <c>--write-scenario</c> file.</summary>
    public static IReadOnlyList<ResultFormat> Optimize(OptimizedStaffing optimized) =>
    [
        new("table", "optimize.txt", w => OptimizeReport.WriteTable(w, optimized)),
        new("json", "optimize.json", w => OptimizeReport.WriteJson(w, optimized)),
        new("csv", "optimize.csv", w => OptimizeReport.WriteCsv(w, optimized)),
        new("xlsx", "optimize.xlsx", () => Workbooks.Optimize(optimized)),
        new("scenario", "optimized-scenario.yaml", w => w.Write(ScenarioWriter.ToYaml(optimized.Scenario))),
    ];

    /// <summary><c>ccsim schedule</c>'s formats, its <c>--roster</c> files (with a roster) and its <c>--write-scenario</c> file.</summary>
    public static IReadOnlyList<ResultFormat> Schedule(ScheduleReport.Outcome outcome) =>
    [
        new("table", "schedule.txt", w => ScheduleReport.WriteTable(w, outcome)),
        new("json", "schedule.json", w => ScheduleReport.WriteJson(w, outcome)),
        new("csv", "schedule.csv", w => ScheduleReport.WriteCsv(w, outcome)),
        new("xlsx", "schedule.xlsx", () => Workbooks.Schedule(outcome)),
        .. outcome.Roster is { } roster
            ?
            [
                new("roster-csv", "roster.csv", w => ScheduleReport.WriteRosterCsv(w, roster)),
                new ResultFormat("roster-xlsx", "roster.xlsx", () => Workbooks.Roster(roster)),
            ]
            : Array.Empty<ResultFormat>(),
        new("scenario", "scheduled-scenario.yaml", w => w.Write(ScenarioWriter.ToYaml(outcome.Schedule.ApplyTo(outcome.Scenario)))),
    ];

    /// <summary><c>ccsim history</c>'s formats.</summary>
    public static IReadOnlyList<ResultFormat> History(HistoryAnalysis analysis) =>
    [
        new("table", "history.txt", w => HistoryReport.WriteTable(w, analysis)),
        new("json", "history.json", w => HistoryReport.WriteJson(w, analysis)),
        new("csv", "history.csv", w => HistoryReport.WriteCsv(w, analysis)),
        new("xlsx", "history.xlsx", () => Workbooks.History(analysis)),
    ];

    /// <summary><c>ccsim forecast</c>'s formats.</summary>
    public static IReadOnlyList<ResultFormat> Forecast(ForecastResult forecast) =>
    [
        new("table", "forecast.txt", w => ForecastReport.WriteTable(w, forecast)),
        new("json", "forecast.json", w => ForecastReport.WriteJson(w, forecast)),
        new("csv", "forecast.csv", w => ForecastReport.WriteCsv(w, forecast)),
        new("xlsx", "forecast.xlsx", () => Workbooks.Forecast(forecast)),
    ];

    /// <summary>A live centre's look-ahead: the JSON line and the table <c>ccsim live --look-ahead-every</c> writes.</summary>
    public static IReadOnlyList<ResultFormat> LookAhead(LookAheadResult look) =>
    [
        new("table", "look-ahead.txt", w => LookAheadReport.WriteTable(w, look)),
        new("json", "look-ahead.json", w => w.WriteLine(LookAheadCodec.ToJson(look))),
    ];
}
