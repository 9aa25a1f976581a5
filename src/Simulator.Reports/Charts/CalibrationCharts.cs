using ScottPlot;
using Simulator.Core.Calibration;

namespace Simulator.Reports.Charts;

/// <summary>
/// Charts of a calibration (<c>ccsim calibrate --report</c>): observed abandonment and ASA per interval against the
/// simulation before and after, and per contact type the fitted handle-time and patience curves against the data's
/// own (the empirical distribution function; Kaplan–Meier survival for censored waits). The list is the renderer's own.
/// </summary>
public static class CalibrationCharts
{
    public static IReadOnlyList<Chart> For(ScenarioCalibration calibration) =>
    [
        BeforeAfter(calibration, "abandonment-before-after", "Abandonment", i => i.ObservedAbandonmentRate * 100, r => r.AbandonmentRate * 100,
            "Abandoned (% of offered)"),
        BeforeAfter(calibration, "asa-before-after", "ASA", i => i.ObservedAverageSpeedOfAnswerSeconds ?? double.NaN, r => r.AverageSpeedOfAnswerSeconds
            ?? double.NaN, "ASA (s)"),
        .. calibration.ContactTypes.Where(t => t.HandleTimeFit?.Chosen is not null).Select(HandleTime),
        .. calibration.ContactTypes.Where(t => t.PatienceFit?.Chosen is not null && !t.PatienceKeptFromTemplate).Select(Patience),
    ];

    private static Chart BeforeAfter(ScenarioCalibration calibration, string name, string what, Func<IntervalCalibration, double> observed,
        Func<IntervalResponse, double> simulated, string axis)
    {
        var plot = HistoryCharts.NewPlot();
        double[] xs = [.. calibration.Intervals.Select((_, i) => (double)i)];
        HistoryCharts.Lines(plot, xs, [.. calibration.Intervals.Select(observed)], Colors.Black, 4, "Observed");
        HistoryCharts.Lines(plot, xs, [.. calibration.Intervals.Select(i => simulated(i.Before))], ChartRenderer.ColorOf(1), 3, "Simulated before",
            LinePattern.Dashed);
        HistoryCharts.Lines(plot, xs, [.. calibration.Intervals.Select(i => simulated(i.After))], ChartRenderer.ColorOf(0), 3, "Simulated after calibration");
        int step = Math.Max(1, calibration.Intervals.Count / 12);
        plot.Axes.Bottom.SetTicks([.. xs.Where((_, i) => i % step == 0)],
            [.. calibration.Intervals.Where((_, i) => i % step == 0).Select(i => i.Start.ToString("HH:mm"))]);
        // Neither abandonment nor ASA goes below zero; the axis stops there (SetLimitsY with NaN left the margin below it).
        DeckStyle.ValueAxis(plot, nonNegative: true, percent: false);
        string title = $"{what} per interval: observed, and simulated before and after calibration";
        HistoryCharts.Decorate(plot, title, "Interval start", axis);
        return new Chart(name, title, plot);
    }

    private static Chart HandleTime(TypeCalibration type)
    {
        var fit = type.HandleTimeFit!;
        var chosen = fit.Chosen!;
        var plot = HistoryCharts.NewPlot();
        var sorted = fit.Empirical!.Quantiles.Select(q => q.Seconds).ToArray();
        double top = sorted.Length > 0 ? sorted[^1] : chosen.MeanSeconds.Value * 4;
        var grid = Enumerable.Range(0, 200).Select(k => top * k / 199.0).ToArray();
        HistoryCharts.Lines(plot, [.. fit.Empirical.Quantiles.Select(q => q.Seconds)], [.. fit.Empirical.Quantiles.Select(q => q.Probability)], Colors.Black, 4,
            "Observed");
        HistoryCharts.Lines(plot, grid, [.. grid.Select(chosen.Cdf)], ChartRenderer.ColorOf(0), 3, $"Fitted {chosen.Family.ToString().ToLowerInvariant()}");
        string title = $"{type.Id}: handle time {chosen.Family.ToString().ToLowerInvariant()}, mean {chosen.MeanSeconds.Value:0} s, KS distance " +
            $"{chosen.KolmogorovSmirnovDistance:0.000}";
        HistoryCharts.Decorate(plot, title, "Handle time (s)", "Share handled within");
        return new Chart($"handle-time-{HistoryCharts.FileStem(type.Id)}", title, plot);
    }

    private static Chart Patience(TypeCalibration type)
    {
        var fit = type.PatienceFit!;
        var chosen = fit.Chosen!;
        var plot = HistoryCharts.NewPlot();
        var steps = fit.KaplanMeier.Steps;
        double top = fit.KaplanMeier.LongestWaitSeconds;
        var grid = Enumerable.Range(0, 200).Select(k => top * k / 199.0).ToArray();
        HistoryCharts.Lines(plot, [0, .. steps.Select(s => s.Seconds)], [1, .. steps.Select(s => s.Survival.Value)], Colors.Black, 4,
            "Kaplan–Meier (observed)");
        HistoryCharts.Lines(plot, grid, [.. grid.Select(chosen.Survival)], ChartRenderer.ColorOf(0), 3,
            $"Fitted {chosen.Family.ToString().ToLowerInvariant()}");
        plot.Axes.SetLimitsY(0, 1.02);
        string title = $"{type.Id}: patience {chosen.Family.ToString().ToLowerInvariant()}, mean {chosen.MeanSeconds.Value:0} s, from {fit.Abandoned:N0} " +
            $"abandons of {fit.Queued:N0}";
        HistoryCharts.Decorate(plot, title, "Wait (s)", "Share still willing to wait");
        return new Chart($"patience-{HistoryCharts.FileStem(type.Id)}", title, plot);
    }
}
