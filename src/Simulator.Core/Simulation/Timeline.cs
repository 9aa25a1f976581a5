using System.Runtime.CompilerServices;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// Where each planning interval lies on the simulation clock (seconds from the first opening).
/// Day d opens at d × 24 h; a round-the-clock horizon (00:00–24:00) runs on without closing.
/// </summary>
internal sealed class Timeline
{
    public const double SecondsPerDay = 86_400;

    public Timeline(Horizon horizon)
    {
        IntervalsPerDay = horizon.IntervalsPerDay;
        TotalIntervals = horizon.TotalIntervals;
        IntervalSeconds = horizon.Interval.TotalSeconds;
        OpenSeconds = (horizon.End - horizon.Start).TotalSeconds;
        RoundTheClock = OpenSeconds >= SecondsPerDay;
        WarmupEnd = horizon.Warmup.TotalSeconds;
        OpeningSeconds = horizon.Start.TotalSeconds;
        if (horizon.HasCalendar)
        {
            _open = [.. Enumerable.Range(0, TotalIntervals).Select(horizon.IsOpen)];
            LastOpenInterval = Array.LastIndexOf(_open, true);
        }
        else
        {
            LastOpenInterval = TotalIntervals - 1;
        }
    }

    /// <summary>Which intervals are within their day's opening hours; null when every one is (no calendar), so the common case costs nothing.</summary>
    private readonly bool[]? _open;

    /// <summary>The last interval the centre is open in: the horizon ends with it.</summary>
    public int LastOpenInterval { get; }

    /// <summary>True when the centre is open in this interval (within its day's hours, and not on a closed date).</summary>
    public bool IsOpenInterval(int interval) => _open is null || _open[interval];

    /// <summary>The first open interval from <paramref name="interval"/> on; <see cref="TotalIntervals"/> when none is left.</summary>
    public int NextOpenInterval(int interval)
    {
        if (_open is null) return interval;
        while (interval < TotalIntervals && !_open[interval]) interval++;
        return interval;
    }

    /// <summary>Time of day (seconds after midnight) at which each day opens: the clock's zero is the first opening.</summary>
    public double OpeningSeconds { get; }

    /// <summary>The instant the horizon ends.</summary>
    public double End => IntervalEnd(LastOpenInterval);

    /// <summary>True when the centre is open at <paramref name="time"/>.</summary>
    public bool IsOpen(double time) =>
        (RoundTheClock || time - Math.Floor(time / SecondsPerDay) * SecondsPerDay < OpenSeconds) && (_open is null || OpenAt(time));

    private bool OpenAt(double time)
    {
        int interval = IntervalAt(time);
        return interval >= TotalIntervals || _open![interval];
    }

    /// <summary>The interval an instant within a day's window falls in.</summary>
    public int IntervalAt(double time)
    {
        int day = DayOf(time);
        double into = time - day * SecondsPerDay;
        return day * IntervalsPerDay + Math.Min(IntervalsPerDay - 1, (int)Math.Floor(into / IntervalSeconds));
    }

    /// <summary>The first interval boundary (an interval's start or end) after <paramref name="after"/>; the horizon's end at most.</summary>
    public double NextBoundary(double after)
    {
        double dayStart = Math.Floor(after / SecondsPerDay) * SecondsPerDay;
        double into = after - dayStart;
        double next = into >= OpenSeconds
            ? dayStart + SecondsPerDay
            : dayStart + (Math.Floor(into / IntervalSeconds) + 1) * IntervalSeconds;
        return Math.Min(next, End);
    }

    /// <summary>The day (0-based) an instant falls in.</summary>
    public static int DayOf(double time) => (int)Math.Floor(time / SecondsPerDay);

    public int IntervalsPerDay { get; }

    public int TotalIntervals { get; }

    public double IntervalSeconds { get; }

    public double OpenSeconds { get; }

    public bool RoundTheClock { get; }

    /// <summary>Statistics ignore contacts arriving, and time passing, before this instant.</summary>
    public double WarmupEnd { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double IntervalStart(int interval) =>
        (interval / IntervalsPerDay) * SecondsPerDay + (interval % IntervalsPerDay) * IntervalSeconds;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double IntervalEnd(int interval) => IntervalStart(interval) + IntervalSeconds;

    /// <summary>True when the centre closes at the end of this interval (a day ends and the next does not follow on).</summary>
    public bool ClosesAfter(int interval) =>
        interval >= LastOpenInterval || (!RoundTheClock && interval % IntervalsPerDay == IntervalsPerDay - 1) || (_open is not null && !_open[interval + 1]);
}
