using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Scenarios;

public class ScenarioDaysTests
{
    [Fact]
    public void A_scenario_runs_over_more_days_with_everything_else_kept()
    {
        var scenario = ScenarioLoader.Parse(ScenarioText.EveryNewKey, "every.yaml");

        var longer = scenario.WithDays(9);

        Assert.Equal(9, longer.Horizon.Days);
        Assert.Equal(scenario, longer with { Horizon = scenario.Horizon });
    }

    [Fact]
    public void Values_listed_for_each_day_of_the_file_are_not_stretched_over_other_days()
    {
        string text = ScenarioText.Valid.Replace("days: 1", "days: 2").Replace("[100, 120, 140, 90]", "[100, 120, 140, 90, 1, 2, 3, 4]");
        var scenario = ScenarioLoader.Parse(text, "two-days.yaml");

        var error = Assert.Throws<InputException>(() => scenario.WithDays(3));

        Assert.Equal("two-days.yaml lists volumes or staffing for each of its 2 days, so it cannot run for 3; give one day's profile in the file to repeat " +
            "it over any number of days.", error.Message);
        Assert.Equal(2, scenario.WithDays(2).Horizon.Days);
    }

    [Fact]
    public void Training_past_the_new_last_day_is_refused_with_the_days_it_needs()
    {
        var scenario = ScenarioLoader.Parse(ScenarioText.EveryNewKey, "every.yaml");

        var error = Assert.Throws<InputException>(() => scenario.WithDays(3));

        Assert.Equal("training 'coaching' in every.yaml runs until day 4, past a horizon of 3 days; give at least 4 days.", error.Message);
    }

    [Fact]
    public void Days_beyond_the_model_limit_are_refused_with_the_limit()
    {
        var scenario = ScenarioLoader.Parse(ScenarioText.Valid, "test.yaml");

        var error = Assert.Throws<InputException>(() => scenario.WithDays(Horizon.MaxDays + 1));

        Assert.Equal($"expected a whole number of days from 1 to {Horizon.MaxDays:N0}, but found {Horizon.MaxDays + 1}.", error.Message);
    }
}
