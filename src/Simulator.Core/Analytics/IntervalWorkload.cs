namespace Simulator.Core.Analytics;

/// <summary>The demand on one queue in one interval, as the Erlang models see it.</summary>
/// <param name="Volume">Contacts arriving in the interval (may be fractional: a forecast).</param>
/// <param name="IntervalLength">Length of the interval.</param>
/// <param name="AverageHandleTime">Mean talk + hold + after-contact work.</param>
/// <param name="AveragePatience">Mean time a caller waits before hanging up (exponential); null means never.</param>
public sealed record IntervalWorkload(
    double Volume,
    TimeSpan IntervalLength,
    TimeSpan AverageHandleTime,
    TimeSpan? AveragePatience = null)
{
    /// <summary>Offered traffic in Erlangs: volume × AHT / interval length.</summary>
    public double TrafficIntensity => Volume * AverageHandleTime.TotalSeconds / IntervalLength.TotalSeconds;

    public double ArrivalRatePerSecond => Volume / IntervalLength.TotalSeconds;
}
