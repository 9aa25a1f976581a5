using System.Globalization;
using ScottPlot;
using Simulator.Core.Scheduling;
using Simulator.Core.Units;

namespace Simulator.Reports.Charts;

/// <summary>
/// Charts of a schedule (<c>ccsim schedule --report</c>): heads on duty against the requirement over the horizon, the
/// number of agents starting at each time, and with a roster, the agent × day grid. Deck style as the other charts.
/// </summary>
public static class ScheduleCharts
{
    private static readonly string[] Weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    /// <summary>The recipes, in the order a report shows them.</summary>
    public static IReadOnlyList<Chart> For(ScheduleReport.Outcome outcome) =>
    [
        .. outcome.Schedule.Coverage.Select(c => c.Group).Distinct().Select((g, i) => Coverage(outcome, g, i)),
        StartHistogram(outcome),
        .. outcome.Roster is { Agents.Count: > 0 } ? [RosterGrid(outcome)] : Array.Empty<Chart>(),
    ];

    /// <summary>Required and scheduled heads on duty per interval, day after day, with a tick at each day's opening.</summary>
    public static Chart Coverage(ScheduleReport.Outcome outcome, string group, int colour)
    {
        var plot = HistoryCharts.NewPlot();
        var rows = outcome.Schedule.Coverage.Where(c => c.Group == group).ToList();
        double[] xs = [.. Enumerable.Range(0, rows.Count).Select(i => (double)i)];
        var required = plot.Add.ScatterLine(xs, [.. rows.Select(r => (double)r.Required)]);
        required.ConnectStyle = ConnectStyle.StepHorizontal;
        required.Color = Colors.Black;
        required.LineWidth = 3;
        required.LinePattern = LinePattern.Dashed;
        required.LegendText = "Required";
        var scheduled = plot.Add.ScatterLine(xs, [.. rows.Select(r => r.Scheduled)]);
        scheduled.ConnectStyle = ConnectStyle.StepHorizontal;
        scheduled.Color = ChartRenderer.ColorOf(colour);
        scheduled.LineWidth = 5;
        scheduled.LegendText = "Scheduled on duty";
        int perDay = rows.Count / Math.Max(1, rows.Select(r => r.Day).Distinct().Count());
        var dayStarts = Enumerable.Range(0, rows.Count / Math.Max(1, perDay)).Select(d => d * perDay).ToArray();
        plot.Axes.Bottom.SetTicks([.. dayStarts.Select(i => (double)i)],
            [.. dayStarts.Select(i => $"day {rows[i].Day} {UnitParser.FormatClock(rows[i].Start)}")]);
        plot.Axes.SetLimitsY(0, Math.Max(1, rows.Max(r => Math.Max(r.Required, r.Scheduled))) * 1.1);
        double surplus = rows.Sum(r => Math.Max(0, r.Scheduled - r.Required)) / Math.Max(1, rows.Sum(r => r.Required));
        int shortIntervals = rows.Count(r => r.Short > 1e-9);
        string title = shortIntervals == 0
            ? $"{group}: every interval covered, {Formats.Percent(surplus)} over the requirement"
            : $"{group}: {shortIntervals} interval(s) short of the requirement";
        HistoryCharts.Decorate(plot, title, "Interval of the horizon", "Agents on duty (time-average)");
        return new Chart($"coverage-{group}", title, plot);
    }

