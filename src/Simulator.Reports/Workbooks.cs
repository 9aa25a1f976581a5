using Simulator.Core.Forecasting;
using Simulator.Core.History;
using Simulator.Core.Planning;
using Simulator.Core.Scheduling;
using Simulator.Core.Simulation;
using Simulator.Core.Units;

namespace Simulator.Reports;

/// <summary>
/// The sheets of each command's workbook (<c>--format xlsx</c>, and the web workspace's XLSX downloads): the tables its JSON carries, headed by the
/// same camelCase names as its JSON keys and CSV columns, with numbers as numbers in the format their unit reads in (shares as percentages, durations
/// as seconds, clock times as times). Nothing here computes a number the JSON does not have.
/// </summary>
public static class Workbooks
{
    /// <summary><c>ccsim run</c>: KPIs with their intervals overall, by interval, by day, by contact type and by group, the costs, training pay-back,
    /// and what was run.</summary>
    public static byte[] Run(ExperimentResult result) => XlsxWorkbook.Write(RunSheets(result));

    /// <summary><c>ccsim run --variant all</c>: the sheets of one run, each row led by its variant.</summary>
    public static byte[] Run(IReadOnlyList<(string Variant, ExperimentResult Result)> variants)
    {
        var each = variants.Select(v => (v.Variant, Sheets: RunSheets(v.Result))).ToList();
        var names = each.SelectMany(v => v.Sheets.Select(s => s.Name)).Distinct().ToList();
        var sheets = names.Select(name =>
        {
            var found = each.Where(v => v.Sheets.Any(s => s.Name == name))
                .Select(v => (v.Variant, Sheet: v.Sheets.First(s => s.Name == name))).ToList();
            return new WorkbookSheet(name, [.. found[0].Sheet.Header.Prepend("variant")],
                [.. found.SelectMany(f => f.Sheet.Rows.Select(r => (WorkbookCell[])[f.Variant, .. r]))]);
        }).ToList();
        return XlsxWorkbook.Write(sheets);
    }

    public static IReadOnlyList<WorkbookSheet> RunSheets(ExperimentResult result)
    {
        var scenario = result.Scenario;
        var horizon = scenario.Horizon;
        var sheets = new List<WorkbookSheet>
        {
            new("kpis", ["kpi", "label", "mean", "ciLow", "ciHigh"],
                [.. KpiCatalogue.All.Select(k => (WorkbookCell[])[k.Name, k.Label, .. Estimate(k.Unit, result.Overall[k.Kpi])])]),
            new("intervals", [.. KpiHeader(KpiCatalogue.All).Prepend("start").Prepend("day")],
                [.. result.Intervals.Select((e, i) =>
                {
                    var (day, start) = horizon.IntervalOpening(i);
                    return (WorkbookCell[])[WorkbookCell.Whole(day), WorkbookCell.TimeOfDay(start), .. KpiCells(KpiCatalogue.All, e)];
                })]),
            new("days", [.. KpiHeader(KpiCatalogue.All).Prepend("day")],
                [.. result.Days.Select((e, d) => (WorkbookCell[])[WorkbookCell.Whole(d + 1), .. KpiCells(KpiCatalogue.All, e)])]),
            new("contactTypes", [.. KpiHeader(KpiCatalogue.PerContactType).Prepend("answerWithinSeconds").Prepend("channel").Prepend("id")],
                [.. result.ContactTypes.Select((e, t) =>
                {
                    var type = scenario.ContactTypes[t];
                    return (WorkbookCell[])[type.Id, ReportWriter.EnumName(type.Channel),
                        WorkbookCell.Number(scenario.AnswerWithin(type).TotalSeconds, CellDisplay.Seconds), .. KpiCells(KpiCatalogue.PerContactType, e)];
                })]),
            new("costs", ["component", "label", "mean", "ciLow", "ciHigh"],
                [.. CostCatalogue.All.Select(c => (WorkbookCell[])[c.Name, c.Label, .. Estimate(KpiUnit.Money, result.CostBreakdown[c.Component])])]),
            new("agentGroups", ["id", "occupancy", "occupancyCiLow", "occupancyCiHigh"],
                [.. result.GroupOccupancy.Select((o, g) => (WorkbookCell[])[scenario.AgentGroups[g].Id, .. Estimate(KpiUnit.Share, o)])]),
        };
        if (result.Training.Count > 0)
        {
            sheets.Add(new("training",
                ["id", "cost", "savings", "savingsCiLow", "savingsCiHigh", "breakEvenDay", "breakEvenDayCiLow", "breakEvenDayCiHigh",
                    "paidBackInReplications", "replications"],
                [.. result.Training.Select(t => (WorkbookCell[])[t.Id, WorkbookCell.Number(t.Cost, CellDisplay.Money), .. Estimate(KpiUnit.Money, t.Savings),
                    .. Estimate(KpiUnit.Count, t.BreakEvenDay), WorkbookCell.Whole(t.PaidBackIn), WorkbookCell.Whole(t.Replications)])]));
        }
        sheets.Add(Summary("about",
        [
            ("scenario", scenario.Name),
            ("replications", WorkbookCell.Whole(scenario.Replications)),
            ("seed", WorkbookCell.Number(scenario.Seed, CellDisplay.General)),
            ("days", WorkbookCell.Whole(horizon.Days)),
            ("serviceLevelDefinition", ReportWriter.EnumName(scenario.ServiceLevel.Definition)),
            ("answerWithinSeconds", WorkbookCell.Number(scenario.ServiceLevel.AnswerWithin.TotalSeconds, CellDisplay.Seconds)),
            ("currency", scenario.Currency),
            ("events", WorkbookCell.Whole(result.Events)),
        ]));
        return sheets;
    }

