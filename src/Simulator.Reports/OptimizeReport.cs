using System.Globalization;
using Simulator.Core.Planning;
using Simulator.Core.Simulation;
using Simulator.Core.Units;

namespace Simulator.Reports;

/// <summary>Renders an <see cref="OptimizedStaffing"/> (<c>ccsim optimize</c>): the plan, the Erlang plan beside it, and what the difference is
/// worth.</summary>
public static class OptimizeReport
{
    /// <summary>Paid agent-hours and pay of the simulated plan, of the Erlang plan, and of the scenario's own (draft) staffing, each over the
    /// horizon.</summary>
    internal sealed record Totals(double AgentHours, double ErlangAgentHours, double DraftAgentHours, double Cost, double ErlangCost, double DraftCost);

    internal static Totals Sum(OptimizedStaffing o)
    {
        var scenario = o.Scenario;
        double hours = scenario.Horizon.IntervalHours * scenario.Horizon.Days;
        double Rate(int k) => scenario.AgentGroups.First(g => g.Id == o.Groups[k]).CostPerHour;
        double Hours(int[][] plan) => Enumerable.Range(0, o.Groups.Count).Sum(k => plan[k].Sum() * hours);
        double Cost(int[][] plan) => Enumerable.Range(0, o.Groups.Count).Sum(k => plan[k].Sum() * hours * Rate(k));
        return new Totals(Hours(o.Plan), Hours(o.ErlangPlan), Hours(o.DraftPlan), Cost(o.Plan), Cost(o.ErlangPlan), Cost(o.DraftPlan));
    }

    public static object ToDocument(OptimizedStaffing o)
    {
        var scenario = o.Scenario;
        var totals = Sum(o);
        return new
        {
            scenario = scenario.Name,
            groups = o.Groups,
            serviceLevelTarget = scenario.ServiceLevel.Target,
            answerWithinSeconds = scenario.ServiceLevel.AnswerWithin.TotalSeconds,
            replications = scenario.Replications,
            seed = scenario.Seed,
            metEverywhere = o.MetEverywhere,
            simulations = o.Simulations,
            intervals = Enumerable.Range(0, scenario.Horizon.IntervalsPerDay).Select(i => new
            {
                start = UnitParser.FormatClock(scenario.Horizon.IntervalOpening(i).Start),
                plan = o.Groups.Select((g, k) => (g, k)).ToDictionary(p => p.g, p => o.Plan[p.k][i]),
                erlangPlan = o.Groups.Select((g, k) => (g, k)).ToDictionary(p => p.g, p => o.ErlangPlan[p.k][i]),
                draftPlan = o.Groups.Select((g, k) => (g, k)).ToDictionary(p => p.g, p => o.DraftPlan[p.k][i]),
                serviceLevel = scenario.ContactTypes.Select((t, ti) => (t, ti)).ToDictionary(p => p.t.Id, p => o.IntervalServiceLevel[p.ti][i]),
            }),
            totals = new
            {
                agentHours = totals.AgentHours,
                erlangAgentHours = totals.ErlangAgentHours,
                agentHoursDifference = totals.AgentHours - totals.ErlangAgentHours,
                cost = totals.Cost,
                erlangCost = totals.ErlangCost,
                costDifference = totals.Cost - totals.ErlangCost,
                draftAgentHours = totals.DraftAgentHours,
                draftCost = totals.DraftCost,
                agentHoursDifferenceFromDraft = totals.AgentHours - totals.DraftAgentHours,
                costDifferenceFromDraft = totals.Cost - totals.DraftCost,
            },
            kpis = RunReport.KpiObject(o.Result.Overall, KpiCatalogue.All),
            erlangKpis = RunReport.KpiObject(o.ErlangResult.Overall, KpiCatalogue.All),
        };
    }

    public static void WriteJson(TextWriter output, OptimizedStaffing o) => ReportWriter.WriteJson(output, ToDocument(o));

    public static void WriteCsv(TextWriter output, OptimizedStaffing o)
    {
        var scenario = o.Scenario;
        var header = new List<string> { "start" };
        foreach (var g in o.Groups) header.AddRange([$"{g}.plan", $"{g}.erlangPlan"]);
        header.AddRange(scenario.ContactTypes.Select(t => $"{t.Id}.serviceLevel"));
        var rows = Enumerable.Range(0, scenario.Horizon.IntervalsPerDay).Select(i =>
        {
            var row = new List<string> { UnitParser.FormatClock(scenario.Horizon.IntervalOpening(i).Start) };
            for (int k = 0; k < o.Groups.Count; k++) row.AddRange([o.Plan[k][i].ToString(CultureInfo.InvariantCulture),
                o.ErlangPlan[k][i].ToString(CultureInfo.InvariantCulture)]);
            row.AddRange(o.IntervalServiceLevel.Select(levels => CsvTable.Format(levels[i])));
            return row.ToArray();
        });
        CsvTable.Write(output, [.. header], rows);
    }

