using Simulator.Core.History;

namespace Simulator.Core.Forecasting;

/// <summary>
/// Forecasts offered contacts (and AHT where the history has it) per interval and contact type:
/// outliers and special days are taken out of the history, every method that the history is long
/// enough for is backtested from the same origins, the chosen one (by lowest WAPE for <c>auto</c>) is
/// fitted on the whole history, special days are applied to the future, and prediction intervals are
/// calibrated on the chosen method's backtest errors (<see cref="PredictionIntervals"/>).
/// </summary>
public static class Forecaster
{
    public static ForecastResult Run(ContactHistory history, ForecastRequest request)
    {
        if (request.Days is < 1 or > ForecastRequest.MaxDays)
        {
            throw new InputException($"a forecast covers a whole number of days from 1 to {ForecastRequest.MaxDays:N0}, but found {request.Days}.");
        }
        var asked = request.Method == ForecastMethods.Auto ? null : ForecastMethods.Find(request.Method)
            ?? throw new InputException($"the forecast method must be one of {string.Join(", ", ForecastMethods.Names)}, but found \"{request.Method}\".");

        int daysBefore = request.Start.DayNumber - history.From.DayNumber;
        if (daysBefore <= 0)
        {
            throw new InputException($"the forecast's start {request.Start:yyyy-MM-dd} is not after the first day of {history.Source} " +
                $"({history.From:yyyy-MM-dd}): there is no history before it to forecast from.");
        }
        // Methods fit up to the start; days between the end of the file and the start have no data, as a gap has none.
        // The prediction intervals count lead time from the last day of data.
        int trainDays = daysBefore;
        int dataDays = Math.Min(daysBefore, history.Days);
        int firstLead = daysBefore - dataDays;
        var notes = new List<string>(history.Notes);
        if (request.Start <= history.To)
        {
            notes.Add($"The forecast starts inside the history, so only the {dataDays} days before {request.Start:yyyy-MM-dd} were used: the days from then " +
                $"on can be compared with it.");
        }

        var special = new SpecialDayLookup(request.SpecialDays);
        var outliers = new List<OutlierDay>();
        var specialInHistory = new List<SpecialDay>();
        var series = new List<TrainingSeries>();
        foreach (var type in history.ContactTypes)
        {
            bool IsSpecial(int d) => special.Find(type.Date(d), type.Id) is not null;
            var found = OutlierDetector.Find(type, IsSpecial, dataDays);
            outliers.AddRange(found);
            var outlierDays = found.Select(o => o.Date).ToHashSet();
            series.Add(new TrainingSeries(type, trainDays, d => IsSpecial(d) || outlierDays.Contains(type.Date(d))));
            specialInHistory.AddRange(Enumerable.Range(0, dataDays).Select(d => special.Find(type.Date(d), type.Id)).OfType<SpecialDay>());
        }

        var candidates = ForecastMethods.All.Where(m => m.MinimumDays + Backtest.ExtraDays <= dataDays).ToList();
        var needed = asked ?? ForecastMethods.All.MinBy(m => m.MinimumDays)!;
        if (asked is not null && !candidates.Contains(asked) || candidates.Count == 0)
        {
            throw new InputException(
                $"{history.Source} has {dataDays} days of history before {request.Start:yyyy-MM-dd} ({history.From:yyyy-MM-dd} to " +
                    $"{history.From.AddDays(dataDays - 1):yyyy-MM-dd}), " +
                $"but {(asked is null ? "the shortest method" : "the method " + asked.Name)} needs at least {needed.MinimumDays + Backtest.ExtraDays}: " +
                $"{needed.MinimumDays} to fit ({needed.Name}) and {Backtest.ExtraDays} to backtest it on, which calibrates the prediction intervals.");
        }
        var skipped = ForecastMethods.All.Except(candidates).ToList();
        if (skipped.Count > 0)
        {
            notes.Add($"Not tried for lack of history: " +
                $"{string.Join(", ", skipped.Select(m => $"{m.Name} (needs {m.MinimumDays + Backtest.ExtraDays} days)"))}.");
        }
        foreach (var one in series)
        {
            int usable = one.UsableDays(trainDays);
            int least = (asked ?? candidates.MinBy(m => m.MinimumDays)!).MinimumDays / 2;
            if (usable < least)
            {
                throw new InputException(
                    $"{history.Source}: contact type {one.Id} has {usable} normal days before {request.Start:yyyy-MM-dd}, but " +
                        $"{(asked?.Name ?? "forecasting")} needs at least {least}; " +
                    "days with gaps, outliers and special days do not count.");
            }
        }

        int[] origins = Backtest.Origins(dataDays, candidates.Max(m => m.MinimumDays), trainDays);
        var sums = Backtest.Run(series, candidates, origins);
        var scores = candidates.Select(m => Backtest.Score(m, sums[m], series, origins[0])).ToList();
        var chosen = asked ?? candidates.Zip(scores).Where(p => !double.IsNaN(p.Second.Wape)).MinBy(p => p.Second.Wape).First;

        var intervals = new List<ForecastInterval>();
        var dailyTotals = new List<ForecastDay>();
        var applied = new HashSet<SpecialDay>();
        var calibration = new Dictionary<string, Calibration>();
        for (int t = 0; t < series.Count; t++)
        {
            var one = series[t];
            var type = history.ContactTypes[t];
            var bands = new Calibration(new PredictionIntervals(sums[chosen].Intervals[t]), new PredictionIntervals(sums[chosen].Days[t]));
            calibration[one.Id] = bands;
            var point = chosen.Forecast(one, trainDays, request.Days);
            var aht = AhtForecaster.Forecast(type, one, trainDays, request.Days);
            var (first, last) = HistoryAnalysis.Window(type);
            for (int h = 0; h < request.Days; h++)
            {
                var date = request.Start.AddDays(h);
                int lead = firstLead + h;
                var day = special.Find(date, one.Id);
                if (day is not null) applied.Add(day);
                double multiplier = day?.Multiplier ?? 1;
                double total = 0, ahtSum = 0;
                for (int s = 0; s < one.Slots; s++)
                {
                    double offered = point[h * one.Slots + s] * multiplier;
                    double? seconds = aht?[h * one.Slots + s];
                    total += offered;
                    if (seconds is double a) ahtSum += a * offered;
                    if (s < first || s > last) continue;
                    var (low80, high80, low95, high95) = bands.Intervals.Bounds(offered, lead);
                    intervals.Add(new ForecastInterval(history.SlotStart(date.DayNumber - history.From.DayNumber, s), one.Id, offered, low80, high80, low95,
                        high95, seconds));
                }
                var (dayLow80, dayHigh80, dayLow95, dayHigh95) = bands.Days.Bounds(total, lead);
                double? dayAht = aht is null ? null : total > 0 ? ahtSum / total : null;
                dailyTotals.Add(new ForecastDay(date, one.Id, total, dayLow80, dayHigh80, dayLow95, dayHigh95, dayAht, day?.Label));
            }
        }

        int gaps = history.Gaps.Count(g => DateOnly.FromDateTime(g.From) < request.Start);
        if (gaps > 0) notes.Add($"{gaps} gap{(gaps == 1 ? "" : "s")} in the history {(gaps == 1 ? "was" : "were")} left out of the fit, not filled (ccsim " +
            $"history lists them).");
        if (outliers.Count > 0)
        {
            notes.Add($"{outliers.Count} outlier day{(outliers.Count == 1 ? "" : "s")} left out of the fit: " +
                      string.Join(", ", outliers.Take(8).Select(o =>
                          $"{o.Date:yyyy-MM-dd} {o.ContactType} ({(o.Ratio is double r ? $"{r:0.00}×" : "normally closed")})")) +
                      (outliers.Count > 8 ? ", …" : "") + ".");
        }
        var distinctSpecial = specialInHistory.Distinct().ToList();
        if (distinctSpecial.Count > 0) notes.Add($"{distinctSpecial.Count} special day{(distinctSpecial.Count == 1 ? "" : "s")} in the history left out of " +
            $"the fit.");
        notes.Add($"Backtest: {origins.Length} origins a week apart from {history.From.AddDays(origins[0]):yyyy-MM-dd}, each forecasting up to " +
            $"{Backtest.HorizonDays} days, " +
                  $"scored {(history.Grid.IsDaily ? "day" : "interval")} by {(history.Grid.IsDaily ? "day" : "interval")} on the normal days.");
        return new ForecastResult(history, request.Start, request.Days, chosen.Name, scores, intervals, dailyTotals, outliers, distinctSpecial,
            [.. applied.OrderBy(d => d.Date)], calibration, notes);
    }

    /// <summary>A special day for a date and contact type: one named for the type wins over one for all types.</summary>
    private sealed class SpecialDayLookup(IReadOnlyList<SpecialDay> days)
    {
        private readonly Dictionary<(DateOnly, string?), SpecialDay> _days = days.ToDictionary(d => (d.Date, d.ContactType));

        public SpecialDay? Find(DateOnly date, string contactType) =>
            _days.GetValueOrDefault((date, contactType)) ?? _days.GetValueOrDefault((date, null));
    }
}