    /// <summary><c>ccsim compare</c>: each option's KPIs and cost components, and each option's paired differences from the baseline with their
    /// significance, as the CSV has them (cost components as <c>cost.NAME</c>).</summary>
    public static byte[] Compare(Comparison comparison)
    {
        var options = new[] { comparison.Baseline }.Concat(comparison.Options).ToArray();
        var values = new List<WorkbookCell[]>();
        for (int o = 0; o < options.Length; o++)
        {
            var option = options[o];
            values.AddRange(KpiCatalogue.All.Select(k => (WorkbookCell[])[option.Scenario.Name, option.Scenario.SourcePath, k.Name, k.Label,
                .. Estimate(k.Unit, option.Overall[k.Kpi]), WorkbookCell.Flag(comparison.Best(k.Kpi) == o)]));
            values.AddRange(CostCatalogue.All.Select(c => (WorkbookCell[])[option.Scenario.Name, option.Scenario.SourcePath, "cost." + c.Name, c.Label,
                .. Estimate(KpiUnit.Money, option.CostBreakdown[c.Component]), WorkbookCell.Empty]));
        }
        var differences = new List<WorkbookCell[]>();
        for (int o = 0; o < comparison.Options.Count; o++)
        {
            string name = comparison.Options[o].Scenario.Name;
            var kpis = comparison.Differences[o];
            var costs = comparison.CostDifferences[o];
            differences.AddRange(KpiCatalogue.All.Select(k => (WorkbookCell[])[name, k.Name, k.Label, .. Estimate(k.Unit, kpis[k.Kpi].Estimate),
                WorkbookCell.Flag(kpis[k.Kpi].Significant)]));
            differences.AddRange(CostCatalogue.All.Select(c => (WorkbookCell[])[name, "cost." + c.Name, c.Label,
                .. Estimate(KpiUnit.Money, costs[c.Component].Estimate), WorkbookCell.Flag(costs[c.Component].Significant)]));
        }
        return XlsxWorkbook.Write(
        [
            new("options", ["option", "file", "kpi", "label", "mean", "ciLow", "ciHigh", "best"], values),
            new("differences", ["option", "kpi", "label", "difference", "differenceCiLow", "differenceCiHigh", "significant"], differences),
            Summary("about",
            [
                ("baseline", comparison.Baseline.Scenario.Name),
                ("replications", WorkbookCell.Whole(comparison.Baseline.Scenario.Replications)),
                ("seed", WorkbookCell.Number(comparison.Baseline.Scenario.Seed, CellDisplay.General)),
            ]),
        ]);
    }

