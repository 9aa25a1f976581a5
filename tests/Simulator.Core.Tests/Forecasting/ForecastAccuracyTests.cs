using Simulator.Core.Forecasting;
using Simulator.Core.History;

namespace Simulator.Core.Tests.Forecasting;

/// <summary>Forecasts judged against a known truth: a year of generated history, four weeks ahead.</summary>
public class ForecastAccuracyTests
{
    [Fact]
    public void Four_weeks_ahead_after_a_year_the_error_is_within_ten_percent_of_the_oracles()
    {
        var forecast = KnownTruthYear.Forecast(specialDays: true);

        double wape = KnownTruthYear.Wape(forecast, i => i.Offered);
        double oracle = KnownTruthYear.Wape(forecast, KnownTruthYear.Rate);

        Assert.InRange(wape, 0, 1.10 * oracle);
        Assert.InRange(oracle, 0.05, 0.15);
    }

    [Fact]
    public void The_80_and_95_percent_prediction_intervals_cover_what_they_say()
    {
        var forecast = KnownTruthYear.Forecast(specialDays: true);
        var open = forecast.Intervals.Where(i => KnownTruthYear.Rate(i) > 0).ToList();

        double Coverage(Func<ForecastInterval, (double Low, double High)> bounds) =>
            open.Count(i => KnownTruthYear.Actual(i.ContactType, i.Start) is var y && y >= bounds(i).Low && y <= bounds(i).High) / (double)open.Count;

        Assert.True(open.Count > 900);
        Assert.InRange(Coverage(i => (i.Low80, i.High80)), 0.75, 0.85);
        Assert.InRange(Coverage(i => (i.Low95, i.High95)), 0.92, 0.98);
    }

    [Fact]
    public void Outlier_days_injected_into_the_history_are_found_and_few_normal_days_are_taken_for_them()
    {
        var truth = KnownTruthYear.Truth;
        var found = HistoryAnalysis.Of(KnownTruthYear.History).OutlierDays.Select(o => (o.Date, o.ContactType)).ToHashSet();
        var injected = truth.Outliers
            .SelectMany(o => truth.Types.Where(t => o.ContactType is null || o.ContactType == t.Id).Select(t => (o.Date, t.Id)))
            .ToList();
        var unusual = truth.SpecialDays.Where(d => !d.Closed).SelectMany(d => truth.Types.Select(t => (d.Date, t.Id))).ToHashSet();

        Assert.True(injected.Count >= 8);
        Assert.All(injected, day => Assert.Contains(day, found));
        Assert.InRange(found.Count(day => !injected.Contains(day) && !unusual.Contains(day)), 0, 2);
    }

    [Fact]
    public void Special_days_make_the_forecast_of_a_christmas_month_measurably_better()
    {
        var with = KnownTruthYear.Forecast(specialDays: true);
        var without = KnownTruthYear.Forecast(specialDays: false);

        double better = KnownTruthYear.Wape(with, i => i.Offered), worse = KnownTruthYear.Wape(without, i => i.Offered);

        Assert.True(better < 0.85 * worse, $"WAPE {better:P2} with special days against {worse:P2} without");
        Assert.All(with.DailyTotals.Where(d => d.Date == new DateOnly(2024, 12, 25)), d => Assert.Equal((0.0, "Christmas Day"), (d.Offered, d.SpecialDay)));
        Assert.Equal(3, with.SpecialDaysApplied.Count);
    }

    [Fact]
    public void Handle_time_is_forecast_within_three_percent_of_the_true_mean()
    {
        var forecast = KnownTruthYear.Forecast(specialDays: true);
        var truth = KnownTruthYear.Truth;
        double error = 0, weight = 0;
        foreach (var interval in forecast.Intervals.Where(i => KnownTruthYear.Rate(i) > 0))
        {
            int type = truth.Types.ToList().FindIndex(t => t.Id == interval.ContactType);
            double expected = truth.MeanHandleSeconds(type, interval.Start.DayOfWeek, (int)(interval.Start.TimeOfDay / truth.Interval));
            error += Math.Abs(interval.AhtSeconds!.Value / expected - 1) * KnownTruthYear.Rate(interval);
            weight += KnownTruthYear.Rate(interval);
        }

        Assert.InRange(error / weight, 0, 0.03);
    }

    [Fact]
    public void Auto_chooses_the_lowest_backtest_error_and_reports_every_method_beside_the_baselines()
    {
        var forecast = KnownTruthYear.Forecast(specialDays: true);

        Assert.Equal(["seasonal-naive", "weekday-median", "weekday-profile", "holt-winters"], forecast.Backtest.Select(b => b.Method));
        Assert.Equal(["seasonal-naive", "weekday-median"], forecast.Backtest.Where(b => b.Baseline).Select(b => b.Method));
        Assert.Equal(forecast.Backtest.MinBy(b => b.Wape)!.Method, forecast.Method);
        Assert.All(forecast.Backtest, b => Assert.InRange(b.Mase!.Value, 0.3, 1.5));
        var naive = forecast.Backtest[0];
        Assert.All(forecast.Backtest.Where(b => !b.Baseline), b => Assert.True(b.Wape < naive.Wape && b.Mase < naive.Mase));
    }

    [Fact]
    public void A_method_asked_for_is_the_one_used_and_the_backtest_still_lists_them_all()
    {
        var forecast = KnownTruthYear.Forecast(specialDays: true, method: "weekday-profile");

        Assert.Equal("weekday-profile", forecast.Method);
        Assert.Equal(4, forecast.Backtest.Count);
        Assert.InRange(KnownTruthYear.Wape(forecast, i => i.Offered), 0, 1.15 * KnownTruthYear.Wape(forecast, KnownTruthYear.Rate));
    }
}
