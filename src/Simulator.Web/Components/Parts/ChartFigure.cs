using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Core.Units;
using Simulator.Reports;
using Simulator.Reports.Charts;

namespace Simulator.Web.Components.Parts;

/// <summary>How a series is drawn: a line, a shaded interval, points with whiskers, or a dashed reference line.</summary>
public enum SeriesKind
{
    Line,
    Band,
    Points,
    Target,
}

/// <summary>
/// One series of an interactive chart, as computed by the simulation: <see cref="X"/> holds clock labels or numbers,
/// <see cref="Y"/> the values as plotted (shares in percent); <see cref="Low"/> and <see cref="High"/> the 95 % interval
/// on Y (a band's edges, or a point's vertical whisker), <see cref="XLow"/> and <see cref="XHigh"/> a point's horizontal one.
/// NaN is a gap.
/// </summary>
public sealed record ChartSeries(string Name, SeriesKind Kind, string Color)
{
    public IReadOnlyList<object> X { get; init; } = [];
    public IReadOnlyList<double> Y { get; init; } = [];
    public IReadOnlyList<double>? Low { get; init; }
    public IReadOnlyList<double>? High { get; init; }
    public IReadOnlyList<double>? XLow { get; init; }
    public IReadOnlyList<double>? XHigh { get; init; }

    /// <summary>A point drawn filled: an efficient option (no other significantly better on one axis and not worse on the other).</summary>
    public bool Filled { get; init; } = true;
}

/// <summary>An interactive chart: the same title and axis labels as the report's chart of the same figures.</summary>
public sealed record ChartFigure(string Name, string Title, string XTitle, string YTitle, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>The value axis from zero to 100 (a share in percent).</summary>
    public bool Percent { get; init; }
}

/// <summary>
/// The web pages' interactive charts, built from results already computed, with the report recipes' titles and axes
/// (<see cref="ChartRenderer"/>, <see cref="KpiCatalogue"/>, <see cref="KpiFormat"/>): nothing is simulated again.
/// </summary>
public static class ChartFigures
{
    /// <summary>The report's colours (Category10), as CSS.</summary>
    private static string ColorOf(int option) => ChartRenderer.ColorOf(option).ToHex();

    private const string TargetColor = "#000000";

    /// <summary>Service level by interval with its 95 % interval as a band and the target as a dashed line (the report's recipe).</summary>
    public static ChartFigure ServiceLevelByInterval(ExperimentResult result)
    {
        var scenario = result.Scenario;
        var byInterval = ByInterval(result, Kpi.ServiceLevel, 0);
        double target = scenario.ServiceLevel.Target * 100;
        var x = byInterval[0].X;
        ChartSeries goal = new($"Target {Formats.Percent(scenario.ServiceLevel.Target)}", SeriesKind.Target, TargetColor)
        {
            X = [x[0], x[^1]],
            Y = [target, target],
        };
        return new ChartFigure("service-level-by-interval", ChartRenderer.Finding(ChartData.Of(result), Kpi.ServiceLevel), "Interval start",
            ChartRenderer.ServiceLevelAxis(scenario), [.. byInterval, goal])
        { Percent = true };
    }

    /// <summary>Average speed of answer by interval with its 95 % interval as a band.</summary>
    public static ChartFigure AsaByInterval(ExperimentResult result) =>
        new("asa-by-interval", ChartRenderer.Finding(ChartData.Of(result), Kpi.AverageSpeedOfAnswerSeconds), "Interval start", ChartRenderer.AsaAxis,
            ByInterval(result, Kpi.AverageSpeedOfAnswerSeconds, 0));

    /// <summary>Whether the report draws the cost against service level chart for this comparison (it needs costs).</summary>
    public static bool HasTradeOff(Comparison comparison) =>
        ChartRenderer.Recipes.Single(r => r.Name == "cost-vs-service-level").AppliesTo(ChartData.Of(comparison));

