namespace Simulator.Core.Scenarios;

/// <summary>The simulated period: an opening window each day, cut into equal planning intervals.</summary>
/// <param name="Start">Opening time of day.</param>
/// <param name="End">Closing time of day; 24:00 for a round-the-clock day.</param>
/// <param name="Warmup">Initial period left out of KPIs (steady-state studies); zero by default.</param>
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

    public int IntervalsPerDay => (int)Math.Round((End - Start) / Interval);

    public int TotalIntervals => IntervalsPerDay * Days;

    public double IntervalHours => Interval.TotalHours;

    /// <summary>From the first opening to the last closing, nights included: the span a warm-up must end within.</summary>
    public TimeSpan Length => TimeSpan.FromDays(Days - 1) + (End - Start);

    /// <summary>Day (from 1) and time of day at which the interval with this index across the whole horizon opens.</summary>
    public (int Day, TimeSpan Start) IntervalOpening(int index) =>
        (index / IntervalsPerDay + 1, Start + Interval * (index % IntervalsPerDay));
}
