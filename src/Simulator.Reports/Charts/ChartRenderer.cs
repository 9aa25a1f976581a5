using ScottPlot;
using Simulator.Core.Simulation;
using Simulator.Core.Units;

namespace Simulator.Reports.Charts;

/// <summary>A chart ready to save: its file stem (e.g. "service-level-by-interval") and the plot.</summary>
public sealed record Chart(string Name, string Title, Plot Plot);

/// <summary>
/// What a report has to chart: one option (<c>run</c>), a baseline and options with their paired differences
/// (<c>compare</c>), or a staffing plan found by simulation beside the scenario's own (<c>optimize</c>).
/// </summary>
/// <param name="Options">The baseline first, then each option.</param>
/// <param name="Comparison">Paired differences between the options; null for a single option.</param>
public sealed record ChartData(
    IReadOnlyList<ExperimentResult> Options, Comparison? Comparison = null, Core.Planning.OptimizedStaffing? Optimized = null,
        Core.Scenarios.Scenario? Planned = null)
{
    public static ChartData Of(ExperimentResult result) => new([result]);

    public static ChartData Of(Comparison comparison) => new([comparison.Baseline, .. comparison.Options], comparison);

    public static ChartData Of(Core.Planning.OptimizedStaffing optimized, Core.Scenarios.Scenario planned) => new([optimized.Result], null, optimized, planned);

    public bool OverSeveralDays => Options[0].Scenario.Horizon.Days > 1;

    /// <summary>Whether any option costs anything: a scenario with no rates, fees or fixed costs gets no cost charts (they would be empty).</summary>
    public bool HasCosts => Options.Any(o => o.Overall[Kpi.TotalCost].Mean is > 0);
}

/// <summary>One kind of chart: its file stem, when a report has it, and how it is drawn.</summary>
public sealed record ChartRecipe(string Name, Func<ChartData, bool> AppliesTo, Func<ChartData, Chart> Render);

/// <summary>
/// Charts for an executive deck (ScottPlot, headless): 1920×1080 for 16:9 slides, titles that state
/// the finding, labelled axes with units, fonts readable across a room, one colour per option kept
/// across every chart.
/// </summary>
public static class ChartRenderer
{
    public const int Width = DeckStyle.Width;
    public const int Height = DeckStyle.Height;

    /// <summary>Every chart a run, compare or optimize report can hold, in report order: reports and tests both read this list.</summary>
    public static IReadOnlyList<ChartRecipe> Recipes { get; } =
    [
        new("staffing-by-interval", d => d.Optimized is not null, Staffing),
        new("service-level-by-interval", _ => true, ServiceLevelByInterval),
        new("abandonment-by-interval", _ => true, AbandonmentByInterval),
        new("asa-by-interval", _ => true, AsaByInterval),
        new("cost-per-contact", d => d.HasCosts, CostPerContact),
        new("cost-breakdown", d => d.HasCosts, CostBreakdown),
        new("cost-vs-service-level", d => d.Options.Count > 1 && d.HasCosts, CostVersusServiceLevel),
        // Over several days the story is how things change from day to day (training, learning curves).
        new("aht-by-day", d => d.OverSeveralDays, AhtByDay),
        new("cost-per-contact-by-day", d => d.OverSeveralDays && d.HasCosts, CostPerContactByDay),
    ];

    /// <summary>The charts of every recipe that applies to <paramref name="data"/>.</summary>
    public static IReadOnlyList<Chart> For(ChartData data) => [.. Recipes.Where(r => r.AppliesTo(data)).Select(r => r.Render(data))];

