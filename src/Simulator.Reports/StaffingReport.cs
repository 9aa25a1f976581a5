using System.Globalization;
using Simulator.Core.Analytics;
using Simulator.Core.Planning;
using Simulator.Core.Units;

namespace Simulator.Reports;

/// <summary>Renders a <see cref="StaffingPlan"/> as a table, CSV or JSON (<c>ccsim staff</c>).</summary>
public static class StaffingReport
{
    /// <summary>One row per interval and contact type: the stable column and key set of CSV and JSON.</summary>
    public sealed record IntervalLine(
        int Day,
        string Start,
        string ContactType,
        double Volume,
        double AverageHandleTimeSeconds,
        double TrafficIntensity,
        int RequiredAgents,
        int ScheduledAgents,
        double ServiceLevel,
        double ProbabilityOfWaiting,
        double? AverageSpeedOfAnswerSeconds,
        double Occupancy,
        double AbandonmentRate,
        double PlannedAgents,
        double PlannedAvailableAgents,
        double Gap,
        double PlannedServiceLevel,
        double? PlannedAverageSpeedOfAnswerSeconds,
        double PlannedOccupancy,
        double PlannedAbandonmentRate,
        bool PlanMeetsTarget);

    public static IEnumerable<IntervalLine> Lines(StaffingPlan plan) => plan.Intervals.Select(r => new IntervalLine(
        r.Day,
        UnitParser.FormatClock(r.Start),
        r.ContactType,
        r.Volume,
        r.AverageHandleTime.TotalSeconds,
        r.Required.TrafficIntensity,
        r.RequiredAgents,
        r.ScheduledAgents,
        r.Required.ServiceLevel,
        r.Required.ProbabilityOfWaiting,
        r.Required.AverageSpeedOfAnswerSeconds,
        r.Required.Occupancy,
        r.Required.AbandonmentRate,
        r.PlannedAgents,
        r.PlannedAvailableAgents,
        r.Gap,
        r.Planned.ServiceLevel,
        r.Planned.AverageSpeedOfAnswerSeconds,
        r.Planned.Occupancy,
        r.Planned.AbandonmentRate,
        r.PlanMeetsTarget));

    public static object ToDocument(StaffingPlan plan) => new
    {
        scenario = plan.ScenarioName,
        model = ErlangReport.ModelName(plan.Model),
        serviceLevelTarget = plan.Goal.Target,
        answerWithinSeconds = plan.Goal.AnswerWithin.TotalSeconds,
        serviceLevelDefinition = plan.Goal.Definition,
        maxOccupancy = plan.Goal.MaxOccupancy,
        intervals = Lines(plan),
        totals = new
        {
            volume = plan.Totals.Volume,
            requiredAgentHours = plan.Totals.RequiredAgentHours,
            scheduledAgentHours = plan.Totals.ScheduledAgentHours,
            plannedAgentHours = plan.Totals.PlannedAgentHours,
            plannedServiceLevel = plan.Totals.PlannedServiceLevel,
            intervals = plan.Totals.Intervals,
            intervalsMissingTarget = plan.Totals.MissedIntervals.Count,
            missedIntervals = plan.Totals.MissedIntervals.Select(m => new
            {
                day = m.Day,
                start = UnitParser.FormatClock(m.Start),
                contactType = m.ContactType,
                plannedServiceLevel = m.PlannedServiceLevel,
                gap = m.Gap,
            }),
            missesByTimeOfDay = plan.Totals.MissesByTimeOfDay().Select(m => new
            {
                start = UnitParser.FormatClock(m.Start),
                misses = m.Misses,
                days = m.Days,
                contactTypes = m.ContactTypes,
                worstPlannedServiceLevel = m.WorstPlannedServiceLevel,
                worstGap = m.WorstGap,
            }),
            missesByDayOfWeek = plan.Totals.MissesByDayOfWeek(Days(plan)).Select(m => new
            {
                dayOfWeek = m.DayOfWeek,
                misses = m.Misses,
                daysWithMisses = m.DaysWithMisses,
                horizonDays = m.HorizonDays,
            }),
        },
    };

