using Simulator.Core.LookAhead;
using Simulator.Core.Simulation;
using Simulator.Core.Units;
using Spectre.Console;

namespace Simulator.Reports;

/// <summary>
/// A look-ahead as people read it: per interval the mean of service level, abandonment, ASA and queue length with the 95 % range where the
/// realised value should land, the whole day's figures, and each action's effect (paired difference with its 95 % confidence interval).
/// </summary>
public static class LookAheadReport
{
    private static readonly Kpi[] Shown = [Kpi.ServiceLevel, Kpi.AbandonmentRate, Kpi.AverageSpeedOfAnswerSeconds, Kpi.MeanQueueLength];

    /// <summary>The per-interval table, at most <paramref name="rows"/> intervals, then the window and the whole day.</summary>
    public static Table Table(LookAheadResult look, int rows = int.MaxValue)
    {
        var table = ReportWriter.NewTable(
            [$"Look-ahead {UnitParser.FormatClock(look.At)} (R={look.Replications})", .. Shown.Select(k => KpiCatalogue.Of(k).Label)]);
        foreach (var interval in look.Intervals.Take(rows))
        {
            ReportWriter.AddRow(table, [UnitParser.FormatClock(interval.Start), .. Shown.Select(k => Cell(k, interval.Kpis))]);
        }
        ReportWriter.AddRow(table, [$"to {UnitParser.FormatClock(look.Until)}", .. Shown.Select(k => Cell(k, look.Window))]);
        ReportWriter.AddRow(table, [$"day {look.Day}", .. Shown.Select(k => Cell(k, look.WholeDay))]);
        return table;
    }

    /// <summary>One line per action: its effect on the whole day's service level, abandonment and ASA.</summary>
    public static IEnumerable<string> Effects(LookAheadResult look) => look.Actions.Select(effect =>
        $"{effect.Action}: " + string.Join(", ", Shown.Take(3).Select(k =>
        {
            var d = effect.WholeDay[KpiCatalogue.Of(k).Name];
            return $"{KpiCatalogue.Of(k).Phrase} {Difference(k, d.Mean)} (95 % CI {Difference(k, d.CiLow)} to {Difference(k, d.CiHigh)})";
        })) + " over the day");

    /// <summary>The table and the effects, as text.</summary>
    public static void WriteTable(TextWriter output, LookAheadResult look)
    {
        ReportWriter.Render(output, Table(look));
        foreach (string line in Effects(look)) output.WriteLine(line);
    }

    /// <summary>The KPIs a look-ahead shows per interval, in the order its table and page show them.</summary>
    public static IReadOnlyList<Kpi> ShownKpis => Shown;

    /// <summary>The KPIs an action's effect is shown on: service level, abandonment, ASA.</summary>
    public static IReadOnlyList<Kpi> EffectKpis => Shown[..3];

    /// <summary>A heading for a look-ahead: when it forked the centre, how far it looked, and on how many replications.</summary>
    public static string Heading(LookAheadResult look) =>
        $"Look-ahead on day {look.Day} from {UnitParser.FormatClock(look.At)} to {UnitParser.FormatClock(look.Until)}: {look.Replications} replications " +
        $"(seed {look.Seed}), each action tried on the same customers as doing nothing.";

    /// <summary>An action's effect on a KPI in words: the paired difference with its 95 % confidence interval.</summary>
    public static string Effect(Kpi kpi, KpiForecast difference) =>
        $"{Difference(kpi, difference.Mean)} (95 % CI {Difference(kpi, difference.CiLow)} to {Difference(kpi, difference.CiHigh)})";

    /// <summary>
    /// The look-ahead as a report folder (report.md, report.html, each chart as PNG and SVG): the per-interval table, the window and the whole day, each
    /// action's effect over the day, and the charts of <see cref="Charts.LookAheadCharts"/>.
    /// </summary>
    /// <param name="target">The service level target the chart draws; null: none.</param>
    public static void WriteReport(string directory, string title, LookAheadResult look, double? target)
    {
        var intervals = new ReportBundle.Table(["Interval", .. Shown.Select(k => KpiCatalogue.Of(k).Label)],
            [
                .. look.Intervals.Select(i => (string[])[UnitParser.FormatClock(i.Start), .. Shown.Select(k => Cell(k, i.Kpis))]),
                [$"to {UnitParser.FormatClock(look.Until)}", .. Shown.Select(k => Cell(k, look.Window))],
                [$"day {look.Day}", .. Shown.Select(k => Cell(k, look.WholeDay))],
            ],
            "Each cell: the mean of the replications, and in brackets the 95 % prediction interval where the realised value should land.", "Forecast");
        var tables = new List<ReportBundle.Table> { intervals };
        if (look.Actions.Count > 0)
        {
            tables.Add(new ReportBundle.Table(["Action", .. EffectKpis.Select(k => KpiCatalogue.Of(k).Label)],
                [.. look.Actions.Select(a => (string[])[a.Action, .. EffectKpis.Select(k => Effect(k, a.WholeDay[KpiCatalogue.Of(k).Name])
                    + (a.WholeDay[KpiCatalogue.Of(k).Name].IsSignificant() ? " *" : ""))])],
                "Change over the whole day against doing nothing, replication by replication on the same customers; * the 95 % interval excludes zero.",
                "Actions"));
        }
        ReportBundle.Write(directory, title, Heading(look), tables, Charts.LookAheadCharts.For(look, target));
    }

    private static string Cell(Kpi kpi, IReadOnlyDictionary<string, KpiForecast> kpis)
    {
        var f = kpis[KpiCatalogue.Of(kpi).Name];
        return f.Mean is not double mean ? "–" : f.Low is double low && f.High is double high
            ? $"{Value(kpi, mean)} ({Value(kpi, low)}–{Value(kpi, high)})"
            : Value(kpi, mean);
    }

    private static string Value(Kpi kpi, double value) => KpiFormat.Value(kpi, value);

    private static string Difference(Kpi kpi, double? value) => value is double v ? KpiFormat.Difference(kpi, v) : "–";
}
