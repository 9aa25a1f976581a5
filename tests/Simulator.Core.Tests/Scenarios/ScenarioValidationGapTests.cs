using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Scenarios;

/// <summary>Inputs that used to load and then give empty or wrong results with success are refused where they stand.</summary>
public class ScenarioValidationGapTests
{
    private static ScenarioDiagnostic SingleProblem(string text) =>
        Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text, "test.yaml")).Diagnostics);

    [Fact]
    public void A_cost_so_large_that_sums_overflow_is_refused_naming_the_limit()
    {
        var problem = SingleProblem(ScenarioText.Valid.Replace("costPerHour: 25", "costPerHour: 1e308"));

        Assert.Equal("agentGroups[0].costPerHour", problem.Path);
        Assert.Contains($"from 0 to {CostPolicy.MaxAmount:N0}", problem.Message);
    }

    [Fact]
    public void A_warm_up_as_long_as_the_horizon_is_refused()
    {
        // The test horizon opens 09:00–11:00 for one day: two hours.
        var problem = SingleProblem(ScenarioText.Valid.Replace("days: 1 }", "days: 1, warmup: 2h }"));

        Assert.Equal("horizon.warmup", problem.Path);
        Assert.Contains("must end before the horizon does", problem.Message);
        Assert.NotNull(ScenarioLoader.Parse(ScenarioText.Valid.Replace("days: 1 }", "days: 1, warmup: 90m }"), "test.yaml"));
    }

    [Fact]
    public void Fewer_days_that_leave_no_time_after_the_warm_up_are_refused()
    {
        var scenario = ScenarioLoader.Parse(ScenarioText.Valid.Replace("days: 1 }", "days: 3, warmup: 30h }"), "test.yaml");

        var error = Assert.Throws<InputException>(() => scenario.WithDays(1));

        Assert.Contains("lasts past a horizon of 1 day", error.Message);
    }

    [Fact]
    public void A_second_yaml_document_is_refused_where_it_starts()
    {
        var problem = SingleProblem(ScenarioText.Valid + "\n---\nname: ignored\n");

        Assert.Contains("second one starts here", problem.Message);
        Assert.Equal(ScenarioText.Valid.Split('\n').Length + 2, problem.Line);
    }

    [Fact]
    public void A_negative_duration_where_zero_is_refused_too_says_greater_than_zero()
    {
        var problem = SingleProblem(ScenarioText.Valid.Replace("interval: 30m", "interval: -30m"));

        Assert.Equal("horizon.interval", problem.Path);
        Assert.Contains("expected a duration greater than zero", problem.Message);
        Assert.DoesNotContain("zero or more", problem.Message);
    }
}