    /// <summary><c>ccsim staff</c>: the requirement per interval and contact type (the CSV's columns), the totals, and the intervals the plan misses.</summary>
    public static byte[] Staffing(StaffingPlan plan)
    {
        var intervals = plan.Intervals.Zip(StaffingReport.Lines(plan), (r, l) => (WorkbookCell[])
        [
            WorkbookCell.Whole(l.Day), WorkbookCell.TimeOfDay(r.Start), l.ContactType, WorkbookCell.Number(l.Volume, CellDisplay.Count),
            WorkbookCell.Number(l.AverageHandleTimeSeconds, CellDisplay.Seconds), WorkbookCell.Number(l.TrafficIntensity),
            WorkbookCell.Whole(l.RequiredAgents), WorkbookCell.Whole(l.ScheduledAgents),
            Share(l.ServiceLevel), Share(l.ProbabilityOfWaiting), WorkbookCell.Number(l.AverageSpeedOfAnswerSeconds, CellDisplay.Seconds),
            Share(l.Occupancy), Share(l.AbandonmentRate),
            WorkbookCell.Number(l.PlannedAgents, CellDisplay.Count), WorkbookCell.Number(l.PlannedAvailableAgents, CellDisplay.Count),
            WorkbookCell.Number(l.Gap, CellDisplay.Count), Share(l.PlannedServiceLevel),
            WorkbookCell.Number(l.PlannedAverageSpeedOfAnswerSeconds, CellDisplay.Seconds), Share(l.PlannedOccupancy), Share(l.PlannedAbandonmentRate),
            WorkbookCell.Flag(l.PlanMeetsTarget),
        ]).ToList();
        var totals = plan.Totals;
        return XlsxWorkbook.Write(
        [
            new("intervals", CsvTable.Header<StaffingReport.IntervalLine>(), intervals),
            Summary("totals",
            [
                ("scenario", plan.ScenarioName),
                ("model", ErlangReport.ModelName(plan.Model)),
                ("serviceLevelTarget", Share(plan.Goal.Target)),
                ("answerWithinSeconds", WorkbookCell.Number(plan.Goal.AnswerWithin.TotalSeconds, CellDisplay.Seconds)),
                ("serviceLevelDefinition", ReportWriter.EnumName(plan.Goal.Definition)),
                ("maxOccupancy", Share(plan.Goal.MaxOccupancy)),
                ("volume", WorkbookCell.Number(totals.Volume, CellDisplay.Count)),
                ("requiredAgentHours", WorkbookCell.Number(totals.RequiredAgentHours, CellDisplay.Count)),
                ("scheduledAgentHours", WorkbookCell.Number(totals.ScheduledAgentHours, CellDisplay.Count)),
                ("plannedAgentHours", WorkbookCell.Number(totals.PlannedAgentHours, CellDisplay.Count)),
                ("plannedServiceLevel", Share(totals.PlannedServiceLevel)),
                ("intervals", WorkbookCell.Whole(totals.Intervals)),
                ("intervalsMissingTarget", WorkbookCell.Whole(totals.MissedIntervals.Count)),
            ]),
            new("missedIntervals", ["day", "start", "contactType", "plannedServiceLevel", "gap"],
                [.. totals.MissedIntervals.Select(m => (WorkbookCell[])[WorkbookCell.Whole(m.Day), WorkbookCell.TimeOfDay(m.Start), m.ContactType,
                    Share(m.PlannedServiceLevel), WorkbookCell.Number(m.Gap, CellDisplay.Count)])]),
        ]);
    }

