using ScottPlot;
using Simulator.Core.LookAhead;
using Simulator.Core.Simulation;
using Simulator.Core.Units;

namespace Simulator.Reports.Charts;

/// <summary>
/// Charts of a look-ahead from a live centre: per interval from now to the horizon, a KPI's mean over the forks with its 95 % confidence interval
/// (where the expected value lies) inside the 95 % prediction interval (where the day's realised value should land).
/// </summary>
public static class LookAheadCharts
{
    /// <summary>The KPIs charted, each its own picture: the one the target is set on, and the queue behind it.</summary>
    public static IReadOnlyList<Kpi> Charted { get; } = [Kpi.ServiceLevel, Kpi.MeanQueueLength];

    /// <param name="target">The service level target, drawn as a dashed line on the service level chart; null: none.</param>
    public static IReadOnlyList<Chart> For(LookAheadResult look, double? target) => [.. Charted.Select(k => ByInterval(look, k, target))];

    public static Chart ByInterval(LookAheadResult look, Kpi kpi, double? target)
    {
        var definition = KpiCatalogue.Of(kpi);
        double scale = definition.Unit == KpiUnit.Share ? 100 : 1;
        var plot = DeckStyle.NewPlot();
        var intervals = look.Intervals;
        double[] xs = [.. Enumerable.Range(0, intervals.Count).Select(i => (double)i)];
        double[] Values(Func<KpiForecast, double?> pick) => [.. intervals.Select(i => pick(i.Kpis[definition.Name]) is double v ? v * scale : double.NaN)];
        var color = ChartRenderer.ColorOf(0);
        var prediction = plot.Add.FillY(xs, Values(f => f.Low ?? f.Mean), Values(f => f.High ?? f.Mean));
        prediction.FillColor = color.WithAlpha(0.15);
        prediction.LineWidth = 0;
        prediction.LegendText = "95% prediction interval (where the day should land)";
        var confidence = plot.Add.FillY(xs, Values(f => f.CiLow ?? f.Mean), Values(f => f.CiHigh ?? f.Mean));
        confidence.FillColor = color.WithAlpha(0.4);
        confidence.LineWidth = 0;
        confidence.LegendText = "95% confidence interval of the mean";
        var line = plot.Add.ScatterLine(xs, Values(f => f.Mean));
        line.Color = color;
        line.LineWidth = 5;
        line.LegendText = $"Mean of {look.Replications} replications";
        if (kpi == Kpi.ServiceLevel && target is double goal)
        {
            var targetLine = plot.Add.HorizontalLine(goal * 100);
            targetLine.Color = Colors.Black;
            targetLine.LineWidth = 3;
            targetLine.LinePattern = LinePattern.Dashed;
            targetLine.LegendText = $"Target {Formats.Percent(goal)}";
        }
        int step = Math.Max(1, (int)Math.Ceiling(intervals.Count / 12.0));
        var ticks = Enumerable.Range(0, intervals.Count).Where(i => i % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks([.. ticks.Select(i => (double)i)], [.. ticks.Select(i => UnitParser.FormatClock(intervals[i].Start))]);
        DeckStyle.ValueAxis(plot, nonNegative: definition.Lowest >= 0, percent: definition.Unit == KpiUnit.Share);
        var day = look.WholeDay[definition.Name];
        string title = $"{char.ToUpperInvariant(definition.Phrase[0])}{definition.Phrase[1..]} looked ahead from {UnitParser.FormatClock(look.At)}: " +
            $"{KpiFormat.Value(kpi, day.Mean)} over day {look.Day}";
        string axis = definition.Unit == KpiUnit.Share ? $"{definition.Label} (%)" : definition.Label;
        DeckStyle.Decorate(plot, title, "Interval start", axis);
        return new Chart($"look-ahead-{definition.Name}", title, plot);
    }
}
