using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Scenarios;

/// <summary>Sizes that would exhaust memory are refused while the file is read, naming the size and the limit.</summary>
public class ScenarioSizeLimitTests
{
    private static ScenarioDiagnostic SingleProblem(string text) =>
        Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text, "test.yaml")).Diagnostics);

    [Fact]
    public void A_billion_agents_is_refused_naming_the_limit()
    {
        var problem = SingleProblem(ScenarioText.Valid.Replace("agents: 20", "agents: 1000000000"));

        Assert.Equal("agentGroups[0].agents", problem.Path);
        Assert.Contains($"{AgentGroup.MaxAgents}", problem.Message.Replace(",", ""));
    }

    [Theory]
    [InlineData("interval: 1s, days: 365", "2,628,000 intervals")]
    [InlineData("interval: 0.001s, days: 1", "7,200,000 intervals")]
    public void A_horizon_of_millions_of_intervals_is_refused_naming_its_size_and_the_limit(string horizon, string size)
    {
        var problem = SingleProblem(ScenarioText.Valid.Replace("interval: 30m, days: 1", horizon));

        Assert.Equal("horizon.interval", problem.Path);
        Assert.Contains(size, problem.Message);
        Assert.Contains($"the limit of {Horizon.MaxIntervals:N0}", problem.Message);
    }

    [Fact]
    public void A_billion_contacts_per_interval_is_refused_naming_the_limit()
    {
        var problem = SingleProblem(ScenarioText.Valid.Replace("volumes: [100, 120, 140, 90]", "volumes: [1000000000, 120, 140, 90]"));

        Assert.Equal("contactTypes", problem.Path);
        Assert.Contains("about 1,000,000,", problem.Message);
        Assert.Contains($"the limit of {Scenario.MaxContactsPerReplication:N0}", problem.Message);
    }

    [Fact]
    public void More_days_than_the_interval_limit_allows_are_refused()
    {
        var scenario = ScenarioLoader.Parse(ScenarioText.Valid.Replace("interval: 30m", "interval: 1m").Replace("volumes: [100, 120, 140, 90]", "rate: 0.01/s"),
            "test.yaml");

        var error = Assert.Throws<InputException>(() => scenario.WithDays(3_000));

        Assert.Contains("360,000 intervals, more than the limit", error.Message);
    }
}
