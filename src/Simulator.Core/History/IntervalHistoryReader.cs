using Simulator.Core.Units;

namespace Simulator.Core.History;

/// <summary>
/// Reads interval history: one row per interval and contact type. Its interval length and grid are
/// told from the rows themselves (the commonest spacing), every row must sit on that grid, and two rows
/// for one interval are an error naming both, except in the hour the clocks go back, where the local
/// clock really shows each time twice and the two rows are added.
/// </summary>
internal static class IntervalHistoryReader
{
    private readonly record struct Row(int Type, DateTime Local, bool HasTime, bool Ambiguous, double Offered, double Answered, double Abandoned,
        double AhtSeconds, double AsaSeconds, double ServiceLevel, double Agents, long Line);

    public static (GridAccumulator Sums, IntervalGrid Grid, List<string> Notes) Read(CellReader cells, TimeSpan? requestedInterval, string file)
    {
        var types = new GridAccumulator(1);
        var rows = new List<Row>();
        bool? explicitTime = null;
        while (cells.Table.Read())
        {
            var (local, hasTime, ambiguous) = cells.Time(HistoryColumns.Start);
            bool certain = hasTime || !cells.Table.MidnightMayBeDate;
            if (certain && explicitTime is bool first && first != hasTime)
            {
                throw cells.Error(HistoryColumns.Start, first
                    ? $"expected a date and time like the rows above, but found a date alone; daily and interval rows cannot be mixed in one file."
                    : $"expected a date alone like the rows above (daily history), but found a time of day; daily and interval rows cannot be mixed in one " +
                        $"file.");
            }
            if (certain) explicitTime ??= hasTime;
            int type = types.TypeIndex(cells.Text(HistoryColumns.ContactType, CellReader.DefaultContactType));
            double offered = cells.Number(HistoryColumns.Offered, 0, double.MaxValue, "a number of contacts ≥ 0", required: true);
            double answered = cells.Number(HistoryColumns.Answered, 0, double.MaxValue, "a number of contacts ≥ 0", required: false);
            double abandoned = cells.Number(HistoryColumns.Abandoned, 0, double.MaxValue, "a number of contacts ≥ 0", required: false);
            double aht = cells.Number(HistoryColumns.AhtSeconds, 0, double.MaxValue, "a handle time in seconds ≥ 0", required: false);
            double asa = cells.Number(HistoryColumns.AsaSeconds, 0, double.MaxValue, "seconds ≥ 0", required: false);
            double level = cells.Number(HistoryColumns.ServiceLevel, 0, 1, "a share from 0 to 1, such as 0.8", required: false);
            double agents = cells.Number(HistoryColumns.Agents, 0, double.MaxValue, "a number of agents ≥ 0", required: false);
            rows.Add(new Row(type, local, hasTime, ambiguous, offered, answered, abandoned, aht, asa, level, agents, cells.Table.Row));
        }
        if (rows.Count == 0) throw new HistoryException(file, 0, null, "the file has a header but no rows of data.");

        bool daily = explicitTime is not true && rows.All(r => r.Local.TimeOfDay == TimeSpan.Zero);
        var grid = daily ? IntervalGrid.Daily : DetectGrid(rows, requestedInterval, file);
        if (daily && requestedInterval is TimeSpan asked && asked != IntervalGrid.Daily.Interval)
        {
            throw new HistoryException(file, 0, null,
                $"the file is daily history (dates without times), so it cannot be cut into {UnitParser.FormatDuration(asked)} intervals; ask for no " +
                    $"interval length.");
        }

        var sums = new GridAccumulator(grid.SlotsPerDay);
        foreach (string id in types.Types) sums.TypeIndex(id);
        var notes = new List<string>();
        var mergedDays = new SortedSet<DateOnly>();
        var duplicates = new List<(long Row, long First, string Type, DateTime Start)>();
        foreach (var row in rows)
        {
            var (dayShift, slot) = grid.Locate(row.Local.TimeOfDay);
            if (grid.SlotStart(slot) != row.Local.TimeOfDay + (dayShift < 0 ? TimeSpan.FromDays(1) : TimeSpan.Zero))
            {
                throw new HistoryException(file, row.Line, null,
                    $"the interval starting {row.Local:yyyy-MM-dd HH:mm} is off the grid the other rows follow ({grid.Describe()}); every row must start an " +
                        $"interval.");
            }
            int dayNumber = DateOnly.FromDateTime(row.Local).DayNumber + dayShift;
            var day = sums.Day(row.Type, dayNumber);
            if (day.Present[slot])
            {
                if (!row.Ambiguous)
                {
                    duplicates.Add((row.Line, day.Rows[slot], types.Types[row.Type], row.Local));
                    continue;
                }
                mergedDays.Add(DateOnly.FromDayNumber(dayNumber));
            }
            day.Present[slot] = true;
            day.Rows[slot] = row.Line;
            double weight = double.IsNaN(row.Answered) ? row.Offered : row.Answered;
            day[slot, CellField.Offered] += row.Offered;
            day[slot, CellField.Answered] += row.Answered;
            day[slot, CellField.Abandoned] += row.Abandoned;
            // An interval nothing was answered in has no AHT to weigh: a blank there is not an unknown.
            day[slot, CellField.AhtSum] += weight > 0 ? row.AhtSeconds * weight : 0;
            day[slot, CellField.AhtWeight] += weight;
            day[slot, CellField.AsaSum] += weight > 0 ? row.AsaSeconds * weight : 0;
            day[slot, CellField.AsaWeight] += weight;
            day[slot, CellField.ServiceLevelSum] += row.Offered > 0 ? row.ServiceLevel * row.Offered : 0;
            day[slot, CellField.ServiceLevelWeight] += row.Offered;
            day[slot, CellField.AgentsSum] += row.Agents;
            day[slot, CellField.AgentsWeight] += 1;
        }
        if (duplicates.Count > 0)
        {
            // Every duplicate is named (the first few), so one pass over the file shows how much is wrong.
            var (line, firstRow, type, start) = duplicates[0];
            string more = duplicates.Count == 1 ? "" :
                $" {duplicates.Count} rows repeat an interval in all: " + string.Join(", ", duplicates.Take(5)
                    .Select(d => $"row {d.Row} (first row {d.First})")) + (duplicates.Count > 5 ? ", …" : "") + ".";
            throw new HistoryException(file, line, null,
                $"a second row for {type} at {start:yyyy-MM-dd HH:mm} (the first is row {firstRow}); each interval and contact type takes one row.{more}");
        }
        if (mergedDays.Count > 0)
        {
            notes.Add($"The clocks went back on {string.Join(", ", mergedDays.Select(d => d.ToString("yyyy-MM-dd")))}: the two rows of each repeated local " +
                $"time were added into one interval.");
        }
        return (sums, grid, notes);
    }

