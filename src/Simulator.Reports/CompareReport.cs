using System.Text;
using Simulator.Core.Simulation;

namespace Simulator.Reports;

/// <summary>Renders a <see cref="Comparison"/> (<c>ccsim compare</c>): each option's KPIs and its paired difference from the baseline.</summary>
public static class CompareReport
{
    private static IEnumerable<ExperimentResult> All(Comparison c) => new[] { c.Baseline }.Concat(c.Options);

    public static object ToDocument(Comparison comparison) => PrecisionReport.With(Document(comparison), comparison.Precision);

    private static object Document(Comparison comparison)
    {
        return new
        {
            baseline = comparison.Baseline.Scenario.Name,
            replications = comparison.Baseline.Scenario.Replications,
            seed = comparison.Baseline.Scenario.Seed,
            options = All(comparison).Select(r => new
            {
                scenario = r.Scenario.Name,
                file = r.Scenario.SourcePath,
                kpis = RunReport.KpiObject(r.Overall, KpiCatalogue.All),
                costBreakdown = RunReport.CostObject(r),
                training = RunReport.TrainingObject(r),
            }),
            differences = comparison.Options.Select((r, i) => new
            {
                scenario = r.Scenario.Name,
                kpis = KpiCatalogue.All.ToDictionary(k => k.Name, k => DifferenceObject(comparison.Differences[i][k.Kpi])),
                costBreakdown = CostCatalogue.All.ToDictionary(c => c.Name, c => DifferenceObject(comparison.CostDifferences[i][c.Component])),
            }),
            best = KpiCatalogue.All.Where(k => comparison.Best(k.Kpi) is not null)
                .ToDictionary(k => k.Name, k => All(comparison).ElementAt(comparison.Best(k.Kpi)!.Value).Scenario.Name),
        };
    }

    private static object DifferenceObject(KpiDifference d) =>
        new { mean = d.Estimate.Mean, ciLow = d.Estimate.CiLow, ciHigh = d.Estimate.CiHigh, significant = d.Significant };

    public static void WriteJson(TextWriter output, Comparison comparison) => ReportWriter.WriteJson(output, ToDocument(comparison));

    /// <summary>One row per option and KPI: mean, bounds, and the paired difference from the baseline.</summary>
    public static void WriteCsv(TextWriter output, Comparison comparison)
    {
        var rows = new List<string[]>();
        var options = All(comparison).ToArray();
        for (int o = 0; o < options.Length; o++)
        {
            foreach (var kpi in KpiCatalogue.All)
            {
                var e = options[o].Overall[kpi.Kpi];
                var d = o == 0 ? (KpiDifference?)null : comparison.Differences[o - 1][kpi.Kpi];
                rows.Add([
                    options[o].Scenario.Name, kpi.Name,
                    CsvTable.Format(e.Mean), CsvTable.Format(e.CiLow), CsvTable.Format(e.CiHigh),
                    CsvTable.Format(d?.Estimate.Mean), CsvTable.Format(d?.Estimate.CiLow), CsvTable.Format(d?.Estimate.CiHigh),
                    d is null ? "" : CsvTable.Format(d.Value.Significant),
                    comparison.Best(kpi.Kpi) == o ? "true" : "false",
                ]);
            }
            foreach (var component in CostCatalogue.All)
            {
                var e = options[o].CostBreakdown[component.Component];
                var d = o == 0 ? (KpiDifference?)null : comparison.CostDifferences[o - 1][component.Component];
                rows.Add([
                    options[o].Scenario.Name, "cost." + component.Name,
                    CsvTable.Format(e.Mean), CsvTable.Format(e.CiLow), CsvTable.Format(e.CiHigh),
                    CsvTable.Format(d?.Estimate.Mean), CsvTable.Format(d?.Estimate.CiLow), CsvTable.Format(d?.Estimate.CiHigh),
                    d is null ? "" : CsvTable.Format(d.Value.Significant),
                    "",
                ]);
            }
        }
        CsvTable.Write(output, ["option", "kpi", "mean", "ciLow", "ciHigh", "difference", "differenceCiLow", "differenceCiHigh", "significant", "best"], rows);
    }

    /// <summary>The comparison table and summary for a report directory, with the deck charts.</summary>
    public static void WriteReport(string directory, Comparison comparison)
    {
        var options = All(comparison).ToList();
        ReportBundle.Write(directory, $"{comparison.Baseline.Scenario.Name}: {options.Count} options compared", Summary(comparison), Table(comparison),
            Charts.ChartRenderer.For(Charts.ChartData.Of(comparison)));
    }

