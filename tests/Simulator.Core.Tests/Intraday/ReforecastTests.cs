using Simulator.Core.Intraday;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Intraday;

/// <summary>The re-forecast of the rest of a day from its morning, checked on days drawn from a known model.</summary>
public class ReforecastTests
{
    private const double Noon = 4 * 3_600; // the day opens at 08:00
    private const int Days = 120;

    private static Scenario Forecast => ScenarioLoader.Load(RepositoryPaths.Scenario(Path.Combine("history", "hidden-availability-day.yaml")));

    /// <summary>The same day with every interval's volume scaled: the truth a forecast missed.</summary>
    private static Scenario Scaled(Scenario scenario, double factor) => scenario with
    {
        ContactTypes = [.. scenario.ContactTypes.Select(t => t with
        {
            Arrivals = new IntervalVolumes([.. Enumerable.Range(0, scenario.Horizon.TotalIntervals)
                .Select(i => t.Arrivals.VolumeIn(i, scenario.Horizon) * factor)]),
        })],
    };

    /// <summary>Mean absolute error over many days of the afternoon's forecast and of its re-forecast at noon.</summary>
    private static (double Forecast, double Reforecast) AfternoonErrors(double truthFactor) => AfternoonErrors(_ => truthFactor);

    /// <param name="truthFactor">Each day's level against the forecast.</param>
    private static (double Forecast, double Reforecast) AfternoonErrors(Func<int, double> truthFactor)
    {
        var planned = CentreModel.Compile(Forecast);
        double forecastError = 0, reforecastError = 0;
        for (int day = 0; day < Days; day++)
        {
            var truth = CentreModel.Compile(Scaled(Forecast, truthFactor(day)));
            var counts = new ArrivalCounts(planned);
            var replication = new Replication(truth, day);
            replication.Observe(counts);
            replication.Start();
            replication.RunUntil(Noon);
            var reforecast = Reforecaster.Compute(planned, Noon, counts);
            replication.RunUntil(double.PositiveInfinity);
            double afternoon = Enumerable.Range(0, planned.Scenario.Horizon.TotalIntervals).Where(i => i >= 8).Sum(i => counts.In(i, 0));
            forecastError += Math.Abs(afternoon - reforecast.ForecastRest);
            reforecastError += Math.Abs(afternoon - reforecast.ReforecastRest);
        }
        return (forecastError / Days, reforecastError / Days);
    }

    [Fact]
    public void After_a_morning_fifteen_percent_above_forecast_the_afternoon_reforecast_errs_less_than_the_forecast()
    {
        var (forecast, reforecast) = AfternoonErrors(1.15);

        // The truth is 15 % above a forecast of 2,320 afternoon calls: the forecast misses by about 350; the re-forecast by little more than chance.
        Assert.InRange(forecast, 300, 400);
        Assert.True(reforecast < forecast / 3, $"re-forecast error {reforecast:F1} vs forecast error {forecast:F1}");
    }

    [Fact]
    public void On_days_whose_level_varies_ten_percent_around_the_forecast_the_reforecast_errs_less()
    {
        // Day levels 0.85 to 1.15 in a fixed sequence (standard deviation about 10 %), the spread the default smoothing assumes.
        var (forecast, reforecast) = AfternoonErrors(day => 0.85 + 0.3 * (day * 37 % 101) / 100.0);

        Assert.True(reforecast < forecast * 0.6, $"re-forecast error {reforecast:F1} vs forecast error {forecast:F1}");
    }

    [Fact]
    public void On_days_exactly_as_forecast_the_reforecast_pays_only_the_mornings_chance_variation()
    {
        // Nothing to learn: the morning's Poisson noise (about 2.4 % of 1,790 calls, shrunk a little) enters the afternoon, whose own noise is about 48.
        var (forecast, reforecast) = AfternoonErrors(1.0);

        Assert.True(reforecast < forecast * 1.6, $"re-forecast error {reforecast:F1} vs forecast error {forecast:F1}");
    }

    [Fact]
    public void Ten_contacts_above_forecast_early_in_the_day_barely_move_the_afternoon()
    {
        var model = CentreModel.Compile(Forecast);
        var counts = new ArrivalCounts(model);
        // 08:00–08:05: the forecast is 120 in the half-hour, 20 in five minutes; 30 came.
        for (int k = 0; k < 30; k++) counts.Add(k * 10, 0);

        var reforecast = Reforecaster.Compute(model, 300, counts);

        Assert.Equal(0.5, reforecast.Running, 3);
        Assert.InRange(reforecast.Types[0].Factor, 1.05, 1.10);
        Assert.Equal(reforecast.ForecastRest * reforecast.Types[0].Factor, reforecast.ReforecastRest, 6);
    }

    [Fact]
    public void The_rest_of_day_arrivals_scale_only_the_intervals_not_yet_over()
    {
        var scenario = Forecast;
        var model = CentreModel.Compile(scenario);
        var counts = new ArrivalCounts(model);
        for (int k = 0; k < 2_000; k++) counts.Add(k * 7.2, 0); // 2,000 by noon, against 1,790 forecast

        var reforecast = Reforecaster.Compute(model, Noon, counts);
        var replanned = reforecast.RestOfDay.ApplyTo(scenario);

        double factor = reforecast.Types[0].Factor;
        Assert.InRange(factor, 1.10, 1.12);
        var before = scenario.ContactTypes[0].Arrivals;
        var after = replanned.ContactTypes[0].Arrivals;
        Assert.Equal(before.VolumeIn(7, scenario.Horizon), after.VolumeIn(7, scenario.Horizon), 9);
        Assert.Equal(before.VolumeIn(8, scenario.Horizon) * factor, after.VolumeIn(8, scenario.Horizon), 9);
        Assert.Equal(before.VolumeIn(19, scenario.Horizon) * factor, after.VolumeIn(19, scenario.Horizon), 9);
        _ = new Replication(replanned, 0).Run(); // a kernel takes the re-forecast scenario
    }

    [Fact]
    public void A_prior_strength_that_is_not_a_positive_number_is_refused()
    {
        var model = CentreModel.Compile(Forecast);
        Assert.Throws<ArgumentException>(() => Reforecaster.Compute(model, Noon, new ArrivalCounts(model), priorContacts: 0));
        Assert.Throws<ArgumentException>(() => Reforecaster.Compute(model, Noon, new ArrivalCounts(model), priorContacts: double.NaN));
    }
}
