using System.Collections.Concurrent;
using Simulator.Core.Forecasting;
using Simulator.Core.History;
using Simulator.Core.Tests.History;
using Simulator.HistoryGenerator;

namespace Simulator.Core.Tests.Forecasting;

/// <summary>
/// A year and a week of generated 30-minute history of two contact types (outliers injected, holidays
/// closed), then the four weeks to forecast: Monday 2 December 2024 on, with Christmas in them. Made
/// once and shared: the accuracy tests need a year of history, and a year takes a second to draw.
/// </summary>
internal static class KnownTruthYear
{
    public static readonly DateOnly From = new(2023, 11, 27);
    public static readonly DateOnly Start = new(2024, 12, 2);
    public const int HorizonDays = 28;

    public static int HistoryDays => Start.DayNumber - From.DayNumber;

    private static readonly Lazy<(KnownTruth Truth, ContactHistory History, Dictionary<(string, DateTime), int> Actual)> Data = new(() =>
    {
        var truth = KnownTruth.Create(From, HistoryDays + HorizonDays, types: 2, seed: 11, outliersUntil: Start);
        var samples = HistorySampler.Intervals(truth).ToList();
        var cut = Start.ToDateTime(TimeOnly.MinValue);
        var history = HistoryText.Read(HistoryText.Intervals(samples.Where(i => i.Start < cut)));
        return (truth, history, samples.Where(i => i.Start >= cut).ToDictionary(i => (i.ContactType, i.Start), i => i.Offered));
    });

    private static readonly ConcurrentDictionary<(bool, string), ForecastResult> Forecasts = new();

    public static KnownTruth Truth => Data.Value.Truth;

    public static ContactHistory History => Data.Value.History;

    /// <summary>What happened in an interval of the horizon (zero where the centre was closed).</summary>
    public static int Actual(string type, DateTime start) => Data.Value.Actual.GetValueOrDefault((type, start));

    public static ForecastResult Forecast(bool specialDays, string method = ForecastMethods.Auto) =>
        Forecasts.GetOrAdd((specialDays, method), key =>
            Forecaster.Run(History, new ForecastRequest(Start, HorizonDays, key.Item2, key.Item1 ? Truth.SpecialDays : [])));

    /// <summary>The true expected contacts of a forecast interval: what the oracle forecasts.</summary>
    public static double Rate(ForecastInterval interval)
    {
        int type = Truth.Types.ToList().FindIndex(t => t.Id == interval.ContactType);
        int day = DateOnly.FromDateTime(interval.Start).DayNumber - From.DayNumber;
        return Truth.Rate(type, day, (int)(interval.Start.TimeOfDay / Truth.Interval));
    }

    /// <summary>Σ|actual − forecast| / Σ actual over the forecast's intervals.</summary>
    public static double Wape(ForecastResult forecast, Func<ForecastInterval, double> predicted)
    {
        double error = 0, actual = 0;
        foreach (var interval in forecast.Intervals)
        {
            double y = Actual(interval.ContactType, interval.Start);
            error += Math.Abs(y - predicted(interval));
            actual += y;
        }
        return error / actual;
    }
}