    public static void WriteJson(TextWriter output, StaffingPlan plan) => ReportWriter.WriteJson(output, ToDocument(plan));

    public static void WriteCsv(TextWriter output, StaffingPlan plan) => CsvTable.Write(output, Lines(plan));

    public static void WriteTable(TextWriter output, StaffingPlan plan)
    {
        output.WriteLine(Heading(plan));
        var intervals = IntervalTable(plan);
        var table = ReportWriter.NewTable(intervals.Header);
        table.Columns[1].Alignment = Spectre.Console.Justify.Left;
        foreach (var row in intervals.Rows) ReportWriter.AddRow(table, row);
        ReportWriter.Render(output, table);
        foreach (string line in intervals.Legend.Split('\n', StringSplitOptions.RemoveEmptyEntries)) output.WriteLine(line);
        output.WriteLine(TotalsLine(plan));
        output.WriteLine(GoalLine(plan));
        var misses = MissTables(plan);
        for (int i = 0; i < misses.Count; i++)
        {
            // The first table's heading ends the goal line ("… over N days. By time of day:"); the second has a line of its own.
            if (i > 0) output.WriteLine(misses[i].Heading + ":");
            var rendered = ReportWriter.NewTable(misses[i].Header);
            if (i == 0) rendered.Columns[3].Alignment = Spectre.Console.Justify.Left;
            foreach (var row in misses[i].Rows) ReportWriter.AddRow(rendered, row);
            ReportWriter.Render(output, rendered);
        }
    }

    /// <summary>The first line of the table: scenario, queue model and the goal.</summary>
    public static string Heading(StaffingPlan plan)
    {
        var goal = plan.Goal;
        return $"{plan.ScenarioName} — {(plan.Model == QueueModelKind.ErlangA ? "Erlang A" : "Erlang C")}, goal {Formats.Percent(goal.Target)} within " +
               $"{UnitParser.FormatDuration(goal.AnswerWithin)} ({ErlangReport.YamlName(goal.Definition)})" +
               (goal.MaxOccupancy is double cap ? $", occupancy ≤ {Formats.Percent(cap)}" : "");
    }

    /// <summary>
    /// One row per open interval and contact type, as the terminal shows it; the legend is the line on the closed intervals left out, if any.
    /// The terminal table and the web workspace's staff page both show this table.
    /// </summary>
    public static ReportBundle.Table IntervalTable(StaffingPlan plan)
    {
        bool multiDay = plan.Intervals.Any(r => r.Day > 1);
        bool abandonment = plan.Model == QueueModelKind.ErlangA;
        var headers = new List<string> { multiDay ? "Day Start" : "Start", "Contact type", "Volume", "AHT", "Erlangs", "Required", "Scheduled", "SL", "ASA",
            "Occ." };
        if (abandonment) headers.Add("Aband.");
        headers.AddRange(["Planned", "Gap", "Plan SL", "Plan ASA", ""]);
        var rows = new List<string[]>();
        foreach (var r in plan.Intervals.Where(r => !r.Closed))
        {
            var cells = new List<string>
            {
                multiDay ? $"{r.Day} {UnitParser.FormatClock(r.Start)}" : UnitParser.FormatClock(r.Start),
                r.ContactType,
                Formats.Number(r.Volume, "0.#"),
                Formats.Number(r.AverageHandleTime.TotalSeconds, "0") + " s",
                Formats.Number(r.Required.TrafficIntensity, "0.0"),
                r.RequiredAgents.ToString(CultureInfo.InvariantCulture),
                r.ScheduledAgents.ToString(CultureInfo.InvariantCulture),
                Formats.Percent(r.Required.ServiceLevel),
                Formats.Seconds(r.Required.AverageSpeedOfAnswerSeconds),
                Formats.Percent(r.Required.Occupancy),
            };
            if (abandonment) cells.Add(Formats.Percent(r.Required.AbandonmentRate));
            cells.AddRange([
                Formats.Number(r.PlannedAgents, "0.#"),
                Formats.Signed(r.Gap),
                Formats.Percent(r.Planned.ServiceLevel),
                Formats.Seconds(r.Planned.AverageSpeedOfAnswerSeconds),
                r.PlanMeetsTarget ? "" : "✗ short",
            ]);
            rows.Add([.. cells]);
        }
        int closed = plan.Intervals.Where(r => r.Closed).Select(r => (r.Day, r.Start)).Distinct().Count();
        string legend = closed == 0 ? "" : $"{Formats.Count(closed, "closed interval")} (outside a day's opening hours or on a closed date) left out: " +
            "nothing to staff there.";
        return new ReportBundle.Table([.. headers], rows, legend);
    }