    /// <summary>
    /// Cost per handled contact against service level, one point per option with both 95 % intervals as whiskers;
    /// filled where no other option significantly dominates it (paired differences), as the report's chart.
    /// </summary>
    public static ChartFigure CostVersusServiceLevel(Comparison comparison)
    {
        var data = ChartData.Of(comparison);
        var series = new List<ChartSeries>();
        for (int o = 0; o < data.Options.Count; o++)
        {
            var option = data.Options[o];
            var cost = option.Overall[Kpi.CostPerContact];
            var level = option.Overall[Kpi.ServiceLevel];
            bool efficient = ChartRenderer.Efficient(data, o);
            series.Add(new ChartSeries(option.Scenario.Name + (efficient ? " (efficient)" : ""), SeriesKind.Points, ColorOf(o))
            {
                X = [ChartRenderer.Plotted(Kpi.CostPerContact, cost.Mean)],
                Y = [ChartRenderer.Plotted(Kpi.ServiceLevel, level.Mean)],
                XLow = [ChartRenderer.Plotted(Kpi.CostPerContact, cost.CiLow ?? cost.Mean)],
                XHigh = [ChartRenderer.Plotted(Kpi.CostPerContact, cost.CiHigh ?? cost.Mean)],
                Low = [ChartRenderer.Plotted(Kpi.ServiceLevel, level.CiLow ?? level.Mean)],
                High = [ChartRenderer.Plotted(Kpi.ServiceLevel, level.CiHigh ?? level.Mean)],
                Filled = efficient,
            });
        }
        return new ChartFigure("cost-vs-service-level", ChartRenderer.CostVersusServiceLevelTitle,
            Formats.MoneyHeading("Cost per handled contact", data.Options[0].Scenario.Currency) + " (95% interval)", "Service level (%)", series);
    }

    /// <summary>
    /// Today's service level so far at the end of each interval of the live centre's day, with the target: the
    /// points <paramref name="levels"/> holds (interval start, level as a share; NaN before anything was answered).
    /// </summary>
    public static ChartFigure LiveServiceLevel(Scenario scenario, IReadOnlyList<(int Interval, double Level)> levels)
    {
        var horizon = scenario.Horizon;
        string[] clock = [.. Enumerable.Range(0, horizon.IntervalsPerDay).Select(i => Clock(horizon, i))];
        double target = scenario.ServiceLevel.Target * 100;
        const string what = "Service level";
        string title = levels.Count == 0 || !double.IsFinite(levels[^1].Level)
            ? $"{what} today: nothing answered yet"
            : $"{what} today: {KpiFormat.Value(Kpi.ServiceLevel, levels[^1].Level)} at the end of {clock[levels[^1].Interval]}'s interval";
        ChartSeries today = new($"{what} today so far", SeriesKind.Line, ColorOf(0))
        {
            X = [.. levels.Select(l => (object)clock[l.Interval])],
            Y = [.. levels.Select(l => ChartRenderer.Plotted(Kpi.ServiceLevel, double.IsFinite(l.Level) ? l.Level : null))],
        };
        // The target spans every interval of the day, so the axis shows the whole day in clock order as the points fill it in.
        ChartSeries goal = new($"Target {Formats.Percent(scenario.ServiceLevel.Target)}", SeriesKind.Target, TargetColor)
        {
            X = clock,
            Y = [.. clock.Select(_ => target)],
        };
        return new ChartFigure("live-service-level", title, "Interval start", ChartRenderer.ServiceLevelAxis(scenario), [today, goal]) { Percent = true };
    }

    /// <summary>A KPI by interval of the day (pooled over days when there are several, as the report does): its band, then its line.</summary>
    private static ChartSeries[] ByInterval(ExperimentResult result, Kpi kpi, int option)
    {
        var horizon = result.Scenario.Horizon;
        var rows = horizon.Days > 1 ? result.TimeOfDay : result.Intervals;
        object[] x = [.. Enumerable.Range(0, rows.Length).Select(i => (object)Clock(horizon, i % horizon.IntervalsPerDay))];
        double[] mean = [.. rows.Select(r => ChartRenderer.Plotted(kpi, r[kpi].Mean))];
        return
        [
            new ChartSeries("95% interval", SeriesKind.Band, ColorOf(option))
            {
                X = x,
                Y = mean,
                Low = [.. rows.Select(r => ChartRenderer.Plotted(kpi, r[kpi].CiLow ?? r[kpi].Mean))],
                High = [.. rows.Select(r => ChartRenderer.Plotted(kpi, r[kpi].CiHigh ?? r[kpi].Mean))],
            },
            new ChartSeries(result.Scenario.Name, SeriesKind.Line, ColorOf(option)) { X = x, Y = mean },
        ];
    }

    private static string Clock(Horizon horizon, int interval) => UnitParser.FormatClock(horizon.IntervalOpening(interval).Start);
}
