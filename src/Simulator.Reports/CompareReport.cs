using System.Globalization;
using System.Text;
using Simulator.Core.Simulation;

namespace Simulator.Reports;

/// <summary>Renders a <see cref="Comparison"/> (<c>ccsim compare</c>): each option's KPIs and its paired difference from the baseline.</summary>
public static class CompareReport
{
    private static IEnumerable<ExperimentResult> All(Comparison c) => new[] { c.Baseline }.Concat(c.Options);

    public static object ToDocument(Comparison comparison)
    {
        return new
        {
            baseline = comparison.Baseline.Scenario.Name,
            replications = comparison.Baseline.Replications.Count,
            seed = comparison.Baseline.Scenario.Seed,
            options = All(comparison).Select(r => new
            {
                scenario = r.Scenario.Name,
                file = r.Scenario.SourcePath,
                kpis = RunReport.KpiObject(r.Overall, KpiCalculator.All),
                costBreakdown = RunReport.CostObject(r),
                training = RunReport.TrainingObject(r),
            }),
            differences = comparison.Options.Select((r, i) => new
            {
                scenario = r.Scenario.Name,
                kpis = KpiCalculator.All.ToDictionary(RunReport.KpiName, k =>
                {
                    var d = comparison.Differences[i][(int)k];
                    return DifferenceObject(d);
                }),
                costBreakdown = Enum.GetValues<CostComponent>().ToDictionary(RunReport.CostName, c => DifferenceObject(comparison.CostDifferences[i][(int)c])),
            }),
            best = KpiCalculator.All.Where(k => comparison.Best(k) is not null)
                .ToDictionary(RunReport.KpiName, k => All(comparison).ElementAt(comparison.Best(k)!.Value).Scenario.Name),
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
            foreach (var kpi in KpiCalculator.All)
            {
                var e = options[o].Overall[(int)kpi];
                var d = o == 0 ? (KpiDifference?)null : comparison.Differences[o - 1][(int)kpi];
                rows.Add([
                    options[o].Scenario.Name, RunReport.KpiName(kpi),
                    CsvTable.Format(e.Mean), CsvTable.Format(e.CiLow), CsvTable.Format(e.CiHigh),
                    CsvTable.Format(d?.Estimate.Mean), CsvTable.Format(d?.Estimate.CiLow), CsvTable.Format(d?.Estimate.CiHigh),
                    d is null ? "" : CsvTable.Format(d.Value.Significant),
                    comparison.Best(kpi) == o ? "true" : "false",
                ]);
            }
            foreach (var component in Enum.GetValues<CostComponent>())
            {
                var e = options[o].CostBreakdown[(int)component];
                var d = o == 0 ? (KpiDifference?)null : comparison.CostDifferences[o - 1][(int)component];
                rows.Add([
                    options[o].Scenario.Name, "cost." + RunReport.CostName(component),
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
        var table = new ReportBundle.Table([.. options.Select(r => r.Scenario.Name).Prepend("KPI")], [.. Rows(comparison)],
            "Each cell: mean, then the difference from the baseline paired by replication; * marks a difference whose 95% interval excludes zero; ◀ marks the best option.");
        string summary = $"Compared with \"{comparison.Baseline.Scenario.Name}\": {comparison.Baseline.Replications.Count} replications each, seed {comparison.Baseline.Scenario.Seed}, the same customers in every option.";
        ReportBundle.Write(directory, $"{comparison.Baseline.Scenario.Name}: {options.Count - 1} option{(options.Count == 2 ? "" : "s")} compared", summary, table,
            Charts.ChartRenderer.ForComparison(options));
    }

    public static void WriteTable(TextWriter output, Comparison comparison)
    {
        WriteHeading(output, comparison);
        var table = ReportWriter.NewTable([.. All(comparison).Select(r => r.Scenario.Name).Prepend("KPI")]);
        foreach (var row in Rows(comparison)) ReportWriter.AddRow(table, row);
        ReportWriter.Render(output, table);
        WriteLegend(output);
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
        WriteLegend(output);
    }

    private static void WriteHeading(TextWriter output, Comparison comparison) =>
        output.WriteLine($"Compared with \"{comparison.Baseline.Scenario.Name}\": {comparison.Baseline.Replications.Count} replications each, seed {comparison.Baseline.Scenario.Seed}, the same customers in every option.");

    private static void WriteLegend(TextWriter output) =>
        output.WriteLine("Each cell: mean, then the difference from the baseline paired by replication; * marks a difference whose 95% interval excludes zero; ◀ marks the best option.");

    private static IEnumerable<string[]> Rows(Comparison comparison)
    {
        var options = All(comparison).ToArray();
        foreach (var kpi in KpiCalculator.All)
        {
            var row = new List<string> { RunReport.Label(kpi) };
            int? best = comparison.Best(kpi);
            for (int o = 0; o < options.Length; o++)
            {
                var cell = new StringBuilder(RunReport.Value(kpi, options[o].Overall[(int)kpi].Mean));
                if (o > 0 && comparison.Differences[o - 1][(int)kpi] is { Estimate.Mean: double delta } d)
                {
                    cell.Append(" (").Append(Delta(kpi, delta)).Append(d.Significant ? "*" : "").Append(')');
                }
                if (best == o) cell.Append(" ◀");
                row.Add(cell.ToString());
            }
            yield return [.. row];
        }
        // Where the money goes: each cost component that is not zero for some option, with its paired difference.
        foreach (var component in Enum.GetValues<CostComponent>().Where(c => options.Any(o => o.CostBreakdown[(int)c].Mean is > 0)))
        {
            var row = new List<string> { "  " + RunReport.CostLabel(component) };
            for (int o = 0; o < options.Length; o++)
            {
                var cell = new StringBuilder(RunReport.Value(Kpi.TotalCost, options[o].CostBreakdown[(int)component].Mean));
                if (o > 0 && comparison.CostDifferences[o - 1][(int)component] is { Estimate.Mean: double delta } d)
                {
                    cell.Append(" (").Append(Delta(Kpi.TotalCost, delta)).Append(d.Significant ? "*" : "").Append(')');
                }
                row.Add(cell.ToString());
            }
            yield return [.. row];
        }
    }

    /// <summary>Shares differ in percentage points; everything else in its own unit.</summary>
    private static string Delta(Kpi kpi, double delta) => kpi switch
    {
        _ when KpiCalculator.IsShare(kpi) => Formats.Signed(delta * 100, "0.0") + " pts",
        Kpi.AverageSpeedOfAnswerSeconds or Kpi.AverageHandleTimeSeconds => Formats.Signed(delta, "0.0") + " s",
        Kpi.CostPerContact or Kpi.CostPerResolvedContact => Formats.Signed(delta, "0.00"),
        Kpi.TotalCost => Formats.Signed(delta, "#,0"),
        _ => Formats.Signed(delta, "0.0"),
    };

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