    /// <summary>Per interval: each group's Erlang and simulated heads (the change marked), and each contact type's service level.</summary>
    public static (string[] Headers, List<string[]> Rows) PlanTable(OptimizedStaffing o)
    {
        var scenario = o.Scenario;
        var headers = new List<string> { "Start" };
        foreach (var g in o.Groups) headers.AddRange([$"{g} (Erlang)", $"{g} (simulated)"]);
        headers.AddRange(scenario.ContactTypes.Select(t => $"SL {t.Id}"));
        var rows = Enumerable.Range(0, scenario.Horizon.IntervalsPerDay).Select(i =>
        {
            var cells = new List<string> { UnitParser.FormatClock(scenario.Horizon.IntervalOpening(i).Start) };
            for (int k = 0; k < o.Groups.Count; k++)
            {
                int delta = o.Plan[k][i] - o.ErlangPlan[k][i];
                cells.Add(o.ErlangPlan[k][i].ToString(CultureInfo.InvariantCulture));
                cells.Add(o.Plan[k][i].ToString(CultureInfo.InvariantCulture) + (delta == 0 ? "" : $" ({Formats.Signed(delta, "0")})"));
            }
            cells.AddRange(o.IntervalServiceLevel.Select(levels => Formats.Percent(levels[i])));
            return cells.ToArray();
        }).ToList();
        return ([.. headers], rows);
    }

    /// <summary>The plan table, the staffing chart and the optimized plan's service level and cost charts, for a deck.</summary>
    public static void WriteReport(string directory, OptimizedStaffing o, Core.Scenarios.Scenario original)
    {
        var scenario = o.Scenario;
        var (headers, rows) = PlanTable(o);
        var totals = Sum(o);
        string summary = $"{Formats.Number(totals.AgentHours, "0.#")} paid agent-hours against Erlang A's {Formats.Number(totals.ErlangAgentHours, "0.#")} " +
                         $"and the draft plan's {Formats.Number(totals.DraftAgentHours, "0.#")}, cost {Formats.Money(totals.Cost, scenario.Currency)} " +
                             $"against " +
                         $"{Formats.Money(totals.ErlangCost, scenario.Currency)} and {Formats.Money(totals.DraftCost, scenario.Currency)}; " +
                             $"{scenario.Replications} replications per plan, seed {scenario.Seed}.";
        ReportBundle.Write(directory, $"{scenario.Name}: staffing for {Formats.Percent(scenario.ServiceLevel.Target)} in every interval", summary,
            new ReportBundle.Table(headers, rows, "Scheduled heads per interval: Erlang A's and the smallest plan meeting the goal in simulation; service " +
                "level of that plan, pooled over replications."),
            Charts.ChartRenderer.For(Charts.ChartData.Of(o, original)));
    }

    public static void WriteTable(TextWriter output, OptimizedStaffing o)
    {
        output.WriteLine(Heading(o));
        var (headers, rows) = PlanTable(o);
        var table = ReportWriter.NewTable(headers);
        foreach (var row in rows) ReportWriter.AddRow(table, row);
        ReportWriter.Render(output, table);
        foreach (string line in SummaryLines(o)) output.WriteLine(line);
    }

    /// <summary>The line above the plan table: groups, goal, replications, seed and plans simulated.</summary>
    public static string Heading(OptimizedStaffing o)
    {
        var scenario = o.Scenario;
        var level = scenario.ServiceLevel;
        return $"{scenario.Name}: staffing of {string.Join(", ", o.Groups)} found by simulation for {Formats.Percent(level.Target)} within " +
               $"{UnitParser.FormatDuration(level.AnswerWithin)} in every interval ({scenario.Replications} replications, seed {scenario.Seed}, " +
               $"{o.Simulations} plans simulated).";
    }

    /// <summary>The lines below the plan table: the simulated plan against Erlang's and against the draft, and whether every interval meets the
    /// goal.</summary>
    public static IReadOnlyList<string> SummaryLines(OptimizedStaffing o)
    {
        var scenario = o.Scenario;
        var totals = Sum(o);
        var sl = o.Result.Overall[Kpi.ServiceLevel];
        return
        [
            $"Simulated plan: {Formats.Number(totals.AgentHours, "0.#")} paid agent-hours against Erlang's {Formats.Number(totals.ErlangAgentHours, "0.#")} " +
            $"({Formats.Signed(totals.AgentHours - totals.ErlangAgentHours, "0.#")}), cost {Formats.Money(totals.Cost, scenario.Currency)} " +
            $"against {Formats.Money(totals.ErlangCost, scenario.Currency)} ({Formats.Signed(totals.Cost - totals.ErlangCost, "0")}); day service level " +
            $"{Formats.Percent(sl.Mean ?? 0)}" + (sl.CiLow is double low ? $" ({Formats.Percent(low)} – {Formats.Percent(sl.CiHigh!.Value)})" : "") +
            $", abandonment {Formats.Percent(o.Result.Overall[Kpi.AbandonmentRate].Mean ?? 0)}.",
            $"Draft plan (the scenario's own heads for these groups): {Formats.Number(totals.DraftAgentHours, "0.#")} paid agent-hours, " +
            $"cost {Formats.Money(totals.DraftCost, scenario.Currency)}; the simulated plan is " +
            $"{Formats.Signed(totals.AgentHours - totals.DraftAgentHours, "0.#")} " +
            $"agent-hours and {Formats.Signed(totals.Cost - totals.DraftCost, "0")} against it.",
            o.MetEverywhere
                ? "Every interval meets the goal in simulation (service level pooled over replications)."
                : "The search stopped before every interval met the goal: the table shows where it still misses.",
        ];
    }
}