    /// <summary><c>ccsim forecast</c>: the forecast per interval with its 80% and 95% prediction intervals, the daily totals, and the backtest.</summary>
    public static byte[] Forecast(ForecastResult forecast)
    {
        bool daily = forecast.Grid.IsDaily;
        var lines = ForecastReport.Lines(forecast).ToList();
        return XlsxWorkbook.Write(
        [
            new("forecast", CsvTable.Header<ForecastReport.ForecastLine>(),
                [.. forecast.Intervals.Zip(lines, (i, l) => (WorkbookCell[])
                [
                    daily ? WorkbookCell.Date(DateOnly.FromDateTime(i.Start)) : WorkbookCell.DateTime(i.Start), l.ContactType,
                    Count(l.Offered), Count(l.OfferedLow80), Count(l.OfferedHigh80), Count(l.OfferedLow95), Count(l.OfferedHigh95),
                    WorkbookCell.Number(l.AhtSeconds, CellDisplay.Seconds),
                ])]),
            new("daily", ["date", "contactType", "offered", "offeredLow80", "offeredHigh80", "offeredLow95", "offeredHigh95", "ahtSeconds", "specialDay"],
                [.. forecast.DailyTotals.Select(d => (WorkbookCell[])
                [
                    WorkbookCell.Date(d.Date), d.ContactType, Count(ForecastReport.Count(d.Offered)), Count(ForecastReport.Count(d.Low80)),
                    Count(ForecastReport.Count(d.High80)), Count(ForecastReport.Count(d.Low95)), Count(ForecastReport.Count(d.High95)),
                    WorkbookCell.Number(d.AhtSeconds is double a ? Math.Round(a, 1) : null, CellDisplay.Seconds), d.SpecialDay,
                ])]),
            new("backtest", ["method", "wape", "mase", "baseline", "chosen"],
                [.. forecast.Backtest.Select(b => (WorkbookCell[])
                [
                    b.Method, Share(Math.Round(b.Wape, 4)), WorkbookCell.Number(b.Mase is double m ? Math.Round(m, 4) : null, CellDisplay.General),
                    WorkbookCell.Flag(b.Baseline), WorkbookCell.Flag(b.Method == forecast.Method),
                ])]),
        ]);
    }

    /// <summary><c>ccsim schedule</c>: the cost and bound, the shifts, the coverage per interval and, with a roster, the roster grid.</summary>
    public static byte[] Schedule(ScheduleReport.Outcome outcome)
    {
        var schedule = outcome.Schedule;
        var summary = new List<(string, WorkbookCell)>
        {
            ("scenario", outcome.Scenario.Name),
            ("requirement", outcome.Requirement),
            ("cost", WorkbookCell.Number(schedule.Cost, CellDisplay.Money)),
            ("lowerBound", WorkbookCell.Number(schedule.LowerBound, CellDisplay.Money)),
            ("gap", Share(schedule.Gap)),
            ("status", ReportWriter.EnumName(schedule.Status)),
        };
        if (outcome.Simulation is { } simulated)
        {
            summary.AddRange(
            [
                ("simulatedServiceLevel", Share(simulated.ServiceLevel.Mean)),
                ("simulatedAbandonment", Share(simulated.Abandonment.Mean)),
                ("simulatedAsaSeconds", WorkbookCell.Number(simulated.AverageSpeedOfAnswer.Mean, CellDisplay.Seconds)),
                ("rounds", WorkbookCell.Whole(simulated.Rounds)),
            ]);
        }
        if (outcome.Erlang is { } erlang)
        {
            summary.AddRange(
            [
                ("erlangCost", WorkbookCell.Number(erlang.Cost, CellDisplay.Money)),
                ("erlangSimulatedServiceLevel", Share(erlang.Simulation.ServiceLevel.Mean)),
            ]);
        }
        var sheets = new List<WorkbookSheet>
        {
            Summary("summary", summary),
            new("shifts", CsvTable.Header<ScheduleReport.ShiftRow>(),
                [.. ScheduleReport.Rows(outcome).Select(r => (WorkbookCell[])[r.Group, r.Template, r.Start, r.Length, r.Breaks, WorkbookCell.Whole(r.Agents),
                    r.Days])]),
            new("coverage", ["day", "start", "group", "required", "scheduled"],
                [.. schedule.Coverage.Select(c => (WorkbookCell[])[WorkbookCell.Whole(c.Day), WorkbookCell.TimeOfDay(c.Start), c.Group,
                    WorkbookCell.Number(c.Required, CellDisplay.Count), WorkbookCell.Number(Math.Round(c.Scheduled, 4), CellDisplay.Count)])]),
        };
        if (outcome.Roster is { } roster) sheets.Add(RosterSheet(roster));
        return XlsxWorkbook.Write(sheets);
    }

