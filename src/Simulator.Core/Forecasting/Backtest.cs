namespace Simulator.Core.Forecasting;

/// <summary>
/// Rolling-origin backtest (Tashman 2000): from each of the last <see cref="MaximumOrigins"/> week
/// starts of the history, each method is fitted on the days before and forecasts up to
/// <see cref="HorizonDays"/> days, which are scored against what happened on the normal days among them.
/// Every method sees the same origins, so their scores compare.
/// </summary>
internal static class Backtest
{
    public const int MaximumOrigins = 8;
    public const int MinimumOrigins = 2;
    public const int HorizonDays = 28;

    /// <summary>Days of history the backtest itself needs beyond a method's own minimum.</summary>
    public const int ExtraDays = 7 * MinimumOrigins;

    public static int LeadWeeks => HorizonDays / 7;

    /// <summary>
    /// The origins, oldest first: whole weeks back from the forecast's start (<paramref name="start"/>, in
    /// days from the history's first), so each origin falls on the start's weekday, and each leaves at least
    /// a day of the <paramref name="days"/> of history to score; none before <paramref name="earliest"/>.
    /// </summary>
    public static int[] Origins(int days, int earliest, int start)
    {
        var origins = new List<int>(MaximumOrigins);
        int weeksBack = Math.Max(1, (start - (days - 1) + 6) / 7);
        for (int origin = start - 7 * weeksBack; origin >= earliest && origins.Count < MaximumOrigins; origin -= 7) origins.Add(origin);
        origins.Reverse();
        return [.. origins];
    }

    public static Dictionary<IForecastMethod, ErrorSums> Run(IReadOnlyList<TrainingSeries> series, IReadOnlyList<IForecastMethod> methods, int[] origins)
    {
        var sums = methods.ToDictionary(m => m, _ => new ErrorSums(series.Count, LeadWeeks));
        for (int t = 0; t < series.Count; t++)
        {
            var one = series[t];
            int slots = one.Slots;
            foreach (int origin in origins)
            {
                int horizon = Math.Min(HorizonDays, one.Days - origin);
                foreach (var method in methods)
                {
                    var forecast = method.Forecast(one, origin, horizon);
                    var result = sums[method];
                    for (int h = 0; h < horizon; h++)
                    {
                        int day = origin + h;
                        if (!one.Usable[day]) continue;
                        var open = one.OpenSlots[one.Weekday(day)];
                        double dayForecast = 0;
                        for (int s = 0; s < slots; s++)
                        {
                            double actual = one.Offered[day * slots + s], predicted = forecast[h * slots + s];
                            dayForecast += predicted;
                            if (!open[s] && actual == 0 && predicted == 0) continue;
                            result.AbsoluteError += Math.Abs(actual - predicted);
                            result.Actual += actual;
                            result.TypeAbsoluteError[t] += Math.Abs(actual - predicted);
                            result.TypePoints[t]++;
                            result.Intervals[t].Add(h, actual, predicted);
                        }
                        result.Days[t].Add(h, one.Totals[day], dayForecast);
                    }
                }
            }
        }
        return sums;
    }

    /// <summary>In-sample mean absolute error of "same interval a week before", on the points the backtest scores, before the first origin.</summary>
    public static double NaiveScale(TrainingSeries series, int firstOrigin)
    {
        double sum = 0;
        int points = 0;
        int slots = series.Slots;
        for (int d = 7; d < firstOrigin; d++)
        {
            if (!series.Usable[d] || !series.Usable[d - 7]) continue;
            var open = series.OpenSlots[series.Weekday(d)];
            for (int s = 0; s < slots; s++)
            {
                double now = series.Offered[d * slots + s], before = series.Offered[(d - 7) * slots + s];
                if (!open[s] && now == 0 && before == 0) continue;
                sum += Math.Abs(now - before);
                points++;
            }
        }
        return points > 0 ? sum / points : double.NaN;
    }

    public static BacktestScore Score(IForecastMethod method, ErrorSums sums, IReadOnlyList<TrainingSeries> series, int firstOrigin)
    {
        var scaled = new List<double>();
        for (int t = 0; t < series.Count; t++)
        {
            double scale = NaiveScale(series[t], firstOrigin);
            if (sums.TypePoints[t] == 0 || !(scale > 0)) continue;
            scaled.Add(sums.TypeAbsoluteError[t] / sums.TypePoints[t] / scale);
        }
        double wape = sums.Actual > 0 ? sums.AbsoluteError / sums.Actual : double.NaN;
        return new BacktestScore(method.Name, wape, scaled.Count > 0 ? scaled.Average() : null, method.IsBaseline);
    }
}
