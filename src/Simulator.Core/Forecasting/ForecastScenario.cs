using Simulator.Core.Scenarios;
using Simulator.Core.Units;

namespace Simulator.Core.Forecasting;

/// <summary>How a forecast went into a scenario, for the comment at the top of the written file.</summary>
/// <param name="Outside">Per contact type, forecast contacts outside the template's opening hours, left out.</param>
/// <param name="KeptArrivals">Template contact types the history does not have: their arrivals are the template's.</param>
public sealed record ForecastScenarioSummary(
    IReadOnlyDictionary<string, double> Inside,
    IReadOnlyDictionary<string, double> Outside,
    IReadOnlyDictionary<string, double> AhtSeconds,
    IReadOnlyList<string> KeptArrivals);

/// <summary>
/// Puts a forecast into a template scenario: for each contact type the history has, one volume per
/// interval of the whole horizon (the forecast's days, cut to the template's opening hours and added up
/// to its interval length), and, where the history has handle times, the handle time's mean set to the
/// forecast's volume-weighted AHT (less the template's wrap-up, which AHT includes), its distribution's
/// shape kept. The horizon gets the forecast's start as its date and the special days marked closed as
/// closed dates. Everything else is the template's.
/// </summary>
public static class ForecastScenario
{
    /// <summary>Volumes are written to the hundredth of a contact and AHT to the tenth of a second: finer figures are noise.</summary>
    private const int VolumeDecimals = 2;

    public static Scenario Apply(Scenario template, ForecastResult forecast, out ForecastScenarioSummary summary)
    {
        string source = template.SourcePath ?? template.Name;
        if (forecast.Grid.IsDaily)
        {
            throw new InputException("the forecast is daily (the history has dates without times), but a scenario needs a volume per interval; forecast from " +
                "interval history or a contact log.");
        }
        var horizon = template.Horizon;
        var grid = forecast.Grid;
        if (horizon.Interval.Ticks % grid.Interval.Ticks != 0 || (horizon.Start - grid.Offset).Ticks % grid.Interval.Ticks != 0)
        {
            throw new InputException(
                $"{source}: its {UnitParser.FormatDuration(horizon.Interval)} intervals from {UnitParser.FormatClock(horizon.Start)} cannot be made of the " +
                    $"forecast's {grid.Describe()}; " +
                $"forecast in {UnitParser.FormatDuration(horizon.Interval)} intervals, or use a template whose intervals are whole multiples of the " +
                    $"forecast's.");
        }

        var mapping = MatchTypes(template, forecast, source);
        var byStart = forecast.Intervals.ToDictionary(i => (i.ContactType, i.Start));
        int factor = (int)(horizon.Interval.Ticks / grid.Interval.Ticks);
        var inside = new Dictionary<string, double>();
        var outside = new Dictionary<string, double>();
        var ahts = new Dictionary<string, double>();
        var types = new List<ContactType>();
        foreach (var type in template.ContactTypes)
        {
            if (!mapping.TryGetValue(type.Id, out string? forecastType))
            {
                types.Add(type);
                continue;
            }
            var volumes = new List<double>(horizon.IntervalsPerDay * forecast.Days);
            double ahtSum = 0, ahtWeight = 0;
            for (int day = 0; day < forecast.Days; day++)
            {
                var date = forecast.Start.AddDays(day).ToDateTime(TimeOnly.MinValue);
                for (int i = 0; i < horizon.IntervalsPerDay; i++)
                {
                    double volume = 0;
                    for (int part = 0; part < factor; part++)
                    {
                        var start = date + horizon.Start + horizon.Interval * i + grid.Interval * part;
                        if (!byStart.TryGetValue((forecastType, start), out var interval)) continue;
                        volume += interval.Offered;
                        if (interval.AhtSeconds is double aht)
                        {
                            ahtSum += aht * interval.Offered;
                            ahtWeight += interval.Offered;
                        }
                    }
                    volumes.Add(Math.Round(volume, VolumeDecimals));
                }
            }
            double total = forecast.DailyTotals.Where(d => d.ContactType == forecastType).Sum(d => d.Offered);
            inside[type.Id] = volumes.Sum();
            outside[type.Id] = Math.Max(0, total - volumes.Sum());
            var updated = type with { Arrivals = new IntervalVolumes(volumes) };
            if (ahtWeight > 0)
            {
                double aht = Math.Round(ahtSum / ahtWeight, 1);
                ahts[type.Id] = aht;
                updated = updated with { HandleTime = WithMean(type, aht, source) };
            }
            types.Add(updated);
        }
        summary = new ForecastScenarioSummary(inside, outside, ahts, [.. template.ContactTypes.Select(t => t.Id).Where(id => !mapping.ContainsKey(id))]);
        return template with
        {
            Horizon = Calendar(horizon, forecast),
            ContactTypes = types,
        };
    }

    /// <summary>
    /// The forecast's days with their dates, so the written scenario has weekdays; closed on the special days marked
    /// closed for every contact type, and on the template's own closed dates that fall within the forecast's days.
    /// </summary>
    private static Horizon Calendar(Horizon horizon, ForecastResult forecast)
    {
        var first = forecast.Start;
        var last = first.AddDays(forecast.Days - 1);
        var closed = forecast.SpecialDaysApplied.Where(d => d.Closed && d.ContactType is null).Select(d => d.Date)
            .Concat(horizon.ClosedDates)
            .Where(d => d >= first && d <= last)
            .Distinct()
            .Order();
        return horizon with { Days = forecast.Days, StartDate = first, ClosedDates = closed.ToValueList() };
    }

    /// <summary>Template type id → forecast type id: by id; a history without a contact-type column fills a template with one type.</summary>
    private static Dictionary<string, string> MatchTypes(Scenario template, ForecastResult forecast, string source)
    {
        var forecastTypes = forecast.ContactTypes;
        if (forecast.History.SingleUnnamedType && template.ContactTypes.Count == 1 && forecastTypes.Count == 1)
        {
            return new Dictionary<string, string> { [template.ContactTypes[0].Id] = forecastTypes[0] };
        }
        var templateIds = template.ContactTypes.Select(t => t.Id).ToHashSet();
        var missing = forecastTypes.Where(t => !templateIds.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            throw new InputException(
                $"{source}: the history has contact type{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)} that the template does not; " +
                $"its contact types are {string.Join(", ", templateIds)}. Add {(missing.Count == 1 ? "it" : "them")} to the template (with agents who have " +
                    $"the skill), or map the history's names onto the template's in the column mapping.");
        }
        return forecastTypes.ToDictionary(t => t, t => t);
    }

    private static DurationDistribution WithMean(ContactType type, double ahtSeconds, string source)
    {
        double wrapUp = type.WrapUp?.Mean.TotalSeconds ?? 0;
        double handle = ahtSeconds - wrapUp;
        if (handle <= 0)
        {
            throw new InputException(
                $"{source}: contact type {type.Id}'s forecast AHT is {ahtSeconds:0.#} s, no more than its wrap-up of {wrapUp:0.#} s; AHT includes wrap-up, " +
                    $"so the handle time would be nothing. Check the template's wrapUp.");
        }
        var distribution = type.HandleTime;
        var mean = UnitParser.FromSeconds(handle);
        return distribution.Family == DistributionFamily.Empirical
            ? distribution with
            {
                Mean = mean,
                Samples = [.. distribution.Samples!.Select(s => UnitParser.FromSeconds(s.TotalSeconds * handle / distribution.Mean.TotalSeconds))],
            }
            : distribution with { Mean = mean };
    }
}