    /// <summary><c>ccsim schedule --roster FILE.xlsx</c>: the roster grid, agent × day.</summary>
    public static byte[] Roster(RosterResult roster) => XlsxWorkbook.Write([RosterSheet(roster)]);

    /// <summary>Agent × day: each cell the shift worked ("08:00–16:30 early"), blank on a day off; hours as numbers.</summary>
    private static WorkbookSheet RosterSheet(RosterResult roster)
    {
        var (header, _) = ScheduleReport.RosterGrid(roster);
        var rows = roster.Agents.Select((agent, a) => (WorkbookCell[])
        [
            agent.Name, agent.Group, WorkbookCell.Number(agent.ContractHours.TotalHours, CellDisplay.Count),
            .. roster.Shifts[a].Select(s => s is null ? WorkbookCell.Empty
                : WorkbookCell.Text($"{UnitParser.FormatClock(s.Pattern.Start)}–{UnitParser.FormatClock(s.Pattern.End)} {s.Pattern.Template.Id}")),
            WorkbookCell.Number(roster.Shifts[a].Sum(s => s?.Pattern.Template.PaidLength.TotalHours ?? 0), CellDisplay.Count),
            WorkbookCell.Whole(roster.Shifts[a].Count(s => s is not null && RosterResult.IsWeekend(s.Day))),
        ]).ToList();
        return new WorkbookSheet("roster", header, rows);
    }

    /// <summary><c>ccsim history</c>: totals per contact type, the weekday × time-of-day profile (the CSV), the outlier days and the gaps.</summary>
    public static byte[] History(HistoryAnalysis analysis)
    {
        bool daily = analysis.History.Grid.IsDaily;
        return XlsxWorkbook.Write(
        [
            new("contactTypes", ["contactType", "from", "to", "days", "completeDays", "offered", "answered", "abandoned", "ahtSeconds", "asaSeconds"],
                [.. analysis.ContactTypes.Select(t => (WorkbookCell[])
                [
                    t.ContactType, WorkbookCell.Date(t.From), WorkbookCell.Date(t.To), WorkbookCell.Whole(t.Days), WorkbookCell.Whole(t.CompleteDays),
                    Count(t.Offered), Count(t.Answered), Count(t.Abandoned), WorkbookCell.Number(Round(t.AhtSeconds, 1), CellDisplay.Seconds),
                    WorkbookCell.Number(Round(t.AsaSeconds, 1), CellDisplay.Seconds),
                ])]),
            new("profile", CsvTable.Header<HistoryReport.ProfileLine>(),
                [.. analysis.Profile.Zip(HistoryReport.ProfileLines(analysis), (p, l) => (WorkbookCell[])
                [
                    l.ContactType, l.Weekday, daily ? WorkbookCell.Empty : WorkbookCell.TimeOfDay(p.Start), Count(l.Offered),
                    WorkbookCell.Number(l.AhtSeconds, CellDisplay.Seconds), WorkbookCell.Whole(l.Days),
                ])]),
            new("outlierDays", ["date", "contactType", "offered", "expected", "ratio"],
                [.. analysis.OutlierDays.Select(o => (WorkbookCell[])
                [
                    WorkbookCell.Date(o.Date), o.ContactType, Count(o.Offered), Count(Math.Round(o.Expected, 1)),
                    WorkbookCell.Number(Round(o.Ratio, 3)),
                ])]),
            new("gaps", ["contactType", "from", "to", "intervals"],
                [.. analysis.ContactTypes.SelectMany(t => t.Gaps).Select(g => (WorkbookCell[])
                    [g.ContactType, WorkbookCell.DateTime(g.From), WorkbookCell.DateTime(g.To), WorkbookCell.Whole(g.Intervals)])]),
        ]);
    }

