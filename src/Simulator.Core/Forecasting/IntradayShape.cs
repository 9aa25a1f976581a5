namespace Simulator.Core.Forecasting;

/// <summary>
/// The share of a day's contacts that falls in each interval, per weekday: the contacts of recent normal
/// days of that weekday summed interval by interval over their daily totals (the Poisson maximum-likelihood
/// share), recent weeks weighing more — a weight halves every <see cref="HalfLifeDays"/> days, so a shape
/// that drifts is followed while about 35 weeks of data still smooth the noise out.
/// </summary>
internal static class IntradayShape
{
    public const double HalfLifeDays = 84;
    public const int MaximumAgeDays = 364;

    /// <returns>Shares per weekday (<see cref="DayOfWeek"/> order) and interval; all zero for a weekday with no normal day.</returns>
    public static double[][] Estimate(TrainingSeries series, int origin)
    {
        int slots = series.Slots;
        var sums = new double[7][];
        var totals = new double[7];
        for (int w = 0; w < 7; w++) sums[w] = new double[slots];
        int end = series.WindowEnd(origin);
        for (int d = end - 1; d >= Math.Max(0, end - MaximumAgeDays); d--)
        {
            if (!series.Usable[d] || series.Totals[d] <= 0) continue;
            double weight = Math.Pow(0.5, (end - d) / HalfLifeDays);
            int w = series.Weekday(d);
            for (int s = 0; s < slots; s++) sums[w][s] += weight * series.Offered[d * slots + s];
            totals[w] += weight * series.Totals[d];
        }
        var shares = new double[7][];
        for (int w = 0; w < 7; w++)
        {
            shares[w] = new double[slots];
            if (totals[w] <= 0) continue;
            for (int s = 0; s < slots; s++) shares[w][s] = sums[w][s] / totals[w];
        }
        return shares;
    }

    /// <summary>Daily totals spread over the intervals by the weekday's shape.</summary>
    public static double[] Spread(TrainingSeries series, int origin, double[] dailyTotals)
    {
        var shape = Estimate(series, origin);
        int slots = series.Slots;
        var forecast = new double[dailyTotals.Length * slots];
        for (int h = 0; h < dailyTotals.Length; h++)
        {
            var share = shape[series.Weekday(origin + h)];
            for (int s = 0; s < slots; s++) forecast[h * slots + s] = dailyTotals[h] * share[s];
        }
        return forecast;
    }
}
