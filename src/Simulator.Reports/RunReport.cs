using System.Globalization;
using Simulator.Core.Simulation;
using Simulator.Core.Units;
using Spectre.Console;

namespace Simulator.Reports;

/// <summary>Renders a simulated experiment (<c>ccsim run</c>): KPIs with 95 % confidence intervals, overall, by interval and by contact type.</summary>
public static class RunReport
{
    /// <summary>A KPI as the JSON contract has it: <c>{ mean, ciLow, ciHigh }</c>.</summary>
    internal static object EstimateObject(KpiEstimate e) => new { mean = e.Mean, ciLow = e.CiLow, ciHigh = e.CiHigh };

    /// <summary>KPIs as JSON has them: name → <c>{ mean, ciLow, ciHigh }</c>, in catalogue order.</summary>
    internal static Dictionary<string, object> KpiObject(PerKpi<KpiEstimate> estimates, IEnumerable<KpiDefinition> kpis) =>
        kpis.ToDictionary(k => k.Name, k => EstimateObject(estimates[k.Kpi]));

    /// <summary>Total cost by component, as JSON has it: component → <c>{ mean, ciLow, ciHigh }</c>.</summary>
    internal static Dictionary<string, object> CostObject(ExperimentResult result) =>
        CostCatalogue.All.ToDictionary(c => c.Name, c => EstimateObject(result.CostBreakdown[c.Component]));

    /// <summary>Each training programme's cost, the value of agent time it saved, and the day it paid back (null where no replication got there).</summary>
    internal static IEnumerable<object> TrainingObject(ExperimentResult result) => result.Training.Select(t => new
    {
        id = t.Id,
        cost = t.Cost,
        savings = EstimateObject(t.Savings),
        breakEvenDay = EstimateObject(t.BreakEvenDay),
        paidBackInReplications = t.PaidBackIn,
        replications = t.Replications,
    });

    public static object ToDocument(ExperimentResult result) => PrecisionReport.With(Document(result), result.Precision);

    private static object Document(ExperimentResult result)
    {
        var scenario = result.Scenario;
        var horizon = scenario.Horizon;
        return new
        {
            scenario = scenario.Name,
            replications = scenario.Replications,
            seed = scenario.Seed,
            days = horizon.Days,
            serviceLevelDefinition = scenario.ServiceLevel.Definition,
            answerWithinSeconds = scenario.ServiceLevel.AnswerWithin.TotalSeconds,
            kpis = KpiObject(result.Overall, KpiCatalogue.All),
            costBreakdown = CostObject(result),
            training = TrainingObject(result),
            byDay = result.Days.Select((estimates, d) => new { day = d + 1, kpis = KpiObject(estimates, KpiCatalogue.All) }),
            intervals = result.Intervals.Select((estimates, i) =>
            {
                var (day, start) = horizon.IntervalOpening(i);
                return new { day, start = UnitParser.FormatClock(start), kpis = KpiObject(estimates, KpiCatalogue.All) };
            }),
            contactTypes = result.ContactTypes.Select((estimates, t) => new
            {
                id = scenario.ContactTypes[t].Id,
                channel = scenario.ContactTypes[t].Channel,
                answerWithinSeconds = scenario.AnswerWithin(scenario.ContactTypes[t]).TotalSeconds,
                kpis = KpiObject(estimates, KpiCatalogue.PerContactType),
            }),
            agentGroups = result.GroupOccupancy.Select((occupancy, g) => new
            {
                id = scenario.AgentGroups[g].Id,
                occupancy = EstimateObject(occupancy),
            }),
            events = result.Events,
        };
    }

    public static void WriteJson(TextWriter output, ExperimentResult result) => ReportWriter.WriteJson(output, ToDocument(result));

    /// <summary>One row per scope (overall, each interval, each contact type, each cost component); for each KPI its mean and interval bounds.</summary>
    public static void WriteCsv(TextWriter output, ExperimentResult result)
    {
        var (header, rows) = CsvRows(result);
        CsvTable.Write(output, [.. header], rows);
    }

    /// <summary>Several variants in one table: the same rows as for one, each led by its variant.</summary>
    public static void WriteCsv(TextWriter output, IReadOnlyList<(string Variant, ExperimentResult Result)> variants)
    {
        var header = CsvRows(variants[0].Result).Header.Prepend("variant").ToArray();
        var rows = variants.SelectMany(v => CsvRows(v.Result).Rows.Select(row => row.Prepend(v.Variant).ToArray())).ToList();
        CsvTable.Write(output, header, rows);
    }

