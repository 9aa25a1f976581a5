using ScottPlot;
using Simulator.Core.Simulation;
using Simulator.Core.Units;

namespace Simulator.Reports.Charts;

/// <summary>A chart ready to save: its file stem (e.g. "service-level-by-interval") and the plot.</summary>
public sealed record Chart(string Name, string Title, Plot Plot);

/// <summary>
/// Charts for an executive deck (ScottPlot, headless): 1920×1080 for 16:9 slides, titles that state
/// the finding, labelled axes with units, fonts readable across a room, one colour per option kept
/// across every chart.
/// </summary>
public static class ChartRenderer
{
    public const int Width = 1920;
    public const int Height = 1080;

    private const float TitleSize = 40;
    private const float LabelSize = 30;
    private const float TickSize = 24;
    private const float LegendSize = 26;

    /// <summary>Category10-style colours: distinct for up to ten options, readable on a projector.</summary>
    private static readonly Color[] Palette =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#ff7f0e"), Color.FromHex("#2ca02c"), Color.FromHex("#d62728"), Color.FromHex("#9467bd"),
        Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#7f7f7f"), Color.FromHex("#bcbd22"), Color.FromHex("#17becf"),
    ];

    public static Color ColorOf(int option) => Palette[option % Palette.Length];

    /// <summary>Per-interval KPIs of one option: intervals of the day (pooled over days when there are several).</summary>
    private static PerKpi<KpiEstimate>[] ByInterval(ExperimentResult result) => result.Scenario.Horizon.Days > 1 ? result.TimeOfDay : result.Intervals;

    public static Chart ServiceLevelByInterval(IReadOnlyList<ExperimentResult> options)
    {
        var plot = NewPlot();
        var horizon = options[0].Scenario.Horizon;
        double target = options[0].Scenario.ServiceLevel.Target;
        for (int o = 0; o < options.Count; o++)
        {
            var rows = ByInterval(options[o]);
            double[] xs = Enumerable.Range(0, rows.Length).Select(i => (double)i).ToArray();
            double[] mean = rows.Select(r => Plotted(Kpi.ServiceLevel, r[Kpi.ServiceLevel].Mean)).ToArray();
            double[] low = rows.Select(r => Plotted(Kpi.ServiceLevel, r[Kpi.ServiceLevel].CiLow ?? r[Kpi.ServiceLevel].Mean)).ToArray();
            double[] high = rows.Select(r => Plotted(Kpi.ServiceLevel, r[Kpi.ServiceLevel].CiHigh ?? r[Kpi.ServiceLevel].Mean)).ToArray();
            var band = plot.Add.FillY(xs, low, high);
            band.FillColor = ColorOf(o).WithAlpha(0.18);
            band.LineWidth = 0;
            var line = plot.Add.ScatterLine(xs, mean);
            line.Color = ColorOf(o);
            line.LineWidth = 5;
            line.LegendText = options[o].Scenario.Name;
        }
        var goal = plot.Add.HorizontalLine(target * 100);
        goal.Color = Colors.Black;
        goal.LineWidth = 3;
        goal.LinePattern = LinePattern.Dashed;
        goal.LegendText = $"Target {Formats.Percent(target)}";
        TimeAxis(plot, horizon);
        string title = Finding(options, Kpi.ServiceLevel);
        Decorate(plot, title, "Interval start", "Answered within " + UnitParser.FormatDuration(options[0].Scenario.ServiceLevel.AnswerWithin) + " (%)");
        return new Chart("service-level-by-interval", title, plot);
    }

    public static Chart AbandonmentByInterval(IReadOnlyList<ExperimentResult> options) =>
        LinesByInterval(options, Kpi.AbandonmentRate, "abandonment-by-interval", "Abandoned (% of offered)");

    public static Chart AsaByInterval(IReadOnlyList<ExperimentResult> options) =>
        LinesByInterval(options, Kpi.AverageSpeedOfAnswerSeconds, "asa-by-interval", "Average speed of answer (s)");

    public static Chart CostPerContact(IReadOnlyList<ExperimentResult> options)
    {
        var plot = NewPlot();
        for (int o = 0; o < options.Count; o++)
        {
            var e = options[o].Overall[Kpi.CostPerContact];
            var bar = plot.Add.Bar(position: o, value: e.Mean ?? 0);
            bar.Color = ColorOf(o);
            if (e.CiLow is double low && e.CiHigh is double high && e.Mean is double mean)
            {
                var whisker = plot.Add.ErrorBar([o], [mean], [high - mean]);
                whisker.Color = Colors.Black;
                whisker.LineWidth = 3;
            }
        }
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, options.Count).Select(i => (double)i).ToArray(), options.Select(o => Wrap(o.Scenario.Name)).ToArray());
        plot.Axes.Margins(bottom: 0);
        string title = Finding(options, Kpi.CostPerContact);
        Decorate(plot, title, "", "Cost per handled contact (95% interval)");
        return new Chart("cost-per-contact", title, plot);
    }

    /// <summary>Cost against service level: options no other beats on both are efficient (filled, labelled).</summary>
    public static Chart CostVersusServiceLevel(IReadOnlyList<ExperimentResult> options)
    {
        var plot = NewPlot();
        var points = options.Select(o =>
            (Cost: Plotted(Kpi.CostPerContact, o.Overall[Kpi.CostPerContact].Mean), Level: Plotted(Kpi.ServiceLevel, o.Overall[Kpi.ServiceLevel].Mean))).ToArray();
        for (int o = 0; o < options.Count; o++)
        {
            bool efficient = !points.Where((_, j) => j != o).Any(p => p.Cost <= points[o].Cost && p.Level >= points[o].Level && (p.Cost < points[o].Cost || p.Level > points[o].Level));
            var marker = plot.Add.Marker(points[o].Cost, points[o].Level);
            marker.Color = ColorOf(o);
            marker.Size = efficient ? 40 : 28;
            marker.Shape = efficient ? MarkerShape.FilledCircle : MarkerShape.OpenCircle;
            marker.LineWidth = 4;
            marker.LegendText = options[o].Scenario.Name + (efficient ? " (efficient)" : "");
        }
        const string title = "Cost against service level: filled points are efficient options";
        Decorate(plot, title, "Cost per handled contact", "Service level (%)");
        plot.Axes.Margins(0.15, 0.15);
        return new Chart("cost-vs-service-level", title, plot);
    }

    /// <summary>Scheduled heads by interval: the Erlang plan, the plan found by simulation and the scenario's own, summed over the staffed groups.</summary>
    public static Chart Staffing(Core.Planning.OptimizedStaffing optimized, Core.Scenarios.Scenario original)
    {
        var plot = NewPlot();
        var horizon = original.Horizon;
        int perDay = horizon.IntervalsPerDay;
        double[] xs = Enumerable.Range(0, perDay).Select(i => (double)i).ToArray();
        double[] Total(int[][] plan) => xs.Select(x => (double)plan.Sum(g => g[(int)x])).ToArray();
        var planned = optimized.Groups.Select(id => original.AgentGroups.First(g => g.Id == id))
            .Select(g => Enumerable.Range(0, perDay).Select(i => g.Agents.At(i)).ToArray()).ToArray();
        (string Label, double[] Values, Color Color, LinePattern Pattern)[] series =
        [
            ("Planned (scenario)", Total(planned), Colors.Gray, LinePattern.Dotted),
            ("Required: Erlang A", Total(optimized.ErlangPlan), ColorOf(0), LinePattern.Dashed),
            ("Required: simulation", Total(optimized.Plan), ColorOf(1), LinePattern.Solid),
        ];
        foreach (var (label, values, color, pattern) in series)
        {
            var line = plot.Add.ScatterLine(xs, values);
            line.LegendText = label;
            line.Color = color;
            line.LineWidth = 5;
            line.LinePattern = pattern;
        }
        TimeAxis(plot, horizon);
        double difference = (optimized.Plan.Sum(g => g.Sum()) - optimized.ErlangPlan.Sum(g => g.Sum())) * horizon.IntervalHours;
        string title = $"Meeting the target in simulation takes {Formats.Signed(difference, "0.#")} agent-hours against Erlang A";
        Decorate(plot, title, "Interval start", "Scheduled agents");
        return new Chart("staffing-by-interval", title, plot);
    }

    /// <summary>Total cost over the horizon per option, stacked by component (components that are zero everywhere left out).</summary>
    public static Chart CostBreakdown(IReadOnlyList<ExperimentResult> options)
    {
        var plot = NewPlot();
        var components = CostCatalogue.All.Where(c => options.Any(o => o.CostBreakdown[c.Component].Mean is > 0)).ToArray();
        var bars = new List<Bar>();
        for (int o = 0; o < options.Count; o++)
        {
            double bottom = 0;
            foreach (var component in components)
            {
                double value = options[o].CostBreakdown[component.Component].Mean ?? 0;
                bars.Add(new Bar { Position = o, ValueBase = bottom, Value = bottom + value, FillColor = ComponentColor(component.Component), LineWidth = 0 });
                bottom += value;
            }
        }
        plot.Add.Bars(bars);
        foreach (var component in components)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = component.Label, FillColor = ComponentColor(component.Component) });
        }
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, options.Count).Select(i => (double)i).ToArray(), options.Select(o => Wrap(o.Scenario.Name)).ToArray());
        plot.Axes.Margins(bottom: 0);
        string title = CostTitle(options, components);
        Decorate(plot, title, "", "Total cost over the horizon");
        return new Chart("cost-breakdown", title, plot);
    }

    private static string CostTitle(IReadOnlyList<ExperimentResult> options, CostComponentDefinition[] components)
    {
        double Total(ExperimentResult o) => o.Overall[Kpi.TotalCost].Mean ?? 0;
        if (options.Count == 1 || components.Length == 0)
        {
            var largest = components.OrderByDescending(c => options[0].CostBreakdown[c.Component].Mean ?? 0).FirstOrDefault() ?? CostCatalogue.All[0];
            double share = Total(options[0]) > 0 ? (options[0].CostBreakdown[largest.Component].Mean ?? 0) / Total(options[0]) : 0;
            return $"{largest.Label}: {Formats.Percent(share)} of the {Formats.Money(Total(options[0]))} total cost";
        }
        var cheapest = options.Select((o, i) => (o, i)).OrderBy(p => Total(p.o)).First();
        return cheapest.i == 0
            ? $"The baseline costs least: {Formats.Money(Total(options[0]))} in total"
            : $"{cheapest.o.Scenario.Name} costs {Formats.Money(Total(options[0]) - Total(cheapest.o))} less than the baseline in total";
    }

    private static Color ComponentColor(CostComponent component) => Palette[((int)component + 3) % Palette.Length];

    public static Chart AhtByDay(IReadOnlyList<ExperimentResult> options) =>
        ByDay(options, Kpi.AverageHandleTimeSeconds, "aht-by-day", "Average handle time (s)");

    public static Chart CostPerContactByDay(IReadOnlyList<ExperimentResult> options) =>
        ByDay(options, Kpi.CostPerContact, "cost-per-contact-by-day", "Cost per handled contact");

    /// <summary>
    /// A KPI day by day over a multi-day horizon, one line per option, with a dashed line on the day each
    /// training programme paid back: how a learning curve or a programme plays out over the weeks.
    /// </summary>
    private static Chart ByDay(IReadOnlyList<ExperimentResult> options, Kpi kpi, string name, string axis)
    {
        var plot = NewPlot();
        int days = options[0].Scenario.Horizon.Days;
        double[] xs = Enumerable.Range(1, days).Select(d => (double)d).ToArray();
        for (int o = 0; o < options.Count; o++)
        {
            var line = plot.Add.ScatterLine(xs, options[o].Days.Select(d => Plotted(kpi, d[kpi].Mean)).ToArray());
            line.Color = ColorOf(o);
            line.LineWidth = 5;
            line.LegendText = options[o].Scenario.Name;
            foreach (var payback in options[o].Training.Where(t => t.BreakEvenDay.Mean is not null))
            {
                var breakEven = plot.Add.VerticalLine(payback.BreakEvenDay.Mean!.Value);
                breakEven.Color = ColorOf(o);
                breakEven.LineWidth = 3;
                breakEven.LinePattern = LinePattern.Dashed;
                breakEven.LegendText = $"{payback.Id} pays back (day {payback.BreakEvenDay.Mean:0.#})";
            }
        }
        string what = KpiCatalogue.Of(kpi).Label;
        string Last(ExperimentResult o) => KpiFormat.Value(kpi, o.Days[^1][kpi].Mean);
        var lowest = options.OrderBy(o => o.Days[^1][kpi].Mean ?? double.PositiveInfinity).First();
        string title = options.Count == 1
            ? $"{what} by day: {KpiFormat.Value(kpi, options[0].Days[0][kpi].Mean)} on day 1, {Last(options[0])} on day {days}"
            : $"{what} on day {days}: {Last(lowest)} for {lowest.Scenario.Name}, {Last(options.First(o => o != lowest))} for {options.First(o => o != lowest).Scenario.Name}";
        if (title.Length > 80) title = $"{what} by day: lowest on day {days} is {Last(lowest)} ({lowest.Scenario.Name})";
        Decorate(plot, title, "Day of the horizon", axis);
        return new Chart(name, title, plot);
    }

    /// <summary>Over several days the story is how things change from day to day (training, learning curves): two charts more.</summary>
    private static IEnumerable<Chart> OverTheDays(IReadOnlyList<ExperimentResult> options) =>
        options[0].Scenario.Horizon.Days > 1 ? [AhtByDay(options), CostPerContactByDay(options)] : [];

    public static IReadOnlyList<Chart> ForComparison(IReadOnlyList<ExperimentResult> options) =>
    [
        ServiceLevelByInterval(options),
        AbandonmentByInterval(options),
        AsaByInterval(options),
        CostPerContact(options),
        CostBreakdown(options),
        CostVersusServiceLevel(options),
        .. OverTheDays(options),
    ];

    public static IReadOnlyList<Chart> ForRun(ExperimentResult result) =>
    [
        ServiceLevelByInterval([result]),
        AbandonmentByInterval([result]),
        AsaByInterval([result]),
        CostPerContact([result]),
        CostBreakdown([result]),
        .. OverTheDays([result]),
    ];

    public static byte[] Png(Chart chart) => chart.Plot.GetImageBytes(Width, Height, ImageFormat.Png);

    private static Chart LinesByInterval(IReadOnlyList<ExperimentResult> options, Kpi kpi, string name, string axis)
    {
        var plot = NewPlot();
        for (int o = 0; o < options.Count; o++)
        {
            var rows = ByInterval(options[o]);
            double[] xs = Enumerable.Range(0, rows.Length).Select(i => (double)i).ToArray();
            var line = plot.Add.ScatterLine(xs, rows.Select(r => Plotted(kpi, r[kpi].Mean)).ToArray());
            line.Color = ColorOf(o);
            line.LineWidth = 5;
            line.LegendText = options[o].Scenario.Name;
        }
        TimeAxis(plot, options[0].Scenario.Horizon);
        string title = Finding(options, kpi);
        Decorate(plot, title, "Interval start", axis);
        return new Chart(name, title, plot);
    }

    /// <summary>A title that says what the chart shows: the best option's figure against the baseline's.</summary>
    private static string Finding(IReadOnlyList<ExperimentResult> options, Kpi kpi)
    {
        var definition = KpiCatalogue.Of(kpi);
        string what = definition.Phrase;
        string Show(double? v) => KpiFormat.Value(kpi, v);
        var baseline = options[0].Overall[kpi].Mean;
        if (options.Count == 1) return $"{char.ToUpperInvariant(what[0])}{what[1..]} over the day: {Show(baseline)}";
        double Worse(double mean) => definition.Preference switch
        {
            Preference.Higher => -mean,
            Preference.Lower => mean,
            Preference.None => throw new ArgumentException($"{definition.Label} is no better higher or lower: no option can be best on it.", nameof(kpi)),
        };
        var best = options.Select((o, i) => (o, i)).Where(p => p.o.Overall[kpi].Mean is not null)
            .OrderBy(p => Worse(p.o.Overall[kpi].Mean!.Value)).First();
        return best.i == 0
            ? $"The baseline keeps the best {what}: {Show(baseline)}"
            : $"{best.o.Scenario.Name}: {what} {Show(best.o.Overall[kpi].Mean)} against {Show(baseline)} for the baseline";
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        return plot;
    }

    private static void Decorate(Plot plot, string title, string xLabel, string yLabel)
    {
        plot.Title(title, TitleSize);
        plot.XLabel(xLabel, LabelSize);
        plot.YLabel(yLabel, LabelSize);
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickSize;
        plot.Legend.FontSize = LegendSize;
        plot.ShowLegend(Edge.Bottom); // outside the data area: it never hides a line
    }

    /// <summary>Interval starts as clock times, every second or fourth interval so labels never overlap.</summary>
    private static void TimeAxis(Plot plot, Core.Scenarios.Horizon horizon)
    {
        int count = horizon.IntervalsPerDay;
        int step = Math.Max(1, (int)Math.Ceiling(count / 12.0));
        var positions = Enumerable.Range(0, count).Where(i => i % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks(positions.Select(i => (double)i).ToArray(), positions.Select(i => UnitParser.FormatClock(horizon.IntervalOpening(i).Start)).ToArray());
    }

    /// <summary>Where a value sits on a chart's axis: shares in percent, everything else in its own unit; NaN (a gap) where undefined.</summary>
    private static double Plotted(Kpi kpi, double? value) => value is not double v ? double.NaN : KpiCatalogue.Of(kpi).Unit switch
    {
        KpiUnit.Share => v * 100,
        KpiUnit.Seconds or KpiUnit.Count or KpiUnit.Money or KpiUnit.MoneyPerContact => v,
    };

    private static string Wrap(string name) => name.Length <= 24 ? name : name.Insert(name.LastIndexOf(' ', 24) is int space and > 0 ? space : 24, "\n");
}
