using System.Collections.Immutable;
using Simulator.Core.Simulation;

namespace Simulator.Core.Intraday;

/// <summary>
/// Updates the scenario's forecast for the rest of today by what has arrived so far (docs/forecasting.md, "Re-forecasting during the day").
/// Each contact type's rest of the day is scaled by the smoothed ratio <c>(actual + k) / (forecast + k)</c>: the posterior mean of the day's
/// level when the forecast is a Gamma prior with mean 1 and coefficient of variation 1/√k, and arrivals are Poisson (a conjugate
/// Gamma–Poisson update). The weight on the observed ratio, forecast / (forecast + k), grows with the volume seen: with k = 100, ten
/// contacts move the factor by a few per cent, a thousand almost all the way.
/// </summary>
public static class Reforecaster
{
    /// <summary>
    /// The default strength k of the forecast: 100 contacts' worth, a day-level forecast error of 10 % (1/√k), typical of a good intraday
    /// volume forecast.
    /// </summary>
    public const double DefaultPriorContacts = 100;

    /// <summary>The re-forecast at <paramref name="now"/> (seconds from the first opening) of the day it falls in, from the arrivals counted so far.</summary>
    public static Reforecast Compute(CentreModel model, double now, ArrivalCounts actual, double priorContacts = DefaultPriorContacts)
    {
        if (!(priorContacts > 0) || double.IsPositiveInfinity(priorContacts))
        {
            throw new ArgumentException($"the re-forecast's prior strength is a number of contacts greater than 0, such as 100; not {priorContacts}");
        }
        var timeline = model.Timeline;
        int perDay = timeline.IntervalsPerDay;
        int day = Math.Clamp(Timeline.DayOf(now), 0, model.Scenario.Horizon.Days - 1);
        int first = day * perDay;
        double length = timeline.IntervalSeconds;
        var types = ImmutableArray.CreateBuilder<TypeReforecast>(model.ContactTypes.Length);
        var volumes = ImmutableArray.CreateBuilder<ImmutableArray<double>>(model.ContactTypes.Length);
        foreach (var type in model.ContactTypes)
        {
            double actualSoFar = 0, forecastSoFar = 0, forecastRest = 0;
            var rates = type.ArrivalRatesPerSecond;
            for (int i = first; i < first + perDay; i++)
            {
                double volume = rates[i] * length;
                double elapsed = Math.Clamp((now - timeline.IntervalStart(i)) / length, 0, 1);
                forecastSoFar += volume * elapsed;
                forecastRest += volume * (1 - elapsed);
                actualSoFar += actual.In(i, type.Index);
            }
            double factor = (actualSoFar + priorContacts) / (forecastSoFar + priorContacts);
            types.Add(new TypeReforecast(type.Id, actualSoFar, forecastSoFar, factor, forecastRest, forecastRest * factor));

            var rest = new double[rates.Length];
            for (int i = 0; i < rest.Length; i++)
            {
                bool ahead = i >= first && i < first + perDay && timeline.IntervalEnd(i) > now;
                rest[i] = rates[i] * length * (ahead ? factor : 1);
            }
            volumes.Add([.. rest]);
        }
        return new Reforecast(now, day + 1, priorContacts, types.MoveToImmutable(), new RestOfDayArrivals(volumes.MoveToImmutable()));
    }
}
