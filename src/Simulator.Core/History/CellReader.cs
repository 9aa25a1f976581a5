using System.Globalization;

namespace Simulator.Core.History;

/// <summary>
/// Reads the canonical columns of the current row, typed, and names the file, row and column of any
/// cell that is missing or cannot be read, with what was expected.
/// </summary>
internal sealed class CellReader(IHistoryTable table, ColumnPlan plan, string file, TimeZoneInfo? timeZone)
{
    public const string DefaultContactType = "all";

    public IHistoryTable Table => table;

    public bool Has(HistoryColumn column) => plan.Index(column) is not null;

    public HistoryException Error(HistoryColumn column, string message) =>
        new(file, table.Row, plan.Index(column) is int i ? table.Headers[i] : column.Name, message);

    private string Found(int index) => table.IsBlank(index) ? "the cell is empty" : $"found \"{table.GetText(index)}\"";

    /// <summary>A number in [min, max]; NaN when the column is absent or, if <paramref name="required"/> is false, the cell is blank.</summary>
    public double Number(HistoryColumn column, double min, double max, string expectation, bool required)
    {
        if (plan.Index(column) is not int index) return double.NaN;
        if (!required && table.IsBlank(index)) return double.NaN;
        if (!table.TryGetNumber(index, out double value) || value < min || value > max)
        {
            throw Error(column, $"expected {expectation}, but {Found(index)}{Hint(index, max)}.");
        }
        return value;
    }

    /// <summary>Decimal commas and percentages are common in exports: say how to fix them rather than guess.</summary>
    private string Hint(int index, double max)
    {
        string text = table.GetText(index);
        if (text.Contains(',') && double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return " (numbers take a decimal point, not a comma)";
        }
        if (max <= 1 && table.TryGetNumber(index, out double value) && value > 1 && value <= 100) return " (a share is written 0.8, not 80)";
        return "";
    }

    /// <summary>The cell's text; <paramref name="fallback"/> without the column, or for a blank cell where <paramref name="blankAllowed"/> (an agent id of an
    /// abandoned contact).</summary>
    public string Text(HistoryColumn column, string fallback, bool blankAllowed)
    {
        if (plan.Index(column) is not int index) return fallback;
        return table.IsBlank(index) && blankAllowed ? fallback : Text(column, fallback);
    }

    public string Text(HistoryColumn column, string fallback)
    {
        if (plan.Index(column) is not int index) return fallback;
        if (table.IsBlank(index)) throw Error(column, $"the cell is empty; expected {column.Meaning}.");
        return table.GetText(index);
    }

    /// <summary>
    /// The local time of the row's start or arrival: converted to the centre's time zone when written
    /// with a UTC offset, checked against the zone's clock changes otherwise.
    /// </summary>
    /// <returns>The local time; whether the cell gave a time of day; whether the time occurs twice on the local clock (the hour the clocks go back).</returns>
    public (DateTime Local, bool HasTime, bool Ambiguous) Time(HistoryColumn column)
    {
        int index = plan.Index(column)!.Value;
        if (!table.TryGetTimestamp(index, out var stamp))
        {
            throw Error(column,
                $"expected {(plan.TimeIndex(column) is null ? IsoTimestamp.Expectation : "an ISO date such as 2024-03-04")}, but {Found(index)}.");
        }
        if (plan.TimeIndex(column) is int timeIndex)
        {
            if (!table.TryGetTimeOfDay(timeIndex, out var time))
            {
                throw new HistoryException(file, table.Row, table.Headers[timeIndex], $"expected {IsoTimestamp.ClockExpectation}, but {Found(timeIndex)}.");
            }
            stamp = stamp with { Wall = stamp.Wall.Date + time, HasTime = true };
        }
        if (stamp.Offset is TimeSpan offset)
        {
            if (timeZone is null)
            {
                throw Error(column, $"\"{table.GetText(index)}\" carries a UTC offset; give the time zone (such as Europe/London, or UTC) to say which local " +
                    $"clock the centre plans by.");
            }
            var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(stamp.Wall, offset), timeZone).DateTime;
            return (DateTime.SpecifyKind(local, DateTimeKind.Unspecified), true, false);
        }
        if (timeZone is not null && stamp.HasTime && timeZone.IsInvalidTime(stamp.Wall))
        {
            throw Error(column, $"{stamp.Wall:yyyy-MM-dd HH:mm} does not exist in {timeZone.Id}: the clocks went forward over it. Write times on the " +
                $"centre's local clock, or with their UTC offset.");
        }
        bool ambiguous = timeZone is not null && stamp.HasTime && timeZone.IsAmbiguousTime(stamp.Wall);
        return (stamp.Wall, stamp.HasTime, ambiguous);
    }
}