    /// <summary><c>ccsim optimize</c>: per interval each group's simulated, Erlang and draft heads and each contact type's service level (the CSV's
    /// columns and the draft), the totals, and the KPIs of both plans.</summary>
    public static byte[] Optimize(OptimizedStaffing o)
    {
        var scenario = o.Scenario;
        var header = new List<string> { "start" };
        foreach (var g in o.Groups) header.AddRange([$"{g}.plan", $"{g}.erlangPlan", $"{g}.draftPlan"]);
        header.AddRange(scenario.ContactTypes.Select(t => $"{t.Id}.serviceLevel"));
        var intervals = Enumerable.Range(0, scenario.Horizon.IntervalsPerDay).Select(i => (WorkbookCell[])
        [
            WorkbookCell.TimeOfDay(scenario.Horizon.IntervalOpening(i).Start),
            .. Enumerable.Range(0, o.Groups.Count).SelectMany(k => new[]
                { WorkbookCell.Whole(o.Plan[k][i]), WorkbookCell.Whole(o.ErlangPlan[k][i]), WorkbookCell.Whole(o.DraftPlan[k][i]) }),
            .. o.IntervalServiceLevel.Select(levels => Share(levels[i])),
        ]).ToList();
        var totals = OptimizeReport.Sum(o);
        return XlsxWorkbook.Write(
        [
            new("intervals", header, intervals),
            Summary("totals",
            [
                ("scenario", scenario.Name),
                ("metEverywhere", WorkbookCell.Flag(o.MetEverywhere)),
                ("simulations", WorkbookCell.Whole(o.Simulations)),
                ("agentHours", Count(totals.AgentHours)),
                ("erlangAgentHours", Count(totals.ErlangAgentHours)),
                ("draftAgentHours", Count(totals.DraftAgentHours)),
                ("cost", WorkbookCell.Number(totals.Cost, CellDisplay.Money)),
                ("erlangCost", WorkbookCell.Number(totals.ErlangCost, CellDisplay.Money)),
                ("draftCost", WorkbookCell.Number(totals.DraftCost, CellDisplay.Money)),
            ]),
            new("kpis", ["kpi", "label", "mean", "ciLow", "ciHigh", "erlangMean", "erlangCiLow", "erlangCiHigh"],
                [.. KpiCatalogue.All.Select(k => (WorkbookCell[])[k.Name, k.Label, .. Estimate(k.Unit, o.Result.Overall[k.Kpi]),
                    .. Estimate(k.Unit, o.ErlangResult.Overall[k.Kpi])])]),
        ]);
    }

    private static double? Round(double? value, int decimals) => value is double v ? Math.Round(v, decimals) : null;

    /// <summary>A two-column sheet of named values.</summary>
    private static WorkbookSheet Summary(string name, IEnumerable<(string Key, WorkbookCell Value)> values) =>
        new(name, ["key", "value"], [.. values.Select(v => (WorkbookCell[])[v.Key, v.Value])]);

    private static IEnumerable<string> KpiHeader(IEnumerable<KpiDefinition> kpis) =>
        kpis.SelectMany(k => new[] { k.Name, k.Name + "CiLow", k.Name + "CiHigh" });

    private static IEnumerable<WorkbookCell> KpiCells(IEnumerable<KpiDefinition> kpis, PerKpi<KpiEstimate> estimates) =>
        kpis.SelectMany(k => Estimate(k.Unit, estimates[k.Kpi]));

    private static WorkbookCell[] Estimate(KpiUnit unit, KpiEstimate e) =>
        [WorkbookCell.Of(unit, e.Mean), WorkbookCell.Of(unit, e.CiLow), WorkbookCell.Of(unit, e.CiHigh)];

    private static WorkbookCell Share(double? value) => WorkbookCell.Number(value, CellDisplay.Percent);

    private static WorkbookCell Count(double? value) => WorkbookCell.Number(value, CellDisplay.Count);
}
