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
    /// <summary>
    /// The largest load the models accept: a billion Erlangs (agent counts must fit an int), far
    /// beyond the 1e9 contacts per hour at a few minutes' AHT that a national network might see.
    /// </summary>
    public const double MaxTrafficIntensity = 1e9;

    /// <summary>Offered traffic in Erlangs: volume × AHT / interval length.</summary>
    public double TrafficIntensity => Volume * AverageHandleTime.TotalSeconds / IntervalLength.TotalSeconds;

    public double ArrivalRatePerSecond => Volume / IntervalLength.TotalSeconds;

    /// <summary>Throws unless the load is one the Erlang models can staff.</summary>
    internal double CheckedTraffic()
    {
        double traffic = TrafficIntensity;
        if (!double.IsFinite(traffic) || traffic < 0 || traffic > MaxTrafficIntensity)
        {
            throw new ArgumentOutOfRangeException(nameof(Volume), traffic, $"Traffic must be between 0 and {MaxTrafficIntensity:G} Erlangs.");
        }
        return traffic;
    }
}
