using System.Globalization;
using CsvHelper;
using System.Text;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;
using Simulator.Core.Units;

namespace Simulator.Core.Scheduling;

/// <summary>Agents required on duty (on a shift and not on a break) per interval of the horizon, for each group the schedule staffs.</summary>
/// <param name="Agents">By group id: one value per interval of the whole horizon.</param>
public sealed record ScheduleRequirement(string Source, IReadOnlyDictionary<string, int[]> Agents)
{
    /// <summary>
    /// From the Erlang planner: each contact type's scheduled agents (required ÷ (1 − shrinkage)) in an interval, shared
    /// evenly among the groups with the skill, rounded up per group.
    /// </summary>
    public static ScheduleRequirement FromPlan(Scenario scenario, StaffingPlan plan, IReadOnlyList<string> groups)
    {
        var horizon = scenario.Horizon;
        var agents = groups.ToDictionary(g => g, _ => new double[horizon.TotalIntervals]);
        var types = scenario.ContactTypes.Select(t => t.Id).ToList();
        foreach (var row in plan.Intervals)
        {
            int interval = (row.Day - 1) * horizon.IntervalsPerDay + (int)Math.Round((row.Start - horizon.Start) / horizon.Interval);
            var serving = scenario.AgentGroups.Where(g => g.Skills.Contains(row.ContactType)).ToList();
            foreach (var group in serving.Where(g => agents.ContainsKey(g.Id)))
            {
                agents[group.Id][interval] += (double)row.ScheduledAgents / serving.Count;
            }
        }
        return new ScheduleRequirement($"{plan.Model} requirement",
            agents.ToDictionary(p => p.Key, p => p.Value.Select(a => (int)Math.Ceiling(a - 1e-9)).ToArray()));
    }

    /// <summary>
    /// From a CSV another tool wrote: columns <c>start</c> (a clock time for every day, or a date and time: the first date
    /// is day 1), <c>group</c> (optional with one group to staff) and <c>required</c> (agents, rounded up). Intervals not
    /// listed require none.
    /// </summary>
    /// <exception cref="InputException">A row, column or value is wrong: named with the file, row and column.</exception>
    public static ScheduleRequirement FromCsv(string path, Scenario scenario, IReadOnlyList<string> groups)
    {
        var horizon = scenario.Horizon;
        var agents = groups.ToDictionary(g => g, _ => new int[horizon.TotalIntervals]);
        var given = groups.ToDictionary(g => g, _ => new bool[horizon.TotalIntervals]);
        string file = Path.GetFileName(path);
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read the requirement file '{path}': " +
                $"{(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}.");
        }
        using var opened = stream;
        using var csv = CsvReader.Create(stream, CsvReaderOptions.Default with { TrackLineNumbers = true, MalformedData = CsvMalformedDataHandling.Throw });
        List<string> header;
        try
        {
            header = [.. csv.Headers.Select(h => h.Trim())];
        }
        catch (CsvFormatException e)
        {
            throw new InputException($"{file}, row 1: the header row is not valid CSV: {e.Message}");
        }
        if (header.Count == 0 || header.All(h => h.Length == 0))
        {
            throw new InputException($"{file}: the requirement file is empty; expected a header with columns start, group (optional) and required.");
        }
        int Column(string name, bool required)
        {
            int index = header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0 && required)
            {
                throw new InputException($"{file}, row 1: no column '{name}' (columns: {string.Join(", ", header)}); expected start, group (optional) and " +
                    $"required.");
            }
            return index;
        }
        int startColumn = Column("start", true), groupColumn = Column("group", false), requiredColumn = Column("required", true);
        if (groupColumn < 0 && groups.Count != 1)
        {
            throw new InputException($"{file}, row 1: no column 'group', but {groups.Count} groups are to be scheduled ({string.Join(", ", groups)}); add a " +
                $"group column.");
        }
        DateOnly? firstDate = null;
        while (Next(csv, file))
        {
            long row = csv.LineNumber;
            string Cell(int column) => column < csv.FieldCount ? Encoding.UTF8.GetString(csv.GetSpan(column)).Trim() : "";
            string Where(int column) => $"{file}, row {row}, column {column + 1} ('{header[column]}')";

            string startText = Cell(startColumn);
            int day = 0;
            bool everyDay = UnitParser.TryParseClock(startText, out var clock, out _);
            if (!everyDay && DateTime.TryParse(startText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp))
            {
                var date = DateOnly.FromDateTime(stamp);
                firstDate ??= date;
                day = date.DayNumber - firstDate.Value.DayNumber;
                clock = stamp.TimeOfDay;
                if (day < 0 || day >= horizon.Days)
                {
                    throw new InputException($"{Where(startColumn)}: {startText} falls on day {day + 1} from {firstDate:yyyy-MM-dd}, outside the horizon's " +
                        $"{horizon.Days} day(s).");
                }
            }
            else if (!everyDay)
            {
                throw new InputException($"{Where(startColumn)}: expected a clock time such as 08:30 or a date and time such as 2026-03-02 08:30, but found " +
                    $"\"{startText}\".");
            }
            double slot = (clock - horizon.Start) / horizon.Interval;
            if (clock < horizon.Start || clock >= horizon.End || Math.Abs(slot - Math.Round(slot)) > 1e-9)
            {
                throw new InputException(
                    $"{Where(startColumn)}: {UnitParser.FormatClock(clock)} is not the start of a {UnitParser.FormatDuration(horizon.Interval)} interval " +
                        $"between {UnitParser.FormatClock(horizon.Start)} and {UnitParser.FormatClock(horizon.End)}.");
            }
            string group = groupColumn >= 0 ? Cell(groupColumn) : groups[0];
            if (!agents.TryGetValue(group, out var groupAgents))
            {
                throw new InputException($"{Where(groupColumn)}: no group '{group}' to schedule (groups with shift templates: {string.Join(", ", groups)}).");
            }
            string requiredText = Cell(requiredColumn);
            if (!double.TryParse(requiredText, NumberStyles.Float, CultureInfo.InvariantCulture, out double required) || !double.IsFinite(required)
                || required < 0 || required > int.MaxValue)
            {
                throw new InputException($"{Where(requiredColumn)}: expected a number of agents ≥ 0, but found \"{requiredText}\".");
            }
            int agentsRequired = (int)Math.Ceiling(required - 1e-9);
            var days = everyDay ? Enumerable.Range(0, horizon.Days) : [day];
            foreach (int d in days)
            {
                int interval = d * horizon.IntervalsPerDay + (int)Math.Round(slot);
                if (given[group][interval])
                {
                    throw new InputException($"{Where(startColumn)}: day {d + 1} {UnitParser.FormatClock(clock)} of group '{group}' is listed twice.");
                }
                given[group][interval] = true;
                groupAgents[interval] = agentsRequired;
            }
        }
        return new ScheduleRequirement(file, agents);
    }

    private static bool Next(CsvReader csv, string file)
    {
        try
        {
            while (csv.Read())
            {
                for (int i = 0; i < csv.FieldCount; i++)
                {
                    if (!csv.GetSpan(i).Trim(" \t"u8).IsEmpty) return true;
                }
            }
            return false;
        }
        catch (CsvFormatException e)
        {
            throw new InputException($"{file}, row {csv.LineNumber + 1}: not valid CSV: {e.Message}");
        }
    }
}
