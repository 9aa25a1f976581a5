namespace Simulator.Core.Forecasting;

/// <summary>
/// Seasonal naive: each interval as it was on the last normal day of the same weekday. The benchmark
/// MASE is scaled by (Hyndman &amp; Koehler 2006), and what a planner's "same as last week" means.
/// </summary>
internal sealed class SeasonalNaiveMethod : IForecastMethod
{
    public string Name => "seasonal-naive";

    public int MinimumDays => 7;

    public bool IsBaseline => true;

    public double[] Forecast(TrainingSeries series, int origin, int days)
    {
        int slots = series.Slots;
        var forecast = new double[days * slots];
        var last = new int[7];
        Array.Fill(last, -1);
        for (int d = origin - 1; d >= 0 && last.Any(l => l < 0); d--)
        {
            if (series.Usable[d] && last[series.Weekday(d)] < 0) last[series.Weekday(d)] = d;
        }
        for (int h = 0; h < days; h++)
        {
            int w = series.Weekday(origin + h);
            if (last[w] < 0 || !series.WeekdayOpen(w, origin)) continue;
            Array.Copy(series.Offered, last[w] * slots, forecast, h * slots, slots);
        }
        return forecast;
    }
}
