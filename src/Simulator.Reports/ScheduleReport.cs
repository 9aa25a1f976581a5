using System.Globalization;
using Simulator.Core.Scenarios;
using Simulator.Core.Scheduling;
using Simulator.Core.Simulation;
using Simulator.Core.Units;

namespace Simulator.Reports;

/// <summary>Renders a schedule (<c>ccsim schedule</c>): its shifts, coverage, bound and gap, the simulated KPIs, and a roster.</summary>
public static class ScheduleReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>What the command found: the schedule, what it was scheduled to, and where simulated, what it achieved.</summary>
    /// <param name="Erlang">With <c>--requirement simulation</c>: the schedule to the Erlang requirement, simulated, for comparison.</param>
    public sealed record Outcome(
        Scenario Scenario,
        string Requirement,
        ShiftSchedule Schedule,
        Simulated? Simulation,
        Comparison? Erlang,
        RosterResult? Roster,
        IReadOnlyList<string> Notes);

    /// <summary>Simulated KPIs of the scheduled scenario, over the whole horizon.</summary>
    public sealed record Simulated(KpiEstimate ServiceLevel, KpiEstimate Abandonment, KpiEstimate AverageSpeedOfAnswer, int Rounds);

    /// <summary>The same scenario scheduled to Erlang requirements, for comparison.</summary>
    public sealed record Comparison(double Cost, Simulated Simulation);

    public sealed record ShiftRow(string Group, string Template, string Start, string Length, string Breaks, int Agents, string Days);

    public static IEnumerable<ShiftRow> Rows(Outcome outcome) => outcome.Schedule.Lines(outcome.Scenario.Horizon.Days).Select(l => new ShiftRow(
        l.Group, l.Pattern.Template.Id, UnitParser.FormatClock(l.Pattern.Start), UnitParser.FormatDuration(l.Pattern.Template.Length),
        string.Join(" ", l.Pattern.Template.Breaks.Select((b, i) =>
            $"{UnitParser.FormatDuration(l.Pattern.BreakStarts[i])}+{UnitParser.FormatDuration(b.Length)}{(b.Paid ? "" : " unpaid")}")),
        l.Agents, l.Days is null ? "all" : string.Join(" ", l.Days)));

    private static object Estimate(KpiEstimate e) => new { mean = e.Mean, ciLow = e.CiLow, ciHigh = e.CiHigh };

    private static string Share(double? share) => share is double s ? Formats.Percent(s) : "–";

    private static object SimulatedDocument(Simulated s) => new
    {
        serviceLevel = Estimate(s.ServiceLevel),
        abandonment = Estimate(s.Abandonment),
        asa = Estimate(s.AverageSpeedOfAnswer),
        rounds = s.Rounds,
    };

    public static object ToDocument(Outcome outcome)
    {
        var schedule = outcome.Schedule;
        var document = new Dictionary<string, object?>
        {
            ["scenario"] = outcome.Scenario.Name,
            ["requirement"] = outcome.Requirement,
            ["cost"] = schedule.Cost,
            ["lowerBound"] = schedule.LowerBound,
            ["gap"] = schedule.Gap,
            ["status"] = schedule.Status,
            ["shifts"] = schedule.Lines(outcome.Scenario.Horizon.Days).Select(l => new
            {
                group = l.Group,
                template = l.Pattern.Template.Id,
                start = UnitParser.FormatClock(l.Pattern.Start),
                length = UnitParser.FormatDuration(l.Pattern.Template.Length),
                breaks = l.Pattern.Template.Breaks.Select((b, i) => new
                {
                    after = UnitParser.FormatDuration(l.Pattern.BreakStarts[i]),
                    length = UnitParser.FormatDuration(b.Length),
                    paid = b.Paid,
                }),
                agents = l.Agents,
                days = l.Days ?? (IReadOnlyList<int>)Enumerable.Range(1, outcome.Scenario.Horizon.Days).ToList(),
            }),
            ["coverage"] = schedule.Coverage.Select(c => new
            {
                day = c.Day,
                start = UnitParser.FormatClock(c.Start),
                group = c.Group,
                required = c.Required,
                scheduled = Math.Round(c.Scheduled, 4),
            }),
        };
        if (outcome.Simulation is { } simulated) document["simulated"] = SimulatedDocument(simulated);
        if (outcome.Erlang is { } erlang) document["erlang"] = new { cost = erlang.Cost, simulated = SimulatedDocument(erlang.Simulation) };
        if (outcome.Roster is { } roster)
        {
            document["roster"] = new
            {
                weeks = roster.Weeks,
                agents = roster.Agents.Count,
                unfilled = roster.Unfilled.Select(u => new
                {
                    group = u.Group, day = u.Day, start = UnitParser.FormatClock(u.Pattern.Start),
                    template = u.Pattern.Template.Id
                }),
            };
        }
        document["notes"] = outcome.Notes;
        return document;
    }

    public static void WriteJson(TextWriter output, Outcome outcome) => ReportWriter.WriteJson(output, ToDocument(outcome));

    public static void WriteCsv(TextWriter output, Outcome outcome) => CsvTable.Write(output, Rows(outcome));

    public static void WriteTable(TextWriter output, Outcome outcome)
    {
        var schedule = outcome.Schedule;
        output.WriteLine($"Schedule for {outcome.Scenario.Name} to the {outcome.Requirement}: cost {Formats.Money(schedule.Cost)}, " +
                         $"lower bound {Formats.Money(schedule.LowerBound)}, gap {Formats.Percent(schedule.Gap)} " +
                             $"({(schedule.Status == SolveStatus.Optimal ? "optimal" : "stopped at the limit")}).");
        var table = ReportWriter.NewTable("Group", "Template", "Start", "Length", "Breaks", "Agents", "Days");
        table.Columns[0].Alignment = Spectre.Console.Justify.Left;
        table.Columns[1].Alignment = Spectre.Console.Justify.Left;
        table.Columns[4].Alignment = Spectre.Console.Justify.Left;
        foreach (var row in Rows(outcome))
            ReportWriter.AddRow(table, row.Group, row.Template, row.Start, row.Length, row.Breaks, row.Agents.ToString(Invariant), row.Days);
        ReportWriter.Render(output, table);
        var shortIntervals = schedule.Coverage.Where(c => c.Short > 1e-9).ToList();
        output.WriteLine(shortIntervals.Count == 0
            ? "Every interval is covered."
            : $"{shortIntervals.Count} interval(s) short: " +
                $"{string.Join(", ", shortIntervals.Take(8).Select(c =>
                    $"{c.Group} day {c.Day} {UnitParser.FormatClock(c.Start)} ({Formats.Number(c.Scheduled)} of {c.Required})"))}.");
        if (outcome.Simulation is { } s)
        {
            output.WriteLine($"Simulated: service level {Share(s.ServiceLevel.Mean)} [{Share(s.ServiceLevel.CiLow)}, {Share(s.ServiceLevel.CiHigh)}], " +
                             $"abandonment {Share(s.Abandonment.Mean)}, ASA {Formats.Seconds(s.AverageSpeedOfAnswer.Mean)} after {s.Rounds} round(s).");
        }
        if (outcome.Erlang is { } erlang)
        {
            output.WriteLine($"Scheduled to the Erlang requirement instead: cost {Formats.Money(erlang.Cost)}, simulated service level " +
                $"{Share(erlang.Simulation.ServiceLevel.Mean)}, " +
                             $"abandonment {Share(erlang.Simulation.Abandonment.Mean)}.");
        }
        if (outcome.Roster is { } roster)
        {
            output.WriteLine($"Roster: {roster.Agents.Count} agent(s) over {roster.Weeks} week(s); " +
                $"{(roster.Unfilled.Count == 0 ? "every shift filled" : $"{roster.Unfilled.Count} shift(s) unfilled")}.");
        }
        foreach (string note in outcome.Notes) output.WriteLine(note);
    }

    /// <summary>Agent × day: the shift each agent works ("08:00–16:00 day") or blank on a day off, then paid hours and weekend shifts.</summary>
    public static (string[] Header, List<string[]> Rows) RosterGrid(RosterResult roster)
    {
        string[] weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        var header = new List<string> { "agent", "group", "contractHours" };
        header.AddRange(Enumerable.Range(1, roster.Days).Select(d => $"d{d} {weekdays[(d - 1) % 7]}"));
        header.AddRange(["paidHours", "weekendShifts"]);
        var rows = new List<string[]>();
        for (int a = 0; a < roster.Agents.Count; a++)
        {
            var agent = roster.Agents[a];
            var row = new List<string> { agent.Name, agent.Group, Formats.Number(agent.ContractHours.TotalHours) };
            row.AddRange(roster.Shifts[a].Select(s =>
                s is null ? "" : $"{UnitParser.FormatClock(s.Pattern.Start)}–{UnitParser.FormatClock(s.Pattern.End)} {s.Pattern.Template.Id}"));
            row.Add(Formats.Number(roster.Shifts[a].Sum(s => s?.Pattern.Template.PaidLength.TotalHours ?? 0)));
            row.Add(roster.Shifts[a].Count(s => s is not null && RosterResult.IsWeekend(s.Day)).ToString(Invariant));
            rows.Add([.. row]);
        }
        return ([.. header], rows);
    }

    public static void WriteRosterCsv(TextWriter output, RosterResult roster)
    {
        var (header, rows) = RosterGrid(roster);
        CsvTable.Write(output, header, rows);
    }

    /// <summary>The roster grid as a workbook (<see cref="Workbooks.Roster"/>).</summary>
    public static byte[] RosterWorkbook(RosterResult roster) => Workbooks.Roster(roster);

    /// <summary>A workbook: a summary, shifts, coverage and (with a roster) the roster grid, one sheet each (<see cref="Workbooks.Schedule"/>).</summary>
    public static byte[] Workbook(Outcome outcome) => Workbooks.Schedule(outcome);
}