    /// <summary>The commonest spacing of consecutive rows of one type and day, and the commonest place of the rows on it.</summary>
    private static IntervalGrid DetectGrid(List<Row> rows, TimeSpan? requested, string file)
    {
        var spacings = new Dictionary<long, int>();
        foreach (var group in rows.GroupBy(r => (r.Type, r.Local.Date)))
        {
            var times = group.Select(r => r.Local.TimeOfDay.Ticks).Order().ToArray();
            for (int i = 1; i < times.Length; i++)
            {
                long gap = times[i] - times[i - 1];
                if (gap > 0) spacings[gap] = spacings.GetValueOrDefault(gap) + 1;
            }
        }
        TimeSpan native;
        if (spacings.Count > 0)
        {
            native = TimeSpan.FromTicks(spacings.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First().Key);
        }
        else if (requested is TimeSpan interval)
        {
            native = interval;
        }
        else
        {
            throw new HistoryException(file, 0, null,
                "each day has a single row with a time of day, so the interval length cannot be told from the file; give the interval length, such as 1h.");
        }
        if (!IntervalGrid.DividesDay(native))
        {
            throw new HistoryException(file, 0, null,
                $"the rows are {UnitParser.FormatDuration(native)} apart, which does not cut a day into whole intervals; expected intervals such as 15m, 30m " +
                    $"or 1h.");
        }
        var offsets = rows.GroupBy(r => r.Local.TimeOfDay.Ticks % native.Ticks).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var grid = new IntervalGrid(native, TimeSpan.FromTicks(offsets));
        if (requested is not TimeSpan target || target == native) return grid;
        if (target < native || target.Ticks % native.Ticks != 0 || !IntervalGrid.DividesDay(target))
        {
            throw new HistoryException(file, 0, null,
                $"intervals of {UnitParser.FormatDuration(target)} cannot be made of the file's {UnitParser.FormatDuration(native)} intervals; " +
                $"expected a whole multiple of {UnitParser.FormatDuration(native)} that divides a day, such as {UnitParser.FormatDuration(native * 2)}.");
        }
        return grid;
    }
}
