using System.Globalization;
using Simulator.Core.Forecasting;
using Simulator.Core.History;
using Simulator.Reports.Charts;

namespace Simulator.Reports;

/// <summary>Renders a <see cref="ForecastResult"/> (<c>ccsim forecast</c>) as a table, JSON, CSV, XLSX or a report.</summary>
public static class ForecastReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>One interval and contact type: the forecast's rows in JSON, CSV and XLSX.</summary>
    public sealed record ForecastLine(string Start, string ContactType, double Offered, double OfferedLow80, double OfferedHigh80, double OfferedLow95,
        double OfferedHigh95, double? AhtSeconds);

    public static IEnumerable<ForecastLine> Lines(ForecastResult forecast) => forecast.Intervals.Select(i => new ForecastLine(
        forecast.Grid.IsDaily ? i.Start.ToString("yyyy-MM-dd", Invariant) : i.Start.ToString("yyyy-MM-dd'T'HH:mm", Invariant),
        i.ContactType,
        Count(i.Offered), Count(i.Low80), Count(i.High80), Count(i.Low95), Count(i.High95),
        i.AhtSeconds is double aht ? Math.Round(aht, 1) : null));

    public static IEnumerable<object> BacktestLines(ForecastResult forecast) =>
        forecast.Backtest.Select(b => new { method = b.Method, wape = Math.Round(b.Wape, 4), mase = b.Mase is double m ? Math.Round(m, 4) : (double?)null });

    public static object ToDocument(ForecastResult forecast) => new
    {
        method = forecast.Method,
        backtest = BacktestLines(forecast),
        forecast = Lines(forecast),
    };

    public static void WriteJson(TextWriter output, ForecastResult forecast) => ReportWriter.WriteJson(output, ToDocument(forecast));

    public static void WriteCsv(TextWriter output, ForecastResult forecast) => CsvTable.Write(output, Lines(forecast));

    /// <summary>The first line of the table: the history, the days forecast and the method.</summary>
    public static string Heading(ForecastResult forecast)
    {
        var history = forecast.History;
        return $"Forecast from {history.Source} ({history.Grid.Describe()}, {HistoryReport.Date(history.From)} to {HistoryReport.Date(history.To)}): " +
               $"{forecast.Days} days from {HistoryReport.Date(forecast.Start)}, method {forecast.Method}.";
    }

    private static readonly string[] BacktestHeader = ["Method", "WAPE", "MASE", ""];

    private static readonly string[] DailyHeader = ["Date", "Weekday", "Contact type", "Offered", "80% interval", "95% interval", "AHT", "Special day"];

    private const string BacktestLine = "Backtest (rolling origins over the last weeks; interval by interval, every contact type):";

    /// <summary>Every method's WAPE and MASE, the chosen one marked, the baselines named as such.</summary>
    private static List<string[]> BacktestRows(ForecastResult forecast) =>
    [
        .. forecast.Backtest.Select(b => new[]
            { b.Method, Formats.Percent(b.Wape), b.Mase is double m ? m.ToString("0.000", Invariant) : "–", Mark(forecast, b) }),
    ];

    private static List<string[]> DailyRows(ForecastResult forecast) =>
    [
        .. forecast.DailyTotals.Select(day => new[]
        {
            HistoryReport.Date(day.Date), day.Date.DayOfWeek.ToString()[..3], day.ContactType, Formats.Number(day.Offered, "#,0"),
            $"{day.Low80:#,0}–{day.High80:#,0}", $"{day.Low95:#,0}–{day.High95:#,0}",
            day.AhtSeconds is double aht ? Formats.Seconds(aht) : "–", day.SpecialDay ?? "",
        }),
    ];

    /// <summary>What the table shows, as tables for a page (the web workspace): the backtest (the accuracy figures) and the daily totals, with the
    /// forecast's notes as the legend.</summary>
    public static IReadOnlyList<ReportBundle.Table> Tables(ForecastResult forecast) =>
    [
        new(BacktestHeader, BacktestRows(forecast), BacktestLegend, BacktestLine.TrimEnd(':')),
        new(DailyHeader, DailyRows(forecast), string.Join('\n', forecast.Notes),
            $"Daily totals with prediction intervals (per {(forecast.Grid.IsDaily ? "day" : "interval")} in the downloads)"),
    ];

    private const string BacktestLegend = "Backtest from rolling origins a week apart over the last weeks of the history: WAPE = Σ|error| / Σ actual; " +
        "MASE = mean |error| over that of 'same as a week before' in the history before the backtest. Baselines are the naive benchmarks.";

    public static void WriteTable(TextWriter output, ForecastResult forecast)
    {
        output.WriteLine(Heading(forecast));
        output.WriteLine(BacktestLine);
        var backtest = ReportWriter.NewTable(BacktestHeader);
        foreach (var row in BacktestRows(forecast)) ReportWriter.AddRow(backtest, row);
        ReportWriter.Render(output, backtest);

        output.WriteLine($"Daily totals with prediction intervals (per {(forecast.Grid.IsDaily ? "day" : "interval")}: --format csv, json or xlsx):");
        var table = ReportWriter.NewTable(DailyHeader);
        table.Columns[2].Alignment = Spectre.Console.Justify.Left;
        table.Columns[7].Alignment = Spectre.Console.Justify.Left;
        foreach (var row in DailyRows(forecast)) ReportWriter.AddRow(table, row);
        ReportWriter.Render(output, table);
        foreach (string note in forecast.Notes) output.WriteLine(note);
    }

    private static string Mark(ForecastResult forecast, BacktestScore score) =>
        string.Join(", ", new[] { score.Method == forecast.Method ? "chosen" : null, score.Baseline ? "baseline" : null }.OfType<string>());

    public static void WriteReport(string directory, ForecastResult forecast)
    {
        var rows = BacktestRows(forecast);
        string summary = $"{forecast.Days} days from {HistoryReport.Date(forecast.Start)} forecast from {Path.GetFileName(forecast.History.Source)} " +
                         $"({forecast.History.Grid.Describe()}, {HistoryReport.Date(forecast.History.From)} to {HistoryReport.Date(forecast.History.To)}) by " +
                             $"{forecast.Method}. " +
                         (forecast.SpecialDaysApplied.Count == 0 ? "" : "Special days applied (◇ on the charts): " +
                             string.Join(", ", forecast.SpecialDaysApplied.Select(d => $"{HistoryReport.Date(d.Date)} {d.Label} " +
                                 $"({(d.Closed ? "closed" : $"×{d.Multiplier.ToString("0.##", Invariant)}")})")) + ". ") +
                         string.Join(" ", forecast.Notes);
        ReportBundle.Write(directory, "Forecast", summary,
            new ReportBundle.Table(BacktestHeader, rows, BacktestLegend),
            ForecastCharts.For(forecast));
    }

    /// <summary>A workbook: the forecast by interval, the daily totals and the backtest, one sheet each (<see cref="Workbooks.Forecast"/>).</summary>
    public static byte[] Workbook(ForecastResult forecast) => Workbooks.Forecast(forecast);

    internal static double Count(double value) => Math.Round(value, 2);
}
