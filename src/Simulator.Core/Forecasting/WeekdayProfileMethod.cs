namespace Simulator.Core.Forecasting;

/// <summary>
/// A robust weekday × time-of-day profile with level and trend: daily totals follow
/// log μ = level + trend · t + weekday effect, a Poisson regression over the last year in which a day's
/// weight halves every <see cref="HalfLifeDays"/> days (so level and trend are the recent ones);
/// each day's total is spread over its intervals by the weekday's <see cref="IntradayShape"/>.
/// </summary>
internal sealed class WeekdayProfileMethod : IForecastMethod
{
    public const double HalfLifeDays = 91;
    public const int WindowDays = 364;

    /// <summary>Data spanning fewer days than this fit a level but no trend: a slope from a few weeks is mostly noise.</summary>
    public const int TrendDays = 56;

    public string Name => "weekday-profile";

    public int MinimumDays => 14;

    public bool IsBaseline => false;

    public double[] Forecast(TrainingSeries series, int origin, int days)
    {
        int end = series.WindowEnd(origin);
        int start = Math.Max(0, end - WindowDays);
        var open = Enumerable.Range(0, 7).Where(w => series.WeekdayOpen(w, origin)).ToArray();
        var totals = new double[days];
        if (open.Length == 0) return IntradayShape.Spread(series, origin, totals);

        var observed = Enumerable.Range(start, end - start).Where(d => series.Usable[d] && open.Contains(series.Weekday(d))).ToList();
        if (observed.Count == 0) return IntradayShape.Spread(series, origin, totals);
        bool trend = observed[^1] - observed[0] + 1 >= TrendDays;
        double[] Row(int day)
        {
            var row = new double[(trend ? 2 : 1) + open.Length - 1];
            row[0] = 1;
            if (trend) row[1] = (day - origin) / 365.25;
            int w = Array.IndexOf(open, series.Weekday(day));
            if (w > 0) row[(trend ? 2 : 1) + w - 1] = 1;
            return row;
        }
        var design = observed.Select(Row).ToArray();
        var counts = observed.Select(d => series.Totals[d]).ToArray();
        var weights = observed.Select(d => Math.Pow(0.5, (end - d) / HalfLifeDays)).ToArray();
        var beta = PoissonRegression.Fit(design, counts, weights);
        for (int h = 0; h < days; h++)
        {
            int day = origin + h;
            totals[h] = open.Contains(series.Weekday(day)) ? Math.Exp(PoissonRegression.Dot(Row(day), beta)) : 0;
        }
        return IntradayShape.Spread(series, origin, totals);
    }
}
