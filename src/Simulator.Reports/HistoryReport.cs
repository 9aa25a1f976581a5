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

    /// <summary>The first line of the table: the file, its shape and grid, its dates and clock.</summary>
    public static string Heading(HistoryAnalysis analysis)
    {
        var history = analysis.History;
        return $"{history.Source}: {(history.Shape == HistoryShape.ContactLog ? "contact log" : "interval history")}, {history.Grid.Describe()}, " +
               $"{Date(history.From)} to {Date(history.To)} ({history.Days} days)" + (history.TimeZone is { } zone ? $", local time in " +
                   $"{zone.Id}" : "");
    }

    private static readonly string[] TotalsHeader =
        ["Contact type", "From", "To", "Days", "Complete", "Offered", "Answered", "Abandoned", "AHT", "ASA", "Gaps"];

    private static readonly string[] OutliersHeader = ["Date", "Weekday", "Contact type", "Offered", "Expected", "Ratio"];

    private static List<string[]> TotalsRows(HistoryAnalysis analysis) =>
    [
        .. analysis.ContactTypes.Select(t => new[]
        {
            t.ContactType, Date(t.From), Date(t.To), Count(t.Days), Count(t.CompleteDays), Count(t.Offered),
            t.Answered is double a ? Count(a) : "–", t.Abandoned is double b ? Count(b) : "–",
            t.AhtSeconds is double aht ? Formats.Seconds(aht) : "–", t.AsaSeconds is double asa ? Formats.Seconds(asa) : "–", Count(t.Gaps.Count),
        }),
    ];

    private static List<string[]> OutlierRows(HistoryAnalysis analysis) =>
    [
        .. analysis.OutlierDays.Select(o => new[]
        {
            Date(o.Date), Weekday(o.Date.DayOfWeek), o.ContactType, Count(o.Offered), Count(o.Expected),
            o.Ratio is double r ? r.ToString("0.00", Invariant) + "×" : "normally closed",
        }),
    ];

    private static string GapsLine(int count) =>
        $"Gaps (intervals the centre is normally open that the file does not have; left unknown, not filled): {count}";

    private static string GapLine(HistoryGap g) => $"{g.ContactType}: {Time(g.From)} to {Time(g.To)} ({g.Intervals} interval{(g.Intervals == 1 ? "" : "s")})";

    private static string OutliersLine(HistoryAnalysis analysis) => analysis.OutlierDays.Count == 0
        ? "No outlier days: every complete day is within its weekday's norm."
        : $"Outlier days (far from the median of the same weekday in the {OutlierDetector.NeighbourWeeks} weeks either side): {analysis.OutlierDays.Count}";

    private static string ProfileHeading(HistoryAnalysis analysis, string type) =>
        $"{type}: mean offered per {(analysis.History.Grid.IsDaily ? "day" : "interval")} by weekday, over normal days (complete, not outliers); – where " +
        $"normally closed";

    private static (string[] Header, List<string[]> Rows) ProfileRows(HistoryAnalysis analysis, string type)
    {
        var cells = analysis.Profile.Where(p => p.ContactType == type).ToList();
        bool daily = analysis.History.Grid.IsDaily;
        string[] header = [daily ? "" : "Start", .. HistoryAnalysis.WeekOrder.Select(w => Weekday(w)[..3])];
        var rows = cells.Select(c => c.Start).Distinct().Order().Select(start => (string[])[daily ? "day" : UnitParser.FormatClock(start),
            .. HistoryAnalysis.WeekOrder.Select(w => cells.FirstOrDefault(c => c.Start == start && c.Weekday == w))
                .Select(c => c is null || c.Days == 0 ? "–" : c.Offered.ToString("0.#", Invariant))]).ToList();
        return (header, rows);
    }

    /// <summary>
    /// What the table shows, as tables for a page (the web workspace): totals per contact type with the gaps and notes as
    /// its legend, each contact type's weekday × time-of-day profile, and the outlier days.
    /// </summary>
    public static IReadOnlyList<ReportBundle.Table> Tables(HistoryAnalysis analysis)
    {
        var history = analysis.History;
        var gaps = history.Gaps.ToList();
        var legend = new List<string>();
        if (gaps.Count > 0) legend.Add(GapsLine(gaps.Count));
        legend.AddRange(gaps.Take(20).Select(GapLine));
        if (gaps.Count > 20) legend.Add($"… and {gaps.Count - 20} more (the JSON download lists them all).");
        legend.AddRange(history.Notes);
        var tables = new List<ReportBundle.Table> { new(TotalsHeader, TotalsRows(analysis), string.Join('\n', legend), "Totals per contact type") };
        foreach (var type in analysis.ContactTypes.Select(t => t.ContactType))
        {
            var (header, rows) = ProfileRows(analysis, type);
            tables.Add(new(header, rows, "", ProfileHeading(analysis, type)));
        }
        tables.Add(new(OutliersHeader, OutlierRows(analysis), "", OutliersLine(analysis)));
        return tables;
    }

    public static void WriteTable(TextWriter output, HistoryAnalysis analysis)
    {
        var history = analysis.History;
        output.WriteLine(Heading(analysis));
        var totals = ReportWriter.NewTable(TotalsHeader);
        foreach (var row in TotalsRows(analysis)) ReportWriter.AddRow(totals, row);
        ReportWriter.Render(output, totals);

        var gaps = history.Gaps.ToList();
        if (gaps.Count > 0)
        {
            output.WriteLine(GapsLine(gaps.Count));
            foreach (var g in gaps.Take(20)) output.WriteLine("  " + GapLine(g));
            if (gaps.Count > 20) output.WriteLine($"  … and {gaps.Count - 20} more (--format json lists them all).");
        }

        foreach (var type in analysis.ContactTypes.Select(t => t.ContactType))
        {
            output.WriteLine(ProfileHeading(analysis, type));
            var (header, rows) = ProfileRows(analysis, type);
            var table = ReportWriter.NewTable(header);
            foreach (var row in rows) ReportWriter.AddRow(table, row);
            ReportWriter.Render(output, table);
        }

        output.WriteLine(OutliersLine(analysis));
        if (analysis.OutlierDays.Count > 0)
        {
            var outliers = ReportWriter.NewTable(OutliersHeader);
            outliers.Columns[1].Alignment = Spectre.Console.Justify.Left;
            outliers.Columns[2].Alignment = Spectre.Console.Justify.Left;
            foreach (var row in OutlierRows(analysis)) ReportWriter.AddRow(outliers, row);
            ReportWriter.Render(output, outliers);
        }
        foreach (string note in history.Notes) output.WriteLine(note);
    }

    public static void WriteReport(string directory, HistoryAnalysis analysis)
    {
        var history = analysis.History;
        string summary = $"{Path.GetFileName(history.Source)}: {history.Grid.Describe()}, {Date(history.From)} to {Date(history.To)} ({history.Days} days); " +
                         string.Join("; ", analysis.ContactTypes.Select(t =>
                             $"{t.ContactType} {Count(t.Offered)} offered on {t.Days} days, {t.Gaps.Count} gaps")) +
                         $"; {analysis.OutlierDays.Count} outlier days.";
        ReportBundle.Write(directory, "What the history holds", summary,
            new ReportBundle.Table(OutliersHeader, OutlierRows(analysis), "Outlier days: far from the median of the same weekday in the weeks either side " +
                "(median and MAD of the log ratio); never fitted as normal days."),
            HistoryCharts.For(analysis));
    }

    public static string Weekday(DayOfWeek weekday) => weekday.ToString().ToLowerInvariant();

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    public static string Time(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm", Invariant);

    private static string Count(double value) => value.ToString("#,0", Invariant);

    private static double? Round(double? value, int decimals) => value is double v ? Math.Round(v, decimals) : null;
}