    /// <summary>Agents starting at each time of day over the horizon, one bar each.</summary>
    public static Chart StartHistogram(ScheduleReport.Outcome outcome)
    {
        var plot = HistoryCharts.NewPlot();
        var starts = outcome.Schedule.Shifts.GroupBy(s => s.Pattern.Start).OrderBy(g => g.Key).Select(g => (Start: g.Key, Agents: g.Sum(s => s.Agents)))
            .ToList();
        plot.Add.Bars(starts.Select((s, i) => new Bar { Position = i, Value = s.Agents, FillColor = ChartRenderer.ColorOf(0), LineWidth = 0 }).ToList());
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, starts.Count).Select(i => (double)i)], [.. starts.Select(s => UnitParser.FormatClock(s.Start))]);
        plot.Axes.Margins(bottom: 0);
        var busiest = starts.Count == 0 ? default : starts.MaxBy(s => s.Agents);
        string title = starts.Count == 0 ? "No shifts scheduled" : $"Shift starts: most at {UnitParser.FormatClock(busiest.Start)} ({busiest.Agents} " +
            $"agent-days)";
        // No legend: one series, named by the axis.
        DeckStyle.Title(plot, title);
        plot.XLabel("Start time", DeckStyle.LabelSize);
        plot.YLabel("Agents starting (summed over the days)", DeckStyle.LabelSize);
        plot.Axes.Bottom.TickLabelStyle.FontSize = DeckStyle.TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = DeckStyle.TickSize;
        return new Chart("shift-starts", title, plot);
    }

    /// <summary>Agents down, roster days across: each cell the shift's start hour, blank on a day off.</summary>
    public static Chart RosterGrid(ScheduleReport.Outcome outcome)
    {
        var roster = outcome.Roster!;
        var plot = HistoryCharts.NewPlot();
        var cells = new double[roster.Agents.Count, roster.Days];
        for (int a = 0; a < roster.Agents.Count; a++)
        {
            for (int d = 0; d < roster.Days; d++) cells[a, d] = roster.Shifts[a][d] is { } s ? s.Pattern.Start.TotalHours : double.NaN;
        }
        var heatmap = plot.Add.Heatmap(cells);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.NaNCellColor = Colors.White;
        var bar = plot.Add.ColorBar(heatmap, Edge.Right);
        // Clock times on the colour bar; its rotated label would overlap them, so the x label names the colour instead.
        var hours = Enumerable.Range(0, roster.Days).SelectMany(d => Enumerable.Range(0, roster.Agents.Count).Select(a => cells[a, d]))
            .Where(h => !double.IsNaN(h)).ToList();
        if (hours.Count > 0)
        {
            int first = (int)Math.Floor(hours.Min()), last = (int)Math.Ceiling(hours.Max());
            int hourStep = Math.Max(1, (last - first) / 8);
            var ticks = Enumerable.Range(0, (last - first) / hourStep + 1).Select(i => first + i * hourStep).ToArray();
            bar.Axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                [.. ticks.Select(h => (double)h)], [.. ticks.Select(h => UnitParser.FormatClock(TimeSpan.FromHours(h)))]);
        }
        bar.Axis.TickLabelStyle.FontSize = DeckStyle.TickSize;
        int step = Math.Max(1, roster.Days / 14);
        var columns = Enumerable.Range(0, roster.Days).Where(d => d % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks([.. columns.Select(d => (double)d)], [.. columns.Select(d => $"{d + 1} {Weekdays[d % 7]}")]);
        int rowStep = Math.Max(1, roster.Agents.Count / 20);
        var agentRows = Enumerable.Range(0, roster.Agents.Count).Where(a => a % rowStep == 0).ToArray();
        plot.Axes.Left.SetTicks([.. agentRows.Select(a => (double)(roster.Agents.Count - 1 - a))], [.. agentRows.Select(a => roster.Agents[a].Name)]);
        var weekends = Enumerable.Range(0, roster.Agents.Count)
            .Select(a => roster.Shifts[a].Count(s => s is not null && Core.Scheduling.RosterResult.IsWeekend(s.Day))).ToList();
        string title = $"Roster: {roster.Agents.Count} agents over {Formats.Count(roster.Weeks, "week")}, " +
            $"{weekends.Min()}–{weekends.Max()} weekend shifts each";
        DeckStyle.Title(plot, title);
        plot.XLabel("Day of the roster (colour: shift start)", DeckStyle.LabelSize);
        plot.Axes.Bottom.TickLabelStyle.FontSize = DeckStyle.TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = DeckStyle.TickSize;
        return new Chart("roster", title, plot);
    }

    /// <summary>The report directory: summary, the shifts table and every chart.</summary>
    public static void WriteReport(string directory, ScheduleReport.Outcome outcome)
    {
        var schedule = outcome.Schedule;
        var rows = ScheduleReport.Rows(outcome).Select(r => new[] { r.Group, r.Template, r.Start, r.Length, r.Breaks,
            r.Agents.ToString(CultureInfo.InvariantCulture), r.Days }).ToList();
        string summary = $"Shifts for {outcome.Scenario.Name} to the {outcome.Requirement}: paid cost {Formats.Money(schedule.Cost)}, no schedule below "
                         + $"{Formats.Money(schedule.LowerBound)} (LP bound), gap {Formats.Percent(schedule.Gap)}. "
                         + (outcome.Simulation is { } s && s.ServiceLevel.Mean is double level ? $"Simulated service level {Formats.Percent(level)}. " : "")
                         + string.Join(" ", outcome.Notes.Take(10));
        ReportBundle.Write(directory, "Schedule", summary,
            new ReportBundle.Table(["Group", "Template", "Start", "Length", "Breaks", "Agents", "Days"], rows,
                "Breaks: time from the shift's start + length. Days: days of the horizon the shift is worked on."),
            For(outcome));
    }
}
