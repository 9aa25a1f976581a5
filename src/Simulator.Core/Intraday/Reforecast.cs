using System.Collections.Immutable;

namespace Simulator.Core.Intraday;

/// <summary>
/// The day's forecast updated by what has arrived so far today (<see cref="Reforecaster"/>): per contact type, the contacts that came and the
/// forecast for the same part of the day, the factor the rest of the day is scaled by, and the rest of the day before and after.
/// </summary>
/// <param name="AtSeconds">The instant of the re-forecast, in seconds from the first opening (the kernel's clock).</param>
/// <param name="Day">The day of the horizon re-forecast, from 1.</param>
/// <param name="PriorContacts">The smoothing's strength: the forecast counts as this many contacts' worth of evidence.</param>
/// <param name="RestOfDay">Expected first contacts per interval for the whole horizon, today's intervals not yet over scaled by their type's factor: what a
/// look-ahead draws its arrivals from.</param>
public sealed record Reforecast(double AtSeconds, int Day, double PriorContacts, ImmutableArray<TypeReforecast> Types, RestOfDayArrivals RestOfDay)
{
    public double ActualSoFar => Types.Sum(t => t.ActualSoFar);

    public double ForecastSoFar => Types.Sum(t => t.ForecastSoFar);

    public double ForecastRest => Types.Sum(t => t.ForecastRest);

    public double ReforecastRest => Types.Sum(t => t.ReforecastRest);

    /// <summary>How far today runs from the forecast so far, as a share (0.12: 12 % above); NaN before any contact was forecast.</summary>
    public double Running => ForecastSoFar > 0 ? ActualSoFar / ForecastSoFar - 1 : double.NaN;
}

/// <summary>One contact type's re-forecast.</summary>
/// <param name="ActualSoFar">First contacts that arrived today up to the re-forecast's instant.</param>
/// <param name="ForecastSoFar">The forecast's contacts for the same part of the day (the current interval pro rata).</param>
/// <param name="Factor">The smoothed ratio of actual to forecast, (actual + prior) / (forecast + prior), that scales the rest of the day.</param>
/// <param name="ForecastRest">The forecast for the rest of today.</param>
/// <param name="ReforecastRest">The rest of today re-forecast: <see cref="ForecastRest"/> × <see cref="Factor"/>.</param>
public sealed record TypeReforecast(string ContactType, double ActualSoFar, double ForecastSoFar, double Factor, double ForecastRest, double ReforecastRest);
