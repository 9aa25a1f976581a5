using Simulator.Core.Units;

namespace Simulator.Core.History;

/// <summary>
/// Reads a history file, CSV or XLSX, interval history or contact log (told from its columns), into a
/// <see cref="ContactHistory"/>. Bad input is named, never guessed: a missing or unreadable cell names
/// the file, row and column; duplicate intervals are refused; gaps are listed and left unknown.
/// </summary>
public static class HistoryReader
{
    public static ContactHistory Load(string path, HistoryReadOptions options)
    {
        using var stream = HistoryFile.Open(path, "history file");
        return Read(stream, path, options);
    }

    /// <summary>Refuses an interval length that does not cut a day into whole intervals.</summary>
    public static void CheckInterval(TimeSpan interval)
    {
        if (!IntervalGrid.DividesDay(interval))
        {
            throw new InputException($"an interval of {UnitParser.FormatDuration(interval)} does not cut a day into whole intervals; expected a length such " +
                $"as 15m, 30m or 1h.");
        }
    }

    /// <summary>Reads from a stream; <paramref name="file"/> names it in messages (and, for a stream that cannot seek, tells XLSX from CSV by its
    /// extension).</summary>
    public static ContactHistory Read(Stream stream, string file, HistoryReadOptions options)
    {
        if (options.Interval is TimeSpan interval) CheckInterval(interval);
        using var table = HistoryTable.Open(stream, file);
        return HistoryTable.Placed(table, () => Read(table, file, options));
    }

    private static ContactHistory Read(IHistoryTable table, string file, HistoryReadOptions options)
    {
        var plan = ColumnPlan.Resolve(table.Headers, options.Columns, file);
        var cells = new CellReader(table, plan, file, options.TimeZone);
        var notes = new List<string>();
        if (plan.Ignored.Count > 0) notes.Add($"Columns not used: {string.Join(", ", plan.Ignored)}.");

        GridAccumulator sums;
        IntervalGrid grid;
        HashSet<int>? covered = null;
        int factor = 1;
        SeriesBuilder.Columns columns;
        if (plan.Shape == HistoryShape.ContactLog)
        {
            grid = new IntervalGrid(options.Interval ?? HistoryReadOptions.DefaultInterval, TimeSpan.Zero);
            (sums, covered, long contained) = ContactLogReader.Read(cells, grid, options.Columns);
            if (contained > 0) notes.Add($"{contained:N0} contacts contained by a bot were left out: they never reached the agent queue, so they are not " +
                $"offered.");
            columns = new SeriesBuilder.Columns(true, true, cells.Has(HistoryColumns.HandleSeconds), true, false, false);
        }
        else
        {
            List<string> readNotes;
            (sums, grid, readNotes) = IntervalHistoryReader.Read(cells, options.Interval, file);
            notes.AddRange(readNotes);
            if (options.Interval is TimeSpan asked && !grid.IsDaily) factor = (int)(asked.Ticks / grid.Interval.Ticks);
            columns = new SeriesBuilder.Columns(cells.Has(HistoryColumns.Answered), cells.Has(HistoryColumns.Abandoned), cells.Has(HistoryColumns.AhtSeconds),
                cells.Has(HistoryColumns.AsaSeconds), cells.Has(HistoryColumns.ServiceLevel), cells.Has(HistoryColumns.Agents));
        }
        if (!sums.Days.Any())
        {
            throw new HistoryException(file, 0, null, plan.Shape == HistoryShape.ContactLog
                ? "the log has no offered contacts (answered or abandoned); there is nothing to read."
                : "the file has a header but no rows of data.");
        }

        var series = SeriesBuilder.Build(sums, grid, covered, columns, options.TimeZone, factor, out var from, out var to);
        var outGrid = factor == 1 ? grid : grid with { Interval = grid.Interval * factor };
        if (factor > 1) notes.Add($"The file's {UnitParser.FormatDuration(grid.Interval)} intervals were added up into " +
            $"{UnitParser.FormatDuration(outGrid.Interval)} intervals.");
        return new ContactHistory(file, plan.Shape, outGrid, from, to, series, notes, options.TimeZone)
        {
            SingleUnnamedType = !cells.Has(HistoryColumns.ContactType),
        };
    }
}
