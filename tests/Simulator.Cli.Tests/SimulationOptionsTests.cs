using Simulator.Core.Scenarios;

namespace Simulator.Cli.Tests;

/// <summary>run, compare, optimize and live read --replications, --seed, --days, --cluster and --cluster-id alike.</summary>
public class SimulationOptionsTests
{
    [Theory]
    [InlineData("run")]
    [InlineData("compare")]
    [InlineData("optimize")]
    [InlineData("live")]
    public void Every_simulation_command_takes_the_simulation_options(string command)
    {
        string help = CliRunner.Run(command, "--help").Output;

        foreach (var option in new[] { "--seed", "--days", "--cluster", "--cluster-id" }) Assert.Contains(option, help);
        Assert.Equal(command != "live", help.Contains("--replications"));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("compare")]
    [InlineData("optimize")]
    [InlineData("live")]
    public void Days_past_the_model_limit_are_refused_by_every_command_with_the_limit(string command)
    {
        var result = CliRunner.Run(command, CliRunner.BankScenario, "--days", $"{Horizon.MaxDays + 1}");

        CliRunner.AssertBadInput(result, $"--days: expected a whole number from 1 to {Horizon.MaxDays:N0}, but found \"{Horizon.MaxDays + 1}\".");
    }

    [Theory]
    [InlineData("run")]
    [InlineData("compare")]
    [InlineData("optimize")]
    public void Replications_past_the_model_limit_are_refused_by_every_command_with_the_limit(string command)
    {
        var result = CliRunner.Run(command, CliRunner.BankScenario, "--replications", $"{Scenario.MaxReplications + 1}");

        CliRunner.AssertBadInput(result, $"--replications: expected a whole number from 1 to {Scenario.MaxReplications:N0}");
    }

    [Fact]
    public void Compare_runs_every_option_over_the_days_given_and_says_which_file_cannot()
    {
        using var directory = new TemporaryDirectory();
        string twoDays = directory.File("two-days.yaml");
        var bank = ScenarioLoader.Load(CliRunner.BankScenario);
        var volumes = ((IntervalVolumes)bank.ContactTypes[0].Arrivals).Volumes;
        var listedForTwoDays = bank with
        {
            Horizon = bank.Horizon with { Days = 2 },
            ContactTypes = [bank.ContactTypes[0] with { Arrivals = new IntervalVolumes([.. volumes, .. volumes]) }, bank.ContactTypes[1]],
        };
        File.WriteAllText(twoDays, ScenarioWriter.ToYaml(listedForTwoDays));

        var result = CliRunner.Run("compare", CliRunner.BankScenario, twoDays, "--days", "3");

        CliRunner.AssertBadInput(result, $"--days: {twoDays} lists volumes or staffing for each of its 2 days, so it cannot run for 3");
    }
}