    /// <summary>The comparison as the terminal and reports show it: a column per option, each cell with its paired difference and marks.</summary>
    public static ReportBundle.Table Table(Comparison comparison) =>
        new([.. All(comparison).Select(r => r.Scenario.Name).Prepend("KPI")], [.. Rows(comparison)], Legend(comparison));

    public static string Summary(Comparison comparison) =>
        $"Compared with \"{comparison.Baseline.Scenario.Name}\": {comparison.Baseline.Scenario.Replications} replications each, seed " +
        $"{comparison.Baseline.Scenario.Seed}, the same customers in every option.";

    public static void WriteTable(TextWriter output, Comparison comparison)
    {
        WriteHeading(output, comparison);
        var table = ReportWriter.NewTable([.. All(comparison).Select(r => r.Scenario.Name).Prepend("KPI")]);
        foreach (var row in Rows(comparison)) ReportWriter.AddRow(table, row);
        ReportWriter.Render(output, table);
        WriteLegend(output, comparison);
    }

    public static void WriteMarkdown(TextWriter output, Comparison comparison)
    {
        WriteHeading(output, comparison);
        output.WriteLine();
        var header = All(comparison).Select(r => r.Scenario.Name).Prepend("KPI").ToArray();
        output.WriteLine("| " + string.Join(" | ", header.Select(Escape)) + " |");
        output.WriteLine("| --- |" + string.Concat(Enumerable.Repeat(" ---: |", header.Length - 1)));
        foreach (var row in Rows(comparison)) output.WriteLine("| " + string.Join(" | ", row.Select(Escape)) + " |");
        output.WriteLine();
        WriteLegend(output, comparison);
    }

    private static void WriteHeading(TextWriter output, Comparison comparison)
    {
        output.WriteLine(Summary(comparison));
        if (comparison.Precision is { } precision) output.WriteLine(PrecisionReport.Line(precision));
    }

    private static void WriteLegend(TextWriter output, Comparison comparison) => output.WriteLine(Legend(comparison));

    /// <summary>How to read a cell, and the KPIs on which no option is significantly better than every other (no ◀ there).</summary>
    private static string Legend(Comparison comparison)
    {
        var undecided = KpiCatalogue.All.Where(k => k.Preference != Preference.None && comparison.Best(k.Kpi) is null).Select(k => k.Label).ToList();
        return "Each cell: mean, then the difference from the baseline paired by replication; * marks a difference whose 95% interval excludes zero; " +
               "◀ marks the option better than every other by such a difference." +
               (undecided.Count == 0 ? "" : $" No significant difference between the best options on: {string.Join(", ", undecided)}.");
    }

    private static IEnumerable<string[]> Rows(Comparison comparison)
    {
        var options = All(comparison).ToArray();
        string? currency = comparison.Baseline.Scenario.Currency;
        foreach (var kpi in KpiCatalogue.ShownFor(comparison.Baseline.Scenario))
        {
            var row = new List<string> { kpi.Label };
            int? best = comparison.Best(kpi.Kpi);
            for (int o = 0; o < options.Length; o++)
            {
                var cell = new StringBuilder(KpiFormat.Value(kpi.Kpi, options[o].Overall[kpi.Kpi].Mean, currency));
                if (o > 0 && comparison.Differences[o - 1][kpi.Kpi] is { Estimate.Mean: double delta } d)
                {
                    cell.Append(" (").Append(KpiFormat.Difference(kpi.Kpi, delta)).Append(d.Significant ? "*" : "").Append(')');
                }
                if (best == o) cell.Append(" ◀");
                row.Add(cell.ToString());
            }
            yield return [.. row];
        }
        // Where the money goes: each cost component that is not zero for some option, with its paired difference.
        // A component is a part of the total cost, and reads like it.
        foreach (var component in CostCatalogue.All.Where(c => options.Any(o => o.CostBreakdown[c.Component].Mean is > 0)))
        {
            var row = new List<string> { ReportBundle.PartIndent + component.Label };
            for (int o = 0; o < options.Length; o++)
            {
                var cell = new StringBuilder(KpiFormat.Value(Kpi.TotalCost, options[o].CostBreakdown[component.Component].Mean, currency));
                if (o > 0 && comparison.CostDifferences[o - 1][component.Component] is { Estimate.Mean: double delta } d)
                {
                    cell.Append(" (").Append(KpiFormat.Difference(Kpi.TotalCost, delta)).Append(d.Significant ? "*" : "").Append(')');
                }
                row.Add(cell.ToString());
            }
            yield return [.. row];
        }
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