    private static (List<string> Header, List<string[]> Rows) CsvRows(ExperimentResult result)
    {
        var header = new List<string> { "scope", "id", "day", "start" };
        foreach (var kpi in KpiCatalogue.All) header.AddRange([kpi.Name, kpi.Name + "CiLow", kpi.Name + "CiHigh"]);
        var horizon = result.Scenario.Horizon;
        var rows = new List<string[]> { Row("overall", "", "", "", k => result.Overall[k.Kpi]) };
        for (int i = 0; i < result.Intervals.Length; i++)
        {
            var (day, start) = horizon.IntervalOpening(i);
            var estimates = result.Intervals[i];
            rows.Add(Row("interval", "", day.ToString(CultureInfo.InvariantCulture), UnitParser.FormatClock(start), k => estimates[k.Kpi]));
        }
        for (int t = 0; t < result.ContactTypes.Length; t++)
        {
            var estimates = result.ContactTypes[t];
            rows.Add(Row("contactType", result.Scenario.ContactTypes[t].Id, "", "", k => k.Scope == KpiScope.ContactType ? estimates[k.Kpi] : null));
        }
        // One row per cost component, its total over the horizon under totalCost.
        foreach (var component in CostCatalogue.All)
        {
            var total = result.CostBreakdown[component.Component];
            rows.Add(Row("cost", component.Name, "", "", k => k.Kpi == Kpi.TotalCost ? total : null));
        }
        return (header, rows);
    }

    /// <param name="estimateOf">Each KPI's estimate, or null for a KPI the row leaves empty.</param>
    private static string[] Row(string scope, string id, string day, string start, Func<KpiDefinition, KpiEstimate?> estimateOf)
    {
        var cells = new List<string> { scope, id, day, start };
        foreach (var kpi in KpiCatalogue.All)
        {
            var e = estimateOf(kpi);
            cells.AddRange([CsvTable.Format(e?.Mean), CsvTable.Format(e?.CiLow), CsvTable.Format(e?.CiHigh)]);
        }
        return [.. cells];
    }

    /// <summary>A report directory with what the terminal shows (every table, the pay-back and occupancy lines) and the charts.</summary>
    public static void WriteReport(string directory, ExperimentResult result)
    {
        var scenario = result.Scenario;
        ReportBundle.Write(directory, scenario.Name, Heading(result) + " " + ServiceLevelLine(scenario), Tables(result),
            Charts.ChartRenderer.For(Charts.ChartData.Of(result)));
    }

    public static void WriteTable(TextWriter output, ExperimentResult result)
    {
        output.WriteLine(Heading(result));
        output.WriteLine(ServiceLevelLine(result.Scenario));
        foreach (var table in Tables(result))
        {
            if (table.Heading is string heading) output.WriteLine(heading + ":");
            var rendered = ReportWriter.NewTable(table.Header);
            foreach (var row in table.Rows) ReportWriter.AddRow(rendered, row);
            ReportWriter.Render(output, rendered);
            foreach (var line in table.Legend.Split('\n', StringSplitOptions.RemoveEmptyEntries)) output.WriteLine(line);
        }
    }

    public static string Heading(ExperimentResult result)
    {
        var scenario = result.Scenario;
        var horizon = scenario.Horizon;
        return $"{scenario.Name}: {scenario.Replications} replication{(scenario.Replications == 1 ? "" : "s")}, seed {scenario.Seed}, " +
               $"{horizon.Days} day{(horizon.Days == 1 ? "" : "s")} of {UnitParser.FormatClock(horizon.Start)}–{UnitParser.FormatClock(horizon.End)}" +
               (horizon.Warmup > TimeSpan.Zero ? $", first {UnitParser.FormatDuration(horizon.Warmup)} discarded as warm-up" : "") +
               $"; {result.Events:N0} events." + (result.Precision is { } precision ? "\n" + PrecisionReport.Line(precision) : "");
    }

    public static string ServiceLevelLine(Core.Scenarios.Scenario scenario)
    {
        var level = scenario.ServiceLevel;
        return $"Service level: answered within {UnitParser.FormatDuration(level.AnswerWithin)} ({ErlangReport.YamlName(level.Definition)}), " +
               $"target {Formats.Percent(level.Target)}; each contact counts against its own type's threshold, and a channel's figures pool its types. " +
               "Ranges are 95% confidence intervals over replications.";
    }

