using Simulator.Core.Forecasting;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Forecasting;

/// <summary>A forecast written into a template scenario: volumes for the whole horizon within its opening hours, AHT into the handle time.</summary>
public class ForecastScenarioTests
{
    private static Scenario Template(string interval = "30m", string types = "general, billing") => ScenarioLoader.Parse($$"""
        name: Template
        horizon: { start: "09:00", end: "17:00", interval: {{interval}}, days: 1 }
        serviceLevel: { target: 0.80, answerWithin: 20s }
        contactTypes:
        {{string.Join("\n", types.Split(", ").Select(id =>
            $"  - {{ id: {id}, arrivals: {{ rate: 0.1/s }}, handleTime: {{ distribution: lognormal, mean: 200s, cv: 0.8 }}, " +
                $"wrapUp: {{ distribution: constant, mean: 30s }} }}"))}}
        agentGroups:
          - { id: team, agents: 40, skills: [{{types}}] }
        """, "template.yaml");

    private static readonly Lazy<ForecastResult> Forecast = new(() => TenWeeks.Forecast(days: 7));

    private static ForecastInterval At(string type, int day, string time) =>
        Forecast.Value.Intervals.Single(i => i.ContactType == type && i.Start == TenWeeks.Start.AddDays(day)
            .ToDateTime(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Every_interval_of_the_whole_horizon_gets_its_forecast_volume_within_the_opening_hours()
    {
        var scenario = ForecastScenario.Apply(Template(), Forecast.Value, out var summary);

        Assert.Equal(7, scenario.Horizon.Days);
        var volumes = ((IntervalVolumes)scenario.ContactTypes[0].Arrivals).Volumes;
        Assert.Equal(16 * 7, volumes.Count);
        Assert.Equal(Math.Round(At("general", 2, "10:30").Offered, 2), volumes[2 * 16 + 3]);
        double total = Forecast.Value.DailyTotals.Where(d => d.ContactType == "general").Sum(d => d.Offered);
        Assert.Equal(total, summary.Inside["general"] + summary.Outside["general"], 6);
        Assert.InRange(summary.Outside["general"] / total, 0.1, 0.5);
        Scenario Reloaded() => ScenarioLoader.Parse(ScenarioWriter.ToYaml(scenario), "written.yaml");
        Assert.Equal(volumes, ((IntervalVolumes)Reloaded().ContactTypes[0].Arrivals).Volumes);
    }

    [Fact]
    public void Longer_template_intervals_add_up_the_forecasts()
    {
        var scenario = ForecastScenario.Apply(Template("1h"), Forecast.Value, out _);

        var volumes = ((IntervalVolumes)scenario.ContactTypes[1].Arrivals).Volumes;
        Assert.Equal(8 * 7, volumes.Count);
        Assert.Equal(Math.Round(At("billing", 0, "11:00").Offered + At("billing", 0, "11:30").Offered, 2), volumes[2]);
    }

    [Fact]
    public void The_handle_time_mean_is_the_forecast_aht_less_the_wrap_up_and_keeps_its_shape()
    {
        var scenario = ForecastScenario.Apply(Template(), Forecast.Value, out var summary);

        var handle = scenario.ContactTypes[0].HandleTime;
        Assert.Equal(DistributionFamily.Lognormal, handle.Family);
        Assert.Equal(0.8, handle.CoefficientOfVariation);
        Assert.Equal(summary.AhtSeconds["general"] - 30, handle.Mean.TotalSeconds, 6);
        Assert.InRange(summary.AhtSeconds["general"], 290, 360);
    }

    [Fact]
    public void A_template_type_the_history_lacks_keeps_its_arrivals_and_a_history_type_the_template_lacks_is_refused()
    {
        var scenario = ForecastScenario.Apply(Template(types: "general, billing, email"), Forecast.Value, out var summary);
        var error = Assert.Throws<InputException>(() => ForecastScenario.Apply(Template(types: "general, sales"), Forecast.Value, out _));

        Assert.Equal(new ConstantRate(0.1), scenario.ContactTypes[2].Arrivals);
        Assert.Equal(["email"], summary.KeptArrivals);
        Assert.Equal("template.yaml: the history has contact type billing that the template does not; its contact types are general, sales. " +
                     "Add it to the template (with agents who have the skill), or map the history's names onto the template's in the column mapping.",
                         error.Message);
    }

    [Fact]
    public void Template_intervals_that_are_not_whole_forecast_intervals_are_refused()
    {
        var template = ScenarioLoader.Parse(
            "name: T\nhorizon: { start: \"09:00\", end: \"18:00\", interval: 45m }\nserviceLevel: { target: 0.8, answerWithin: 20s }\n" +
            "contactTypes: [{ id: general, arrivals: { rate: 1/s }, handleTime: { mean: 3m } }, { id: billing, arrivals: { rate: 1/s }, handleTime: { mean: " +
                "3m } }]\n" +
            "agentGroups: [{ id: t, agents: 3, skills: [general, billing] }]\n", "t.yaml");

        var error = Assert.Throws<InputException>(() => ForecastScenario.Apply(template, Forecast.Value, out _));

        Assert.StartsWith("t.yaml: its 45m intervals from 09:00 cannot be made of the forecast's 30m intervals", error.Message);
    }
}
