using Simulator.Core.History;

namespace Simulator.Core.Forecasting;

/// <summary>
/// Average handle time per interval: the level of the last <see cref="LevelDays"/> normal days
/// (contact-weighted) times the weekday × time-of-day ratio of the last year (weights halving every
/// <see cref="HalfLifeDays"/> days), each cell shrunk towards its weekday's mean with the weight of
/// <see cref="PriorContacts"/> contacts so that a quiet interval's few calls do not set its AHT alone.
/// </summary>
internal static class AhtForecaster
{
    public const int LevelDays = 28;
    public const double HalfLifeDays = 84;
    public const int MaximumAgeDays = 364;
    public const double PriorContacts = 50;

    /// <returns>AHT in seconds for the days from <paramref name="origin"/> on, day-major; null when the history has no handle times.</returns>
    public static double[]? Forecast(ContactTypeSeries history, TrainingSeries series, int origin, int days)
    {
        if (history.AhtSeconds is not { } aht || history.AhtWeight is not { } weights) return null;
        int slots = series.Slots;
        double levelSum = 0, levelWeight = 0;
        var cellSum = new double[7, slots];
        var cellWeight = new double[7, slots];
        var weekdaySum = new double[7];
        var weekdayWeight = new double[7];
        double allSum = 0, allWeight = 0;
        int end = series.WindowEnd(origin);
        for (int d = end - 1; d >= Math.Max(0, end - MaximumAgeDays); d--)
        {
            if (!series.Usable[d]) continue;
            double age = Math.Pow(0.5, (end - d) / HalfLifeDays);
            int w = series.Weekday(d);
            for (int s = 0; s < slots; s++)
            {
                int i = d * slots + s;
                if (double.IsNaN(aht[i]) || !(weights[i] > 0)) continue;
                double contacts = weights[i], seconds = aht[i] * contacts;
                if (end - d <= LevelDays)
                {
                    levelSum += seconds;
                    levelWeight += contacts;
                }
                cellSum[w, s] += age * seconds;
                cellWeight[w, s] += age * contacts;
                weekdaySum[w] += age * seconds;
                weekdayWeight[w] += age * contacts;
                allSum += age * seconds;
                allWeight += age * contacts;
            }
        }
        if (allWeight <= 0) return null;
        double overall = allSum / allWeight;
        double level = levelWeight > 0 ? levelSum / levelWeight : overall;
        var forecast = new double[days * slots];
        for (int h = 0; h < days; h++)
        {
            int w = series.Weekday(origin + h);
            double weekdayMean = weekdayWeight[w] > 0 ? weekdaySum[w] / weekdayWeight[w] : overall;
            for (int s = 0; s < slots; s++)
            {
                double cell = (cellSum[w, s] + PriorContacts * weekdayMean) / (cellWeight[w, s] + PriorContacts);
                forecast[h * slots + s] = level * cell / overall;
            }
        }
        return forecast;
    }
}