    /// <summary>The headline KPIs, by interval, by contact type and the costs with each training programme's pay-back: one list for the terminal and
    /// reports (and the web workspace).</summary>
    public static IReadOnlyList<ReportBundle.Table> Tables(ExperimentResult result)
    {
        var scenario = result.Scenario;
        var horizon = scenario.Horizon;
        var headline = KpiCatalogue.ShownFor(scenario)
            .Select(k => new[] { k.Label, KpiFormat.Value(k.Kpi, result.Overall[k.Kpi].Mean, scenario.Currency),
                KpiFormat.Range(k.Kpi, result.Overall[k.Kpi]) }).ToList();

        bool pooled = horizon.Days > 1;
        var rows = pooled ? result.TimeOfDay : result.Intervals;
        var byInterval = rows.Select((e, i) => (string[])[
            UnitParser.FormatClock(horizon.IntervalOpening(i).Start),
            .. ContactCells(e),
            Mean(e, Kpi.Occupancy),
            QueueCell(e),
            Mean(e, Kpi.CostPerContact)]).ToList();

        var byType = result.ContactTypes.Select((e, t) => (string[])[
            scenario.ContactTypes[t].Id,
            .. ContactCells(e),
            Mean(e, Kpi.FirstContactResolution),
            Mean(e, Kpi.CustomersAtRisk),
            Mean(e, Kpi.ContainmentRate),
            QueueCell(e),
            Mean(e, Kpi.UnansweredAtClose)]).ToList();

        var notes = result.Training.Select(t => TrainingLine(t, scenario.Currency))
            .Append("Agent occupancy by group: " + string.Join(", ", result.GroupOccupancy.Select((o, g) =>
            $"{scenario.AgentGroups[g].Id} {KpiFormat.Value(Kpi.Occupancy, o.Mean)}")) + ".");
        return
        [
            new(["KPI", "Mean", "95% CI"], headline, ""),
            new([.. ContactColumns.Prepend("Start"), "Occupancy", "Queue (mean/max)", Formats.MoneyHeading("Cost/contact", scenario.Currency)], byInterval, "",
                pooled ? $"By interval of the day, pooled over {horizon.Days} days" : "By interval"),
            new([.. ContactColumns.Prepend("Contact type"), "FCR", "At risk", "Contained", "Queue (mean/max)", "Unanswered at close"], byType, "",
                "By contact type"),
            new(["Cost component", Formats.MoneyHeading("Total", scenario.Currency), "95% CI", "Share"], CostRows(result), string.Join('\n', notes),
                "Costs over the horizon"),
        ];
    }

    /// <summary>Cost by component, only those that are not zero.</summary>
    private static List<string[]> CostRows(ExperimentResult result)
    {
        double total = result.Overall[Kpi.TotalCost].Mean ?? 0;
        var rows = new List<string[]>();
        foreach (var component in CostCatalogue.All)
        {
            var e = result.CostBreakdown[component.Component];
            if (e.Mean is not double mean || mean == 0) continue;
            string range = e.CiLow is null ? "" : $"{Formats.Money(e.CiLow.Value)} – {Formats.Money(e.CiHigh!.Value)}";
            rows.Add([component.Label, Formats.Money(mean), range, total > 0 ? Formats.Percent(mean / total) : "–"]);
        }
        return rows;
    }

    private static string TrainingLine(TrainingPayback t, string? currency)
    {
        string paidBack = t.PaidBackIn == 0
            ? "not paid back within the horizon"
            : $"paid back on day {t.BreakEvenDay.Mean:0.#}" + (t.PaidBackIn < t.Replications ? $" (in {t.PaidBackIn} of {t.Replications} replications)" : "");
        return $"Training '{t.Id}': cost {Formats.Money(t.Cost, currency)}, agent time saved worth {Formats.Money(t.Savings.Mean ?? 0, currency)}; {paidBack}.";
    }

    private static readonly string[] ContactColumns = ["Offered", "SL", "SL 95% CI", "ASA", "Abandoned", "AHT"];

    /// <summary>The cells under <see cref="ContactColumns"/>: what callers experienced.</summary>
    private static string[] ContactCells(PerKpi<KpiEstimate> e) =>
    [
        Mean(e, Kpi.Offered),
        Mean(e, Kpi.ServiceLevel),
        KpiFormat.Range(Kpi.ServiceLevel, e[Kpi.ServiceLevel]),
        Mean(e, Kpi.AverageSpeedOfAnswerSeconds),
        Mean(e, Kpi.AbandonmentRate),
        Mean(e, Kpi.AverageHandleTimeSeconds),
    ];

    private static string QueueCell(PerKpi<KpiEstimate> e) => $"{Mean(e, Kpi.MeanQueueLength)} / {Mean(e, Kpi.MaxQueueLength)}";

    private static string Mean(PerKpi<KpiEstimate> estimates, Kpi kpi) => KpiFormat.Value(kpi, estimates[kpi].Mean);
}
