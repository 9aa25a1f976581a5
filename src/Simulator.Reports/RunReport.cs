using System.Globalization;
using Simulator.Core.Simulation;
using Simulator.Core.Units;
using Spectre.Console;

namespace Simulator.Reports;

/// <summary>Renders a simulated experiment (<c>ccsim run</c>): KPIs with 95 % confidence intervals, overall, by interval and by contact type.</summary>
public static class RunReport
{
    public static string KpiName(Kpi kpi) => char.ToLowerInvariant(kpi.ToString()[0]) + kpi.ToString()[1..];

    /// <summary>A KPI as the JSON contract has it: <c>{ mean, ciLow, ciHigh }</c>.</summary>
    internal static object EstimateObject(KpiEstimate e) => new { mean = e.Mean, ciLow = e.CiLow, ciHigh = e.CiHigh };

    internal static Dictionary<string, object> KpiObject(KpiEstimate[] estimates, IEnumerable<Kpi> kpis) =>
        kpis.ToDictionary(KpiName, k => EstimateObject(estimates[(int)k]));

    private static IEnumerable<Kpi> ContactTypeKpis => KpiCalculator.All.Except(KpiCalculator.CentreOnly);

    public static string CostName(CostComponent component) => char.ToLowerInvariant(component.ToString()[0]) + component.ToString()[1..];

    /// <summary>Total cost by component, as JSON has it: component → <c>{ mean, ciLow, ciHigh }</c>.</summary>
    internal static Dictionary<string, object> CostObject(ExperimentResult result) =>
        Enum.GetValues<CostComponent>().ToDictionary(CostName, c => EstimateObject(result.CostBreakdown[(int)c]));

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

