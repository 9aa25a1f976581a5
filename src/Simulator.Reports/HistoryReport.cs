using System.Globalization;
using Simulator.Core.History;
using Simulator.Core.Units;
using Simulator.Reports.Charts;

namespace Simulator.Reports;

/// <summary>Renders a <see cref="HistoryAnalysis"/> (<c>ccsim history</c>) as a table, JSON, CSV or a report.</summary>
public static class HistoryReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>One weekday and interval of the profile: the CSV's rows and the JSON's profile entries.</summary>
    public sealed record ProfileLine(string ContactType, string Weekday, string? Start, double Offered, double? AhtSeconds, int Days);

    public static IEnumerable<ProfileLine> ProfileLines(HistoryAnalysis analysis) => analysis.Profile.Select(p => new ProfileLine(
        p.ContactType,
        Weekday(p.Weekday),
        analysis.History.Grid.IsDaily ? null : UnitParser.FormatClock(p.Start),
        Math.Round(p.Offered, 2),
        p.AhtSeconds is double aht ? Math.Round(aht, 1) : null,
        p.Days));

    public static object ToDocument(HistoryAnalysis analysis) => new
    {
        days = analysis.History.Days,
        from = Date(analysis.History.From),
        to = Date(analysis.History.To),
        contactTypes = analysis.ContactTypes.Select(t => new
        {
            contactType = t.ContactType,
            from = Date(t.From),
            to = Date(t.To),
            days = t.Days,
            completeDays = t.CompleteDays,
            offered = t.Offered,
            answered = t.Answered,
            abandoned = t.Abandoned,
            ahtSeconds = Round(t.AhtSeconds, 1),
            asaSeconds = Round(t.AsaSeconds, 1),
            gaps = t.Gaps.Select(g => new { from = Time(g.From), to = Time(g.To), intervals = g.Intervals }),
        }),
        profile = ProfileLines(analysis),
        outlierDays = analysis.OutlierDays.Select(o => new
        {
            date = Date(o.Date),
            contactType = o.ContactType,
            offered = o.Offered,
            expected = Math.Round(o.Expected, 1),
            ratio = Round(o.Ratio, 3),
        }),
    };

    public static void WriteJson(TextWriter output, HistoryAnalysis analysis) => ReportWriter.WriteJson(output, ToDocument(analysis));

    public static void WriteCsv(TextWriter output, HistoryAnalysis analysis) => CsvTable.Write(output, ProfileLines(analysis));

    public static void WriteTable(TextWriter output, HistoryAnalysis analysis)
    {
        var history = analysis.History;
        output.WriteLine($"{history.Source}: {(history.Shape == HistoryShape.ContactLog ? "contact log" : "interval history")}, {history.Grid.Describe()}, " +
                         $"{Date(history.From)} to {Date(history.To)} ({history.Days} days)" + (history.TimeZone is { } zone ? $", local time in " +
                             $"{zone.Id}" : ""));
        var totals = ReportWriter.NewTable("Contact type", "From", "To", "Days", "Complete", "Offered", "Answered", "Abandoned", "AHT", "ASA", "Gaps");
        foreach (var t in analysis.ContactTypes)
        {
            ReportWriter.AddRow(totals, t.ContactType, Date(t.From), Date(t.To), Count(t.Days), Count(t.CompleteDays), Count(t.Offered),
                t.Answered is double a ? Count(a) : "–", t.Abandoned is double b ? Count(b) : "–",
                t.AhtSeconds is double aht ? Formats.Seconds(aht) : "–", t.AsaSeconds is double asa ? Formats.Seconds(asa) : "–", Count(t.Gaps.Count));
        }
        ReportWriter.Render(output, totals);

        var gaps = history.Gaps.ToList();
        if (gaps.Count > 0)
        {
            output.WriteLine($"Gaps (intervals the centre is normally open that the file does not have; left unknown, not filled): {gaps.Count}");
            foreach (var g in gaps.Take(20)) output.WriteLine($"  {g.ContactType}: {Time(g.From)} to {Time(g.To)} ({g.Intervals} " +
                $"interval{(g.Intervals == 1 ? "" : "s")})");
            if (gaps.Count > 20) output.WriteLine($"  … and {gaps.Count - 20} more (--format json lists them all).");
        }

        foreach (var type in analysis.ContactTypes.Select(t => t.ContactType))
        {
            WriteProfile(output, analysis, type);
        }

        if (analysis.OutlierDays.Count == 0)
        {
            output.WriteLine("No outlier days: every complete day is within its weekday's norm.");
        }
        else
        {
            output.WriteLine($"Outlier days (far from the median of the same weekday in the {OutlierDetector.NeighbourWeeks} weeks either side): " +
                $"{analysis.OutlierDays.Count}");
            var outliers = ReportWriter.NewTable("Date", "Weekday", "Contact type", "Offered", "Expected", "Ratio");
            outliers.Columns[1].Alignment = Spectre.Console.Justify.Left;
            outliers.Columns[2].Alignment = Spectre.Console.Justify.Left;
            foreach (var o in analysis.OutlierDays)
            {
                ReportWriter.AddRow(outliers, Date(o.Date), Weekday(o.Date.DayOfWeek), o.ContactType, Count(o.Offered), Count(o.Expected),
                    o.Ratio is double r ? r.ToString("0.00", Invariant) + "×" : "normally closed");
            }
            ReportWriter.Render(output, outliers);
        }
        foreach (string note in history.Notes) output.WriteLine(note);
    }

    /// <summary>Mean offered by time of day (rows) and weekday (columns), Monday first.</summary>
    private static void WriteProfile(TextWriter output, HistoryAnalysis analysis, string type)
    {
        var cells = analysis.Profile.Where(p => p.ContactType == type).ToList();
        bool daily = analysis.History.Grid.IsDaily;
        output.WriteLine($"{type}: mean offered per {(daily ? "day" : "interval")} by weekday, over normal days (complete, not outliers); – where normally " +
            $"closed");
        var table = ReportWriter.NewTable([daily ? "" : "Start", .. HistoryAnalysis.WeekOrder.Select(w => Weekday(w)[..3])]);
        foreach (var start in cells.Select(c => c.Start).Distinct().Order())
        {
            ReportWriter.AddRow(table, [daily ? "day" : UnitParser.FormatClock(start),
                .. HistoryAnalysis.WeekOrder.Select(w => cells.FirstOrDefault(c => c.Start == start && c.Weekday == w))
                    .Select(c => c is null || c.Days == 0 ? "–" : c.Offered.ToString("0.#", Invariant))]);
        }
        ReportWriter.Render(output, table);
    }

    public static void WriteReport(string directory, HistoryAnalysis analysis)
    {
        var history = analysis.History;
        var header = new[] { "Date", "Weekday", "Contact type", "Offered", "Expected", "Ratio" };
        var rows = analysis.OutlierDays.Select(o => new[]
        {
            Date(o.Date), Weekday(o.Date.DayOfWeek), o.ContactType, Count(o.Offered), Count(o.Expected),
                o.Ratio is double r ? r.ToString("0.00", Invariant) + "×" : "normally closed",
        }).ToList();
        string summary = $"{Path.GetFileName(history.Source)}: {history.Grid.Describe()}, {Date(history.From)} to {Date(history.To)} ({history.Days} days); " +
                         string.Join("; ", analysis.ContactTypes.Select(t =>
                             $"{t.ContactType} {Count(t.Offered)} offered on {t.Days} days, {t.Gaps.Count} gaps")) +
                         $"; {analysis.OutlierDays.Count} outlier days.";
        ReportBundle.Write(directory, "What the history holds", summary,
            new ReportBundle.Table(header, rows, "Outlier days: far from the median of the same weekday in the weeks either side (median and MAD of the log " +
                "ratio); never fitted as normal days."),
            HistoryCharts.For(analysis));
    }

    public static string Weekday(DayOfWeek weekday) => weekday.ToString().ToLowerInvariant();

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    public static string Time(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm", Invariant);

    private static string Count(double value) => value.ToString("#,0", Invariant);

    private static double? Round(double? value, int decimals) => value is double v ? Math.Round(v, decimals) : null;
}
