using System.Globalization;
using ScottPlot;
using Simulator.Core.History;
using Simulator.Core.Units;

namespace Simulator.Reports.Charts;

/// <summary>
/// Charts of what a history holds (<c>ccsim history --report</c>): daily volume with the outlier days
/// marked, and per contact type a weekday × time-of-day heatmap of mean volume. Deck style as the
/// other charts: 1920×1080, titles that state the finding, large labels.
/// </summary>
public static class HistoryCharts
{
    private const float LabelSize = DeckStyle.LabelSize;
    private const float TickSize = DeckStyle.TickSize;

    public static IReadOnlyList<Chart> For(HistoryAnalysis analysis) =>
        [DailyVolume(analysis), .. analysis.History.ContactTypes.Where(_ => !analysis.History.Grid.IsDaily).Select(t => WeekdayProfile(analysis, t.Id))];

    public static Chart DailyVolume(HistoryAnalysis analysis)
    {
        var plot = NewPlot();
        var history = analysis.History;
        for (int t = 0; t < history.ContactTypes.Count; t++)
        {
            var series = history.ContactTypes[t];
            // Closed days (a closed Sunday) are left out and the line joins across them; a gap breaks it.
            var days = Enumerable.Range(0, series.Days).Where(d => series.Status[d] is not (DayStatus.Closed or DayStatus.OutOfRange)).ToArray();
            Lines(plot, [.. days.Select(d => X(series.Date(d)))], [.. days.Select(series.DailyTotal)], ChartRenderer.ColorOf(t), 2, series.Id);
        }
        if (analysis.OutlierDays.Count > 0)
        {
            var markers = plot.Add.Markers(
                analysis.OutlierDays.Select(o => X(o.Date)).ToArray(), analysis.OutlierDays.Select(o => o.Offered).ToArray(), MarkerShape.Eks, 26, Colors.Red);
            markers.MarkerLineWidth = 4;
            markers.LegendText = "Outlier day";
        }
        DateAxis(plot);
        int gaps = history.Gaps.Count();
        string title = analysis.OutlierDays.Count == 0
            ? $"Daily volume, {HistoryReport.Date(history.From)} to {HistoryReport.Date(history.To)}: no outlier days"
            : $"Daily volume: {analysis.OutlierDays.Count} outlier day{(analysis.OutlierDays.Count == 1 ? "" : "s")} (×) kept out of any fit";
        if (gaps > 0 && title.Length < 60) title += $", {gaps} gap{(gaps == 1 ? "" : "s")}";
        Decorate(plot, title, "Date", "Contacts offered per day (complete days)");
        return new Chart("daily-volume", title, plot);
    }

    internal static double X(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();

    /// <summary>Dates on the horizontal axis, written ISO 8601 as everywhere else in ccsim.</summary>
    internal static void DateAxis(Plot plot)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic automatic)
        {
            automatic.LabelFormatter = date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Mean offered per interval over normal days: weekdays down, time of day across.</summary>
    public static Chart WeekdayProfile(HistoryAnalysis analysis, string contactType)
    {
        var plot = NewPlot();
        var cells = analysis.Profile.Where(p => p.ContactType == contactType).ToList();
        var starts = cells.Select(c => c.Start).Distinct().Order().ToArray();
        var weekdays = HistoryAnalysis.WeekOrder;
        var intensities = new double[weekdays.Count, starts.Length];
        for (int w = 0; w < weekdays.Count; w++)
        {
            for (int s = 0; s < starts.Length; s++)
            {
                var cell = cells.FirstOrDefault(c => c.Weekday == weekdays[w] && c.Start == starts[s]);
                intensities[w, s] = cell is null || cell.Days == 0 ? double.NaN : cell.Offered;
            }
        }
        var heatmap = plot.Add.Heatmap(intensities);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.NaNCellColor = Colors.White;
        var bar = plot.Add.ColorBar(heatmap, Edge.Right);
        bar.Label = "Mean contacts per interval";
        bar.LabelStyle.FontSize = LabelSize;
        bar.Axis.TickLabelStyle.FontSize = TickSize;

        // Heatmap cells are centred on whole coordinates, row 0 at the top.
        int step = Math.Max(1, (int)Math.Ceiling(starts.Length / 12.0));
        var columns = Enumerable.Range(0, starts.Length).Where(i => i % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks(columns.Select(i => (double)i).ToArray(), columns.Select(i => UnitParser.FormatClock(starts[i])).ToArray());
        plot.Axes.Left.SetTicks(Enumerable.Range(0, weekdays.Count).Select(w => (double)(weekdays.Count - 1 - w)).ToArray(),
            weekdays.Select(w => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(w)).ToArray());

        var peak = cells.Where(c => c.Days > 0).MaxBy(c => c.Offered);
        string title = peak is null
            ? $"{contactType}: no normal days to profile"
            : $"{contactType}: busiest on {peak.Weekday} at {UnitParser.FormatClock(peak.Start)}, {peak.Offered:0} contacts per interval";
        DeckStyle.Title(plot, title);
        plot.XLabel("Interval start", LabelSize);
        plot.YLabel("", LabelSize);
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickSize;
        return new Chart($"weekday-profile-{FileStem(contactType)}", title, plot);
    }

    internal static Plot NewPlot() => DeckStyle.NewPlot();

    internal static void Decorate(Plot plot, string title, string xLabel, string yLabel) => DeckStyle.Decorate(plot, title, xLabel, yLabel);

    /// <summary>A line broken where a value is missing (NaN), so a gap shows as a gap rather than a straight line across it.</summary>
    internal static void Lines(Plot plot, double[] xs, double[] ys, Color color, float width, string legend, LinePattern? pattern = null)
    {
        bool labelled = false;
        int start = 0;
        while (start < xs.Length)
        {
            while (start < xs.Length && double.IsNaN(ys[start])) start++;
            int end = start;
            while (end < xs.Length && !double.IsNaN(ys[end])) end++;
            if (end > start)
            {
                var line = end - start == 1
                    ? plot.Add.Scatter(xs[start..end], ys[start..end])
                    : plot.Add.ScatterLine(xs[start..end], ys[start..end]);
                line.Color = color;
                line.LineWidth = width;
                line.MarkerSize = end - start == 1 ? 8 : 0;
                if (pattern is LinePattern p) line.LinePattern = p;
                if (!labelled) line.LegendText = legend;
                labelled = true;
            }
            start = end;
        }
    }

    /// <summary>A contact type's id as a file name stem: letters, digits and dashes.</summary>
    internal static string FileStem(string id) => new([.. id.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]);
}
