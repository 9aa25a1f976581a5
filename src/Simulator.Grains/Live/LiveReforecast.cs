using Simulator.Core.Intraday;

namespace Simulator.Grains.Live;

/// <summary>The day's re-forecast as a snapshot carries it (<see cref="Reforecast"/>): today's arrivals so far against the forecast, and the rest of the day
/// before and after the update.</summary>
/// <param name="Running">Actual / forecast so far − 1 (0.12: 12 % above); NaN before any contact was forecast.</param>
[GenerateSerializer, Immutable, Alias("ccsim.LiveReforecast")]
public sealed record LiveReforecast(
    [property: Id(0)] double Running,
    [property: Id(1)] double ActualSoFar,
    [property: Id(2)] double ForecastSoFar,
    [property: Id(3)] double ForecastRest,
    [property: Id(4)] double ReforecastRest,
    [property: Id(5)] IReadOnlyList<LiveTypeReforecast> ContactTypes)
{
    public static LiveReforecast From(Reforecast reforecast) => new(reforecast.Running, reforecast.ActualSoFar, reforecast.ForecastSoFar,
        reforecast.ForecastRest, reforecast.ReforecastRest,
        [.. reforecast.Types.Select(t => new LiveTypeReforecast(t.ContactType, t.ActualSoFar, t.ForecastSoFar, t.Factor, t.ForecastRest, t.ReforecastRest))]);
}

/// <summary>One contact type's re-forecast (<see cref="TypeReforecast"/>).</summary>
[GenerateSerializer, Immutable, Alias("ccsim.LiveTypeReforecast")]
public sealed record LiveTypeReforecast(
    [property: Id(0)] string ContactType,
    [property: Id(1)] double ActualSoFar,
    [property: Id(2)] double ForecastSoFar,
    [property: Id(3)] double Factor,
    [property: Id(4)] double ForecastRest,
    [property: Id(5)] double ReforecastRest);