    /// <summary>Category10-style colours: distinct for up to ten options, readable on a projector.</summary>
    private static readonly Color[] Palette =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#ff7f0e"), Color.FromHex("#2ca02c"), Color.FromHex("#d62728"), Color.FromHex("#9467bd"),
        Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#7f7f7f"), Color.FromHex("#bcbd22"), Color.FromHex("#17becf"),
    ];

    public static Color ColorOf(int option) => Palette[option % Palette.Length];

    /// <summary>Per-interval KPIs of one option: intervals of the day (pooled over days when there are several).</summary>
    private static PerKpi<KpiEstimate>[] ByInterval(ExperimentResult result) => result.Scenario.Horizon.Days > 1 ? result.TimeOfDay : result.Intervals;

    public static Chart ServiceLevelByInterval(ChartData data)
    {
        var options = data.Options;
        var plot = DeckStyle.NewPlot();
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
        ValueAxis(plot, Kpi.ServiceLevel);
        string title = Finding(data, Kpi.ServiceLevel);
        DeckStyle.Decorate(plot, title, "Interval start", ServiceLevelAxis(options[0].Scenario));
        return new Chart("service-level-by-interval", title, plot);
    }

    /// <summary>The service level axis's label: what counts as answered in time, in percent.</summary>
    public static string ServiceLevelAxis(Core.Scenarios.Scenario scenario) =>
        "Answered within " + UnitParser.FormatDuration(scenario.ServiceLevel.AnswerWithin) + " (%)";

    public const string AsaAxis = "Average speed of answer (s)";

    public const string CostVersusServiceLevelTitle = "Cost against service level: filled points are efficient options";

    public static Chart AbandonmentByInterval(ChartData data) =>
        LinesByInterval(data, Kpi.AbandonmentRate, "abandonment-by-interval", "Abandoned (% of offered)");

    public static Chart AsaByInterval(ChartData data) =>
        LinesByInterval(data, Kpi.AverageSpeedOfAnswerSeconds, "asa-by-interval", AsaAxis);

    public static Chart CostPerContact(ChartData data)
    {
        var options = data.Options;
        var plot = DeckStyle.NewPlot();
        for (int o = 0; o < options.Count; o++)
        {
            var e = options[o].Overall[Kpi.CostPerContact];
            var bar = plot.Add.Bar(position: o, value: e.Mean ?? 0);
            bar.Color = ColorOf(o);
            if (e.CiLow is double && e.CiHigh is double high && e.Mean is double mean)
            {
                var whisker = plot.Add.ErrorBar([o], [mean], [high - mean]);
                whisker.Color = Colors.Black;
                whisker.LineWidth = 3;
            }
        }
        OptionTicks(plot, options);
        ValueAxis(plot, Kpi.CostPerContact);
        string title = Finding(data, Kpi.CostPerContact);
        DeckStyle.Decorate(plot, title, "", Money(options, "Cost per handled contact") + " (95% interval)");
        return new Chart("cost-per-contact", title, plot);
    }

    /// <summary>Cost against service level: options no other significantly dominates are efficient (filled, labelled).</summary>
    public static Chart CostVersusServiceLevel(ChartData data)
    {
        var options = data.Options;
        var plot = DeckStyle.NewPlot();
        var points = options.Select(o =>
            (Cost: Plotted(Kpi.CostPerContact, o.Overall[Kpi.CostPerContact].Mean), Level: Plotted(Kpi.ServiceLevel, o.Overall[Kpi.ServiceLevel].Mean)))
                .ToArray();
        for (int o = 0; o < options.Count; o++)
        {
            bool efficient = Efficient(data, o);
            var marker = plot.Add.Marker(points[o].Cost, points[o].Level);
            marker.Color = ColorOf(o);
            marker.Size = efficient ? 40 : 28;
            marker.Shape = efficient ? MarkerShape.FilledCircle : MarkerShape.OpenCircle;
            marker.LineWidth = 4;
            marker.LegendText = options[o].Scenario.Name + (efficient ? " (efficient)" : "");
        }
        const string title = CostVersusServiceLevelTitle;
        plot.Axes.Margins(0.15, 0.15);
        ValueAxis(plot, Kpi.ServiceLevel);
        DeckStyle.Decorate(plot, title, Money(options, "Cost per handled contact"), "Service level (%)");
        return new Chart("cost-vs-service-level", title, plot);
    }

    /// <summary>
    /// Option <paramref name="p"/> dominates <paramref name="o"/> when it is significantly better on cost per contact or
    /// on service level and significantly worse on neither (paired differences): a claim the data support, never one
    /// made from means alone. Without a comparison (a single option) nothing is dominated.
    /// </summary>
    private static bool Dominates(Comparison? comparison, int p, int o)
    {
        if (comparison is null) return false;
        int cost = comparison.Compare(p, o, Kpi.CostPerContact), level = comparison.Compare(p, o, Kpi.ServiceLevel);
        return cost >= 0 && level >= 0 && cost + level > 0;
    }

    /// <summary>Whether no other option significantly dominates option <paramref name="o"/> (<see cref="Dominates"/>).</summary>
    public static bool Efficient(ChartData data, int o) => !Enumerable.Range(0, data.Options.Count).Any(p => p != o && Dominates(data.Comparison, p, o));

    /// <summary>Scheduled heads by interval: the Erlang plan, the plan found by simulation and the scenario's own, summed over the staffed groups.</summary>
    public static Chart Staffing(ChartData data)
    {
        var optimized = data.Optimized ?? throw new ArgumentException("The staffing chart needs an optimized plan.", nameof(data));
        var original = data.Planned ?? throw new ArgumentException("The staffing chart needs the scenario's own plan.", nameof(data));
        var plot = DeckStyle.NewPlot();
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
        DeckStyle.ValueAxis(plot, nonNegative: true, percent: false);
        double difference = (optimized.Plan.Sum(g => g.Sum()) - optimized.ErlangPlan.Sum(g => g.Sum())) * horizon.IntervalHours;
        string hours = Formats.Number(Math.Abs(difference), "#,0.#");
        string title = Math.Round(difference, 1) switch
        {
            < 0 => $"Simulation meets the target with {hours} agent-hours fewer than Erlang A",
            > 0 => $"Meeting the target in simulation takes {hours} agent-hours more than Erlang A",
            _ => "Simulation and Erlang A need the same agent-hours to meet the target",
        };
        DeckStyle.Decorate(plot, title, "Interval start", "Scheduled agents");
        return new Chart("staffing-by-interval", title, plot);
    }

    /// <summary>Total cost over the horizon per option, stacked by component (components that are zero everywhere left out).</summary>
    public static Chart CostBreakdown(ChartData data)
    {
        var options = data.Options;
        var plot = DeckStyle.NewPlot();
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
        OptionTicks(plot, options);
        DeckStyle.ValueAxis(plot, nonNegative: true, percent: false);
        string title = CostTitle(data, components);
        DeckStyle.Decorate(plot, title, "", Money(options, "Total cost over the horizon"));
        return new Chart("cost-breakdown", title, plot);
    }

    private static string CostTitle(ChartData data, CostComponentDefinition[] components)
    {
        var options = data.Options;
        string Total(ExperimentResult o) => Formats.Money(o.Overall[Kpi.TotalCost].Mean ?? 0, o.Scenario.Currency);
        if (options.Count == 1 || components.Length == 0)
        {
            double total = options[0].Overall[Kpi.TotalCost].Mean ?? 0;
            var largest = components.OrderByDescending(c => options[0].CostBreakdown[c.Component].Mean ?? 0).FirstOrDefault() ?? CostCatalogue.All[0];
            double share = total > 0 ? (options[0].CostBreakdown[largest.Component].Mean ?? 0) / total : 0;
            return $"{largest.Label}: {Formats.Percent(share)} of the {Total(options[0])} total cost";
        }
        return data.Comparison?.Best(Kpi.TotalCost) switch
        {
            null => $"Total cost: no significant difference ({Total(options[0])} for the baseline)",
            0 => $"The baseline costs least: {Total(options[0])} in total",
            int best => $"{options[best].Scenario.Name} costs " +
                        $"{Formats.Money((options[0].Overall[Kpi.TotalCost].Mean ?? 0) - (options[best].Overall[Kpi.TotalCost].Mean ?? 0),
                            options[0].Scenario.Currency)}" +
                        " less than the baseline in total",
        };
    }

    private static Color ComponentColor(CostComponent component) => Palette[((int)component + 3) % Palette.Length];

    public static Chart AhtByDay(ChartData data) =>
        ByDay(data.Options, Kpi.AverageHandleTimeSeconds, "aht-by-day", "Average handle time (s)");

    public static Chart CostPerContactByDay(ChartData data) =>
        ByDay(data.Options, Kpi.CostPerContact, "cost-per-contact-by-day", Money(data.Options, "Cost per handled contact"));

    /// <summary>
    /// A KPI day by day over a multi-day horizon, one line per option, with a dashed line on the day each
    /// training programme paid back: how a learning curve or a programme plays out over the weeks. The title
    /// states the last day's figures and claims no winner: a single day's difference is not tested.
    /// </summary>
    private static Chart ByDay(IReadOnlyList<ExperimentResult> options, Kpi kpi, string name, string axis)
    {
        var plot = DeckStyle.NewPlot();
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
        ValueAxis(plot, kpi);
        string what = KpiCatalogue.Of(kpi).Label;
        string Last(ExperimentResult o) => KpiFormat.Value(kpi, o.Days[^1][kpi].Mean, o.Scenario.Currency);
        string title = options.Count switch
        {
            1 => $"{what} by day: {KpiFormat.Value(kpi, options[0].Days[0][kpi].Mean, options[0].Scenario.Currency)} on day 1, {Last(options[0])} on day " +
                $"{days}",
            2 => $"{what} on day {days}: {Last(options[1])} for {options[1].Scenario.Name}, {Last(options[0])} for {options[0].Scenario.Name}",
            _ => $"{what} on day {days}: {Last(options[0])} for the baseline, " +
                 $"{string.Join(", ", options.Skip(1).Select(Last))} for the {options.Count - 1} options",
        };
        DeckStyle.Decorate(plot, title, "Day of the horizon", axis);
        return new Chart(name, title, plot);
    }

    public static byte[] Png(Chart chart) => chart.Plot.GetImageBytes(Width, Height, ImageFormat.Png);

    private static Chart LinesByInterval(ChartData data, Kpi kpi, string name, string axis)
    {
        var options = data.Options;
        var plot = DeckStyle.NewPlot();
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
        ValueAxis(plot, kpi);
        string title = Finding(data, kpi);
        DeckStyle.Decorate(plot, title, "Interval start", axis);
        return new Chart(name, title, plot);
    }

    /// <summary>
    /// A title that says what the chart shows: the best option's figure against the baseline's where one option
    /// is significantly better than every other (<see cref="Comparison.Best"/>), else that there is no significant difference.
    /// </summary>
    public static string Finding(ChartData data, Kpi kpi)
    {
        var options = data.Options;
        string what = KpiCatalogue.Of(kpi).Phrase;
        string Show(double? v) => KpiFormat.Value(kpi, v, options[0].Scenario.Currency);
        var baseline = options[0].Overall[kpi].Mean;
        if (options.Count == 1) return $"{char.ToUpperInvariant(what[0])}{what[1..]} over the day: {Show(baseline)}";
        return data.Comparison?.Best(kpi) switch
        {
            null => $"{char.ToUpperInvariant(what[0])}{what[1..]}: no significant difference between the options ({Show(baseline)} for the baseline)",
            0 => $"The baseline keeps the {(KpiCatalogue.Of(kpi).Preference == Preference.Higher ? "highest" : "lowest")} {what}: {Show(baseline)}",
            int best => $"{options[best].Scenario.Name}: {what} {Show(options[best].Overall[kpi].Mean)} against {Show(baseline)} for the baseline",
        };
    }

    /// <summary>A money axis's label, with the scenario's currency where it names one.</summary>
    private static string Money(IReadOnlyList<ExperimentResult> options, string label) => Formats.MoneyHeading(label, options[0].Scenario.Currency);

    /// <summary>The value axis of a KPI: from zero for what cannot be negative, up to 100 % at most for a share.</summary>
    private static void ValueAxis(Plot plot, Kpi kpi)
    {
        var definition = KpiCatalogue.Of(kpi);
        DeckStyle.ValueAxis(plot, nonNegative: definition.Lowest >= 0, percent: definition.Unit == KpiUnit.Share);
    }

    /// <summary>Interval starts as clock times, every second or fourth interval so labels never overlap.</summary>
    private static void TimeAxis(Plot plot, Core.Scenarios.Horizon horizon)
    {
        int count = horizon.IntervalsPerDay;
        int step = Math.Max(1, (int)Math.Ceiling(count / 12.0));
        var positions = Enumerable.Range(0, count).Where(i => i % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks(positions.Select(i => (double)i).ToArray(), positions.Select(i => UnitParser.FormatClock(horizon.IntervalOpening(i).Start))
            .ToArray());
    }

    /// <summary>Each option's name under its bar, wrapped to the width a bar has.</summary>
    private static void OptionTicks(Plot plot, IReadOnlyList<ExperimentResult> options)
    {
        int perLine = Math.Clamp(120 / options.Count, 16, 40);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, options.Count).Select(i => (double)i).ToArray(), options.Select(o => Wrap(o.Scenario.Name, perLine))
            .ToArray());
    }

    /// <summary>Where a value sits on a chart's axis: shares in percent, everything else in its own unit; NaN (a gap) where undefined.</summary>
    public static double Plotted(Kpi kpi, double? value) => value is not double v ? double.NaN : KpiCatalogue.Of(kpi).Unit switch
    {
        KpiUnit.Share => v * 100,
        KpiUnit.Seconds or KpiUnit.Count or KpiUnit.Money or KpiUnit.MoneyPerContact => v,
    };

    /// <summary>A name on lines of at most <paramref name="perLine"/> characters, broken between words.</summary>
    private static string Wrap(string name, int perLine)
    {
        var lines = new List<string>();
        string current = "";
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > perLine)
            {
                lines.Add(current);
                current = word;
            }
            else current = current.Length == 0 ? word : current + " " + word;
        }
        if (current.Length > 0) lines.Add(current);
        return string.Join('\n', lines);
    }
}
