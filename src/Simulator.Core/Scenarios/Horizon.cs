using System.Globalization;

namespace Simulator.Core.Scenarios;

/// <summary>The simulated period: an opening window each day, cut into equal planning intervals.</summary>
/// <param name="Start">Opening time of day: the earliest any day opens.</param>
/// <param name="End">Closing time of day, the latest any day closes; 24:00 for a round-the-clock day.</param>
/// <param name="Warmup">Initial period left out of KPIs (steady-state studies); zero by default.</param>
/// <remarks>
/// Every day is cut into the same intervals from <see cref="Start"/> to <see cref="End"/>. With a
/// <see cref="StartDate"/> the days have dates and weekdays, and a weekday may open later, close earlier
/// or not at all (<see cref="OpeningHours"/>), and a date may be closed (<see cref="ClosedDates"/>): an
/// interval outside a day's hours has no arrivals and no agents. Without them every interval is open.
/// </remarks>
public sealed record Horizon(TimeSpan Start, TimeSpan End, TimeSpan Interval, int Days, TimeSpan Warmup)
{
    public const int DefaultDays = 1;

    /// <summary>Ten years of days: longer than any plan, short enough that a typo cannot run for hours.</summary>
    public const int MaxDays = 3_660;

    /// <summary>
    /// Planning intervals over the whole horizon: five years of 15-minute intervals round the clock fit. Results are kept
    /// per interval, so a 1-second interval over a year (31 million) or a 1-millisecond one would exhaust memory.
    /// </summary>
    public const int MaxIntervals = 250_000;

    /// <summary>The date of the first day; null when the days have no dates (nor weekdays).</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Hours of the weekdays that differ from <see cref="Start"/>–<see cref="End"/>, at most one entry per weekday.</summary>
    public ValueList<WeekdayHours> OpeningHours { get; init; } = [];

    /// <summary>Dates on which the centre does not open (holidays).</summary>
    public ValueList<DateOnly> ClosedDates { get; init; } = [];

    public int IntervalsPerDay => (int)Math.Round((End - Start) / Interval);

    public int TotalIntervals => IntervalsPerDay * Days;

    public double IntervalHours => Interval.TotalHours;

    /// <summary>From the first opening to the last closing, nights included: the span a warm-up must end within.</summary>
    public TimeSpan Length => TimeSpan.FromDays(Days - 1) + (End - Start);

    /// <summary>True when some interval may be closed: the days have hours or dates of their own.</summary>
    public bool HasCalendar => OpeningHours.Count > 0 || ClosedDates.Count > 0;

    /// <summary>Day (from 1) and time of day at which the interval with this index across the whole horizon opens.</summary>
    public (int Day, TimeSpan Start) IntervalOpening(int index) =>
        (index / IntervalsPerDay + 1, Start + Interval * (index % IntervalsPerDay));

    /// <summary>The date of a day (from 1), or null without a <see cref="StartDate"/>.</summary>
    public DateOnly? DateOf(int day) => StartDate?.AddDays(day - 1);

    /// <summary>The weekday of a day (from 1), or null without a <see cref="StartDate"/>.</summary>
    public DayOfWeek? WeekdayOf(int day) => DateOf(day)?.DayOfWeek;

    /// <summary>When a day (from 1) opens and closes; null when it is closed all day.</summary>
    public (TimeSpan Open, TimeSpan Close)? HoursOn(int day)
    {
        if (DateOf(day) is not DateOnly date) return (Start, End);
        if (ClosedDates.Contains(date)) return null;
        foreach (var hours in OpeningHours)
        {
            if (hours.Weekday == date.DayOfWeek) return hours.Closed ? null : (hours.Start, hours.End);
        }
        return (Start, End);
    }

    /// <summary>True when the interval with this index across the horizon lies within its day's opening hours.</summary>
    public bool IsOpen(int intervalIndex)
    {
        if (!HasCalendar) return true;
        var (day, start) = IntervalOpening(intervalIndex);
        return HoursOn(day) is var (open, close) && start >= open && start + Interval <= close;
    }

    /// <summary>A date as scenarios and reports write it (ISO 8601).</summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The hours of one weekday; closed all day when <see cref="Closed"/>.</summary>
public sealed record WeekdayHours(DayOfWeek Weekday, TimeSpan Start, TimeSpan End)
{
    public static WeekdayHours ClosedOn(DayOfWeek weekday) => new(weekday, TimeSpan.Zero, TimeSpan.Zero);

    public bool Closed => End <= Start;
}