    public static object ToDocument(ExperimentResult result)
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
            kpis = KpiObject(result.Overall, KpiCalculator.All),
            costBreakdown = CostObject(result),
            training = TrainingObject(result),
            byDay = result.Days.Select((estimates, d) => new { day = d + 1, kpis = KpiObject(estimates, KpiCalculator.All) }),
            intervals = result.Intervals.Select((estimates, i) =>
            {
                var (day, start) = horizon.IntervalOpening(i);
                return new { day, start = UnitParser.FormatClock(start), kpis = KpiObject(estimates, KpiCalculator.All) };
            }),
            contactTypes = result.ContactTypes.Select((estimates, t) => new
            {
                id = scenario.ContactTypes[t].Id,
                channel = scenario.ContactTypes[t].Channel,
                answerWithinSeconds = scenario.AnswerWithin(scenario.ContactTypes[t]).TotalSeconds,
                kpis = KpiObject(estimates, ContactTypeKpis),
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
        foreach (var kpi in KpiCalculator.All)
        {
            string name = KpiName(kpi);
            header.AddRange([name, name + "CiLow", name + "CiHigh"]);
        }
        var horizon = result.Scenario.Horizon;
        var rows = new List<string[]> { Row("overall", "", "", "", result.Overall, KpiCalculator.All) };
        for (int i = 0; i < result.Intervals.Length; i++)
        {
            var (day, start) = horizon.IntervalOpening(i);
            rows.Add(Row("interval", "", day.ToString(CultureInfo.InvariantCulture), UnitParser.FormatClock(start), result.Intervals[i], KpiCalculator.All));
        }
        for (int t = 0; t < result.ContactTypes.Length; t++)
        {
            rows.Add(Row("contactType", result.Scenario.ContactTypes[t].Id, "", "", result.ContactTypes[t], ContactTypeKpis));
        }
        // One row per cost component, its total over the horizon under totalCost.
        foreach (var component in Enum.GetValues<CostComponent>())
        {
            var estimates = new KpiEstimate[KpiCalculator.All.Length];
            estimates[(int)Kpi.TotalCost] = result.CostBreakdown[(int)component];
            rows.Add(Row("cost", CostName(component), "", "", estimates, [Kpi.TotalCost]));
        }
        return (header, rows);
    }

    private static string[] Row(string scope, string id, string day, string start, KpiEstimate[] estimates, IEnumerable<Kpi> reported)
    {
        var included = reported.ToHashSet();
        var cells = new List<string> { scope, id, day, start };
        foreach (var kpi in KpiCalculator.All)
        {
            var e = estimates[(int)kpi];
            bool show = included.Contains(kpi);
            cells.AddRange([
                show ? CsvTable.Format(e.Mean) : "",
                show ? CsvTable.Format(e.CiLow) : "",
                show ? CsvTable.Format(e.CiHigh) : "",
            ]);
        }
        return [.. cells];
    }

    public static void WriteReport(string directory, ExperimentResult result)
    {
        var rows = KpiCalculator.All.Select(k => new[] { Label(k), Value(k, result.Overall[(int)k].Mean), result.Overall[(int)k].CiLow is null ? "" : $"{Value(k, result.Overall[(int)k].CiLow)} – {Value(k, result.Overall[(int)k].CiHigh)}" }).ToList();
        var scenario = result.Scenario;
        string summary = $"{scenario.Replications} replications, seed {scenario.Seed}, {scenario.Horizon.Days} day(s) of {UnitParser.FormatClock(scenario.Horizon.Start)}–{UnitParser.FormatClock(scenario.Horizon.End)}; {result.Events:N0} events.";
        ReportBundle.Write(directory, scenario.Name, summary, new ReportBundle.Table(["KPI", "Mean", "95% CI"], rows, "Ranges are 95% confidence intervals over replications."),
            Charts.ChartRenderer.ForRun(result));
    }

    public static void WriteTable(TextWriter output, ExperimentResult result)
    {
        var scenario = result.Scenario;
        var horizon = scenario.Horizon;
        var level = scenario.ServiceLevel;
        output.WriteLine($"{scenario.Name}: {scenario.Replications} replication{(scenario.Replications == 1 ? "" : "s")}, seed {scenario.Seed}, " +
                         $"{horizon.Days} day{(horizon.Days == 1 ? "" : "s")} of {UnitParser.FormatClock(horizon.Start)}–{UnitParser.FormatClock(horizon.End)}" +
                         (horizon.Warmup > TimeSpan.Zero ? $", first {UnitParser.FormatDuration(horizon.Warmup)} discarded as warm-up" : "") +
                         $"; {result.Events:N0} events.");
        output.WriteLine($"Service level: answered within {UnitParser.FormatDuration(level.AnswerWithin)} ({ErlangReport.YamlName(level.Definition)}), target {Formats.Percent(level.Target)}. Ranges are 95% confidence intervals over replications.");

        var headline = ReportWriter.NewTable("KPI", "Mean", "95% CI");
        foreach (var kpi in KpiCalculator.All)
        {
            ReportWriter.AddRow(headline, Label(kpi), Value(kpi, result.Overall[(int)kpi].Mean), Range(kpi, result.Overall[(int)kpi]));
        }
        ReportWriter.Render(output, headline);

        bool pooled = horizon.Days > 1;
        output.WriteLine(pooled ? $"By interval of the day, pooled over {horizon.Days} days:" : "By interval:");
        var byInterval = ReportWriter.NewTable([.. ContactColumns.Prepend("Start"), "Occupancy", "Queue (mean/max)", "Cost/contact"]);
        var rows = pooled ? result.TimeOfDay : result.Intervals;
        for (int i = 0; i < rows.Length; i++)
        {
            var e = rows[i];
            ReportWriter.AddRow(byInterval, [
                UnitParser.FormatClock(horizon.IntervalOpening(i).Start),
                .. ContactCells(e),
                Value(Kpi.Occupancy, e[(int)Kpi.Occupancy].Mean),
                QueueCell(e),
                Value(Kpi.CostPerContact, e[(int)Kpi.CostPerContact].Mean)]);
        }
        ReportWriter.Render(output, byInterval);

        output.WriteLine("By contact type:");
        var byType = ReportWriter.NewTable([.. ContactColumns.Prepend("Contact type"), "FCR", "At risk", "Contained", "Queue (mean/max)", "Unanswered at close"]);
        for (int t = 0; t < result.ContactTypes.Length; t++)
        {
            var e = result.ContactTypes[t];
            ReportWriter.AddRow(byType, [
                scenario.ContactTypes[t].Id,
                .. ContactCells(e),
                Value(Kpi.FirstContactResolution, e[(int)Kpi.FirstContactResolution].Mean),
                Value(Kpi.CustomersAtRisk, e[(int)Kpi.CustomersAtRisk].Mean),
                Value(Kpi.ContainmentRate, e[(int)Kpi.ContainmentRate].Mean),
                QueueCell(e),
                Value(Kpi.UnansweredAtClose, e[(int)Kpi.UnansweredAtClose].Mean)]);
        }
        ReportWriter.Render(output, byType);
        WriteCostsAndTraining(output, result);
        output.WriteLine("Agent occupancy by group: " + string.Join(", ", result.GroupOccupancy.Select((o, g) =>
            $"{scenario.AgentGroups[g].Id} {Value(Kpi.Occupancy, o.Mean)}")) + ".");
    }

    /// <summary>Cost by component (only those that are not zero) and each training programme's pay-back.</summary>
    private static void WriteCostsAndTraining(TextWriter output, ExperimentResult result)
    {
        var costs = ReportWriter.NewTable("Cost component", "Total", "95% CI", "Share");
        double total = result.Overall[(int)Kpi.TotalCost].Mean ?? 0;
        foreach (var component in Enum.GetValues<CostComponent>())
        {
            var e = result.CostBreakdown[(int)component];
            if (e.Mean is not double mean || mean == 0) continue;
            ReportWriter.AddRow(costs, CostLabel(component), Money(mean), e.CiLow is null ? "" : $"{Money(e.CiLow.Value)} – {Money(e.CiHigh!.Value)}",
                total > 0 ? Formats.Percent(mean / total) : "–");
        }
        output.WriteLine("Costs over the horizon:");
        ReportWriter.Render(output, costs);
        foreach (var t in result.Training)
        {
            string paidBack = t.PaidBackIn == 0
                ? "not paid back within the horizon"
                : $"paid back on day {t.BreakEvenDay.Mean:0.#}" + (t.PaidBackIn < t.Replications ? $" (in {t.PaidBackIn} of {t.Replications} replications)" : "");
            output.WriteLine($"Training '{t.Id}': cost {Money(t.Cost)}, agent time saved worth {Money(t.Savings.Mean ?? 0)}; {paidBack}.");
        }
    }

    internal static string CostLabel(CostComponent component) => component switch
    {
        CostComponent.AgentHours => "Agent hours",
        CostComponent.Overtime => "Overtime",
        CostComponent.TrainingHours => "Training hours",
        CostComponent.TrainingFees => "Training fees",
        CostComponent.Telephony => "Telephony",
        CostComponent.Automation => "Bot sessions",
        CostComponent.Fixed => "Fixed",
        _ => component.ToString(),
    };

    private static string Money(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static readonly string[] ContactColumns = ["Offered", "SL", "SL 95% CI", "ASA", "Abandoned", "AHT"];

    /// <summary>The cells under <see cref="ContactColumns"/>: what callers experienced.</summary>
    private static string[] ContactCells(KpiEstimate[] e) =>
    [
        Value(Kpi.Offered, e[(int)Kpi.Offered].Mean),
        Value(Kpi.ServiceLevel, e[(int)Kpi.ServiceLevel].Mean),
        Range(Kpi.ServiceLevel, e[(int)Kpi.ServiceLevel]),
        Value(Kpi.AverageSpeedOfAnswerSeconds, e[(int)Kpi.AverageSpeedOfAnswerSeconds].Mean),
        Value(Kpi.AbandonmentRate, e[(int)Kpi.AbandonmentRate].Mean),
        Value(Kpi.AverageHandleTimeSeconds, e[(int)Kpi.AverageHandleTimeSeconds].Mean),
    ];

    private static string QueueCell(KpiEstimate[] e) =>
        $"{Value(Kpi.MeanQueueLength, e[(int)Kpi.MeanQueueLength].Mean)} / {Value(Kpi.MaxQueueLength, e[(int)Kpi.MaxQueueLength].Mean)}";

    private static string Range(Kpi kpi, KpiEstimate estimate) =>
        estimate.CiLow is null ? "" : $"{Value(kpi, estimate.CiLow)} – {Value(kpi, estimate.CiHigh)}";

    internal static string Label(Kpi kpi) => kpi switch
    {
        Kpi.ServiceLevel => "Service level",
        Kpi.AbandonmentRate => "Abandonment rate",
        Kpi.AverageSpeedOfAnswerSeconds => "ASA",
        Kpi.AverageHandleTimeSeconds => "AHT",
        Kpi.Occupancy => "Occupancy",
        Kpi.Offered => "Offered",
        Kpi.Answered => "Answered",
        Kpi.Abandoned => "Abandoned",
        Kpi.FirstContactResolution => "First-contact resolution",
        Kpi.CustomersAtRisk => "Customers at risk",
        Kpi.ContainmentRate => "Containment rate",
        Kpi.Contained => "Contained by bot",
        Kpi.CostPerContact => "Cost per contact",
        Kpi.CostPerResolvedContact => "Cost per resolved contact",
        Kpi.TotalCost => "Total cost",
        Kpi.MeanQueueLength => "Mean queue length",
        Kpi.MaxQueueLength => "Max queue length",
        Kpi.UnansweredAtClose => "Unanswered at close",
        _ => kpi.ToString(),
    };

    internal static string Value(Kpi kpi, double? value) => value is not double v ? "–" : kpi switch
    {
        _ when KpiCalculator.IsShare(kpi) => Formats.Percent(v),
        Kpi.AverageSpeedOfAnswerSeconds or Kpi.AverageHandleTimeSeconds => Formats.Seconds(v),
        Kpi.CostPerContact or Kpi.CostPerResolvedContact => v.ToString("0.00", CultureInfo.InvariantCulture),
        Kpi.TotalCost => Money(v),
        _ => v.ToString("0.0", CultureInfo.InvariantCulture),
    };
}
