using System.Text;
using Simulator.Core.Forecasting;
using Simulator.Core.History;
using Simulator.Core.Tests.History;
using Simulator.HistoryGenerator;

namespace Simulator.Core.Tests.Forecasting;

/// <summary>What a forecast does with its history: daily stays daily, outliers and gaps are never fitted, special days apply, too little is refused.</summary>
public class ForecastBehaviourTests
{
    private static readonly DateOnly From = TenWeeks.From;
    private static readonly DateOnly Start = TenWeeks.Start;

    private static ContactHistory History(Func<SampledInterval, SampledInterval>? change = null) =>
        change is null ? TenWeeks.History : TenWeeks.HistoryWith(change);

    private static ForecastResult Run(ContactHistory history, string method = "auto", IReadOnlyList<SpecialDay>? special = null, DateOnly? start = null,
        int days = 14) =>
        TenWeeks.Forecast(history, method, special, start, days);

    /// <summary>Equal but for the last bits of floating-point arithmetic done in another order.</summary>
    private static void AssertSame(IEnumerable<double> expected, IEnumerable<double> actual) =>
        Assert.Equal(expected.Select(v => Math.Round(v, 6)), actual.Select(v => Math.Round(v, 6)));

    [Fact]
    public void Daily_history_gives_a_daily_forecast()
    {
        var text = new StringBuilder("start,contactType,offered\n");
        foreach (var day in TenWeeks.Intervals.GroupBy(i => (DateOnly.FromDateTime(i.Start), i.ContactType)))
        {
            text.Append($"{day.Key.Item1:yyyy-MM-dd},{day.Key.ContactType},{day.Sum(i => i.Offered)}\n");
        }

        var forecast = Run(HistoryText.Read(text.ToString()));

        Assert.True(forecast.Grid.IsDaily);
        Assert.Equal(2 * 14, forecast.Intervals.Count);
        Assert.All(forecast.Intervals, i => Assert.Equal(TimeSpan.Zero, i.Start.TimeOfDay));
        Assert.Equal(forecast.Intervals.Select(i => i.Offered), forecast.DailyTotals.Select(d => d.Offered));
        Assert.All(forecast.Intervals, i => Assert.Null(i.AhtSeconds));
    }

    [Fact]
    public void The_same_history_gives_the_same_forecast()
    {
        Assert.Equal(Run(History()).Intervals, Run(TenWeeks.HistoryWhere(_ => true)).Intervals);
    }

    [Fact]
    public void An_outlier_day_is_left_out_of_the_fit_as_if_it_were_missing()
    {
        var outlier = Start.AddDays(-7).ToDateTime(TimeOnly.MinValue);
        var normal = Run(History(), "holt-winters");
        var withOutlier = Run(History(i => i.Start.Date == outlier ? i with { Offered = i.Offered * 3 } : i), "holt-winters");
        var withoutTheDay = Run(HistoryText.Read(HistoryText.Intervals(TenWeeks.Intervals.Where(i => i.Start.Date != outlier))), "holt-winters");

        Assert.Contains(withOutlier.Excluded, o => o.Date == DateOnly.FromDateTime(outlier) && o.Ratio > 2.5);
        AssertSame(withoutTheDay.Intervals.Select(i => i.Offered), withOutlier.Intervals.Select(i => i.Offered));
        Assert.InRange(withOutlier.DailyTotals[0].Offered / normal.DailyTotals[0].Offered, 0.98, 1.02);
    }

    [Fact]
    public void A_day_with_a_gap_is_not_fitted_and_the_forecast_says_so()
    {
        var gapDay = Start.AddDays(-3).ToDateTime(TimeOnly.MinValue);
        var withoutDropped = HistoryText.Read(HistoryText.Intervals(TenWeeks.Intervals.Where(i => !(i.Start.Date == gapDay && i.Start.Hour >= 12))));

        var series = new TrainingSeries(withoutDropped.ContactTypes[0], withoutDropped.Days, _ => false);
        var forecast = Run(withoutDropped);

        Assert.Equal(DayStatus.Partial, withoutDropped.ContactTypes[0].Status[67]);
        Assert.False(series.Usable[67]);
        Assert.Contains(forecast.Notes, n => n.StartsWith("2 gaps in the history were left out of the fit, not filled", StringComparison.Ordinal));
    }

