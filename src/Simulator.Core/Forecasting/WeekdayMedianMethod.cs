using Simulator.Core.History;

namespace Simulator.Core.Forecasting;

/// <summary>
/// Weekday median: each interval the median of the last <see cref="Weeks"/> normal days of the same
/// weekday. Robust and level, with no trend: the second baseline a forecast must beat.
/// </summary>
internal sealed class WeekdayMedianMethod : IForecastMethod
{
    public const int Weeks = 8;

    public string Name => "weekday-median";

    public int MinimumDays => 7;

    public bool IsBaseline => true;

    public double[] Forecast(TrainingSeries series, int origin, int days)
    {
        int slots = series.Slots;
        var profiles = new double[7][];
        for (int w = 0; w < 7; w++)
        {
            var recent = new List<int>(Weeks);
            for (int d = origin - 1; d >= 0 && recent.Count < Weeks; d--)
            {
                if (series.Usable[d] && series.Weekday(d) == w) recent.Add(d);
            }
            profiles[w] = new double[slots];
            if (recent.Count == 0 || !series.WeekdayOpen(w, origin)) continue;
            for (int s = 0; s < slots; s++) profiles[w][s] = RobustStatistics.Median(recent.Select(d => series.Offered[d * slots + s]));
        }
        var forecast = new double[days * slots];
        for (int h = 0; h < days; h++) Array.Copy(profiles[series.Weekday(origin + h)], 0, forecast, h * slots, slots);
        return forecast;
    }
}
