using Simulator.Core.Units;

namespace Simulator.Core.History;

/// <summary>
/// How a day is cut into intervals: their length and where the first starts after midnight (usually
/// at midnight; a file whose intervals start at :15 and :45 keeps them there). Daily history has one
/// interval of a day.
/// </summary>
public sealed record IntervalGrid(TimeSpan Interval, TimeSpan Offset)
{
    public static readonly IntervalGrid Daily = new(TimeSpan.FromDays(1), TimeSpan.Zero);

    public bool IsDaily => Interval == TimeSpan.FromDays(1);

    public int SlotsPerDay => (int)(TimeSpan.FromDays(1).Ticks / Interval.Ticks);

    /// <summary>Time of day at which interval <paramref name="slot"/> starts.</summary>
    public TimeSpan SlotStart(int slot) => Offset + Interval * slot;

    /// <summary>
    /// The interval a time of day falls in, counted from the grid's offset. A time before the offset
    /// (00:05 on a grid that starts at 00:15) belongs to the last interval of the previous day: the
    /// caller moves it there with <see cref="Locate"/>.
    /// </summary>
    public (int DayShift, int Slot) Locate(TimeSpan timeOfDay)
    {
        long ticks = (timeOfDay - Offset).Ticks;
        if (ticks < 0) return (-1, (int)((ticks + TimeSpan.TicksPerDay) / Interval.Ticks));
        return (0, (int)(ticks / Interval.Ticks));
    }

    public string Describe() => IsDaily ? "daily" : $"{UnitParser.FormatDuration(Interval)} intervals" + (Offset == TimeSpan.Zero ? "" : $" starting at " +
        $"{UnitParser.FormatClock(Offset)}");

    /// <summary>Whether an interval length can cut a day into whole intervals.</summary>
    public static bool DividesDay(TimeSpan interval) => interval > TimeSpan.Zero && TimeSpan.TicksPerDay % interval.Ticks == 0;
}