    [Fact]
    public void A_special_day_in_the_future_multiplies_the_days_forecast_and_a_closed_one_is_zero_with_zero_bounds()
    {
        var plain = Run(History());
        var special = Run(History(), special: [new SpecialDay(Start.AddDays(1), "Launch", 1.3), new SpecialDay(Start.AddDays(2), "Strike", 0, "billing")]);

        double Day(ForecastResult f, int day, string type) => f.DailyTotals.Single(d => d.Date == Start.AddDays(day) && d.ContactType == type).Offered;
        Assert.Equal(1.3 * Day(plain, 1, "general"), Day(special, 1, "general"), 6);
        Assert.Equal(0, Day(special, 2, "billing"));
        Assert.Equal(Day(plain, 2, "general"), Day(special, 2, "general"), 6);
        Assert.All(special.Intervals.Where(i => i.ContactType == "billing" && DateOnly.FromDateTime(i.Start) == Start.AddDays(2)),
            i => Assert.Equal((0.0, 0.0), (i.Low95, i.High95)));
    }

    [Fact]
    public void A_forecast_from_inside_the_history_uses_only_the_days_before_its_start()
    {
        var start = Start.AddDays(-14);
        var truncated = HistoryText.Read(HistoryText.Intervals(TenWeeks.Intervals.Where(i => DateOnly.FromDateTime(i.Start) < start)));

        var inside = Run(History(), start: start);
        AssertSame(Run(truncated, start: start).Intervals.Select(i => i.Offered), inside.Intervals.Select(i => i.Offered));
        AssertSame(Run(truncated, start: start).Intervals.Select(i => i.High95), inside.Intervals.Select(i => i.High95));
        Assert.Contains(inside.Notes, n => n.StartsWith("The forecast starts inside the history, so only the 56 days before", StringComparison.Ordinal));
    }

    [Fact]
    public void A_start_after_the_end_of_the_history_is_forecast_as_the_same_days_of_a_longer_horizon()
    {
        var full = Run(History(), days: 14);
        var later = Run(History(), start: Start.AddDays(7), days: 7);

        var tail = full.DailyTotals.Where(d => d.Date >= Start.AddDays(7)).ToList();
        Assert.Equal(tail.Select(d => (d.Date, d.ContactType, d.SpecialDay)), later.DailyTotals.Select(d => (d.Date, d.ContactType, d.SpecialDay)));
        AssertSame(tail.Select(d => d.Offered), later.DailyTotals.Select(d => d.Offered));
        AssertSame(tail.Select(d => d.Low80), later.DailyTotals.Select(d => d.Low80));
    }

    [Fact]
    public void Too_little_history_for_the_method_asked_is_refused_with_what_it_needs()
    {
        var short_ = HistoryText.Read(HistoryText.Intervals(TenWeeks.Intervals.Where(i => DateOnly.FromDateTime(i.Start) < From.AddDays(30))));

        var error = Assert.Throws<InputException>(() => Run(short_, "holt-winters", start: From.AddDays(30)));
        var auto = Assert.Throws<InputException>(() =>
            Run(HistoryText.Read(HistoryText.Intervals(TenWeeks.Intervals.Where(i => DateOnly.FromDateTime(i.Start) < From.AddDays(12))))));

        Assert.Equal("history.csv has 30 days of history before 2024-01-31 (2024-01-01 to 2024-01-30), but the method holt-winters needs at least 42: " +
                     "28 to fit (holt-winters) and 14 to backtest it on, which calibrates the prediction intervals.", error.Message);
        Assert.Contains("but the shortest method needs at least 21: 7 to fit (seasonal-naive)", auto.Message);
        Assert.Contains("Not tried for lack of history: holt-winters (needs 42 days).", Run(short_, start: From.AddDays(30)).Notes);
    }

    [Theory]
    [InlineData("2023-12-01", 14, "auto", "the forecast's start 2023-12-01 is not after the first day of history.csv (2024-01-01)")]
    [InlineData("2024-03-11", 0, "auto", "a forecast covers a whole number of days from 1 to 3,660, but found 0.")]
    [InlineData("2024-03-11", 14, "arima",
        "the forecast method must be one of auto, seasonal-naive, weekday-median, weekday-profile, holt-winters, but found \"arima\".")]
    public void A_request_that_cannot_be_met_is_refused(string start, int days, string method, string expected)
    {
        var error = Assert.Throws<InputException>(() =>
            Run(History(), method, start: DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days: days));

        Assert.StartsWith(expected, error.Message);
    }
}