    /// <summary>Contacts and agent-hours over the horizon: required, scheduled, planned, and the plan's service level.</summary>
    public static string TotalsLine(StaffingPlan plan)
    {
        var totals = plan.Totals;
        return $"Totals: {Formats.Number(totals.Volume, "0")} contacts; required {Formats.Number(totals.RequiredAgentHours, "0.#")} agent-hours on " +
               $"the phones, {Formats.Number(totals.ScheduledAgentHours, "0.#")} scheduled; planned {Formats.Number(totals.PlannedAgentHours, "0.#")} " +
               $"({Formats.Signed(totals.PlannedAgentHours - totals.ScheduledAgentHours)}); plan service level {Formats.Percent(totals.PlannedServiceLevel)}.";
    }

    /// <summary>Where the plan misses the goal: every interval named for one day; for a longer horizon the count, the tables of
    /// <see cref="MissTables"/> following.</summary>
    public static string GoalLine(StaffingPlan plan)
    {
        var totals = plan.Totals;
        if (totals.MissedIntervals.Count == 0) return $"The plan meets the goal in all {totals.Intervals} intervals.";
        if (plan.Intervals.Any(r => r.Day > 1))
        {
            return $"The plan misses the goal in {totals.MissedIntervals.Count} of {totals.Intervals} intervals over {Days(plan)} days. By time of day:";
        }
        return $"The plan misses the goal in {totals.MissedIntervals.Count} of {totals.Intervals} intervals: " +
               string.Join(", ", totals.MissedIntervals.Select(m =>
                   $"{UnitParser.FormatClock(m.Start)} {m.ContactType} ({Formats.Percent(m.PlannedServiceLevel)}, {Formats.Signed(m.Gap)})")) + ".";
    }

    /// <summary>A long horizon's misses gathered by time of day and by day of the week, instead of one entry per missed interval; none for one
    /// day or a plan that misses nowhere.</summary>
    public static IReadOnlyList<ReportBundle.Table> MissTables(StaffingPlan plan)
    {
        var totals = plan.Totals;
        if (totals.MissedIntervals.Count == 0 || !plan.Intervals.Any(r => r.Day > 1)) return [];
        int days = Days(plan);
        var byTime = totals.MissesByTimeOfDay().Select(m => new[]
        {
            UnitParser.FormatClock(m.Start), m.Misses.ToString(CultureInfo.InvariantCulture), $"{m.Days} of {days}", string.Join(", ", m.ContactTypes),
            Formats.Percent(m.WorstPlannedServiceLevel), Formats.Signed(m.WorstGap),
        }).ToList();
        var byWeekday = totals.MissesByDayOfWeek(days).Select(m => new[]
        {
            m.DayOfWeek.ToString(CultureInfo.InvariantCulture),
            m.HorizonDays.Count <= 4 ? string.Join(", ", m.HorizonDays) : $"{string.Join(", ", m.HorizonDays.Take(3))}, … {m.HorizonDays[^1]}",
            m.Misses.ToString(CultureInfo.InvariantCulture), $"{m.DaysWithMisses} of {m.HorizonDays.Count}",
        }).ToList();
        return
        [
            new(["Start", "Misses", "Days", "Contact types", "Worst plan SL", "Worst gap"], byTime, "", "By time of day"),
            new(["Day of week", "Horizon days", "Misses", "Days with a miss"], byWeekday, "",
                "By day of the week (day 1 is the horizon's first day; a scenario has no calendar)"),
        ];
    }

    private static int Days(StaffingPlan plan) => plan.Intervals.Count == 0 ? 1 : plan.Intervals.Max(r => r.Day);
}
