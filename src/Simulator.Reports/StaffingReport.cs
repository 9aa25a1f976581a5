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
        var goal = plan.Goal;
        bool multiDay = plan.Intervals.Any(r => r.Day > 1);
        bool abandonment = plan.Model == QueueModelKind.ErlangA;
        output.WriteLine($"{plan.ScenarioName} — {(abandonment ? "Erlang A" : "Erlang C")}, goal {Formats.Percent(goal.Target)} within " +
                         $"{UnitParser.FormatDuration(goal.AnswerWithin)} ({ErlangReport.YamlName(goal.Definition)})" +
                         (goal.MaxOccupancy is double cap ? $", occupancy ≤ {Formats.Percent(cap)}" : ""));

        var headers = new List<string> { multiDay ? "Day Start" : "Start", "Contact type", "Volume", "AHT", "Erlangs", "Required", "Scheduled", "SL", "ASA",
            "Occ." };
        if (abandonment) headers.Add("Aband.");
        headers.AddRange(["Planned", "Gap", "Plan SL", "Plan ASA", ""]);
        var table = ReportWriter.NewTable([.. headers]);
        table.Columns[1].Alignment = Spectre.Console.Justify.Left;
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
            ReportWriter.AddRow(table, [.. cells]);
        }
        ReportWriter.Render(output, table);
        int closed = plan.Intervals.Where(r => r.Closed).Select(r => (r.Day, r.Start)).Distinct().Count();
        if (closed > 0)
        {
            output.WriteLine($"{Formats.Count(closed, "closed interval")} (outside a day's opening hours or on a closed date) left out: " +
                "nothing to staff there.");
        }

        var totals = plan.Totals;
        output.WriteLine($"Totals: {Formats.Number(totals.Volume, "0")} contacts; required {Formats.Number(totals.RequiredAgentHours, "0.#")} agent-hours on " +
            $"the phones, " +
                         $"{Formats.Number(totals.ScheduledAgentHours, "0.#")} scheduled; planned {Formats.Number(totals.PlannedAgentHours, "0.#")} " +
                         $"({Formats.Signed(totals.PlannedAgentHours - totals.ScheduledAgentHours)}); plan service level " +
                             $"{Formats.Percent(totals.PlannedServiceLevel)}.");
        if (totals.MissedIntervals.Count == 0)
        {
            output.WriteLine($"The plan meets the goal in all {totals.Intervals} intervals.");
        }
        else if (multiDay)
        {
            WriteMissSummary(output, plan);
        }
        else
        {
            output.WriteLine($"The plan misses the goal in {totals.MissedIntervals.Count} of {totals.Intervals} intervals: " +
                             string.Join(", ", totals.MissedIntervals.Select(m =>
                                 $"{UnitParser.FormatClock(m.Start)} {m.ContactType} ({Formats.Percent(m.PlannedServiceLevel)}, " +
                                     $"{Formats.Signed(m.Gap)})")) + ".");
        }
    }

    private static int Days(StaffingPlan plan) => plan.Intervals.Count == 0 ? 1 : plan.Intervals.Max(r => r.Day);

    /// <summary>A long horizon's misses gathered by time of day and by day of the week, instead of one entry per missed interval.</summary>
    private static void WriteMissSummary(TextWriter output, StaffingPlan plan)
    {
        var totals = plan.Totals;
        int days = Days(plan);
        output.WriteLine($"The plan misses the goal in {totals.MissedIntervals.Count} of {totals.Intervals} intervals over {days} days. By time of day:");
        var byTime = ReportWriter.NewTable("Start", "Misses", "Days", "Contact types", "Worst plan SL", "Worst gap");
        byTime.Columns[3].Alignment = Spectre.Console.Justify.Left;
        foreach (var m in totals.MissesByTimeOfDay())
        {
            ReportWriter.AddRow(byTime, UnitParser.FormatClock(m.Start), m.Misses.ToString(CultureInfo.InvariantCulture),
                $"{m.Days} of {days}", string.Join(", ", m.ContactTypes), Formats.Percent(m.WorstPlannedServiceLevel), Formats.Signed(m.WorstGap));
        }
        ReportWriter.Render(output, byTime);
        output.WriteLine("By day of the week (day 1 is the horizon's first day; a scenario has no calendar):");
        var byWeekday = ReportWriter.NewTable("Day of week", "Horizon days", "Misses", "Days with a miss");
        foreach (var m in totals.MissesByDayOfWeek(days))
        {
            string horizonDays = m.HorizonDays.Count <= 4 ? string.Join(", ",
                m.HorizonDays) : $"{string.Join(", ", m.HorizonDays.Take(3))}, … {m.HorizonDays[^1]}";
            ReportWriter.AddRow(byWeekday, m.DayOfWeek.ToString(CultureInfo.InvariantCulture), horizonDays, m.Misses.ToString(CultureInfo.InvariantCulture),
                $"{m.DaysWithMisses} of {m.HorizonDays.Count}");
        }
        ReportWriter.Render(output, byWeekday);
    }
}
