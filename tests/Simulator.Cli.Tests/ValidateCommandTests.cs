namespace Simulator.Cli.Tests;

public class ValidateCommandTests
{
    [Fact]
    public void Valid_scenario_gets_a_summary_line_then_what_each_variant_changes()
    {
        var result = CliRunner.Run("validate", CliRunner.BankScenario);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "  peak-cover (\"Bank + 4 at peak\"), 2 changes:",
                "    agentGroups[generalists].agents: 6 of 24 values changed",
                "    agentGroups[card-specialists].agents: 22 → 24",
                "  shorter-calls (\"Bank with 30 s shorter calls\"), 1 change:",
                "    contactTypes[general].handleTime.mean: 270s → 240s",
            ],
            result.Output.TrimEnd().Split('\n').Skip(1));
        Assert.Contains("valid — \"Retail bank – weekday\": 2 contact types, 2 agent groups, 24 intervals of 30m from 08:00 to 20:00 over 1 day",
            result.Output);
    }

    [Fact]
    public void Invalid_scenario_lists_every_problem_with_file_line_and_column()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("broken.yaml");
        File.WriteAllText(path, File.ReadAllText(CliRunner.BankScenario)
            .Replace("target: 0.80", "target: 80")
            .Replace("shrinkage: 0.25", "shrinkage: 1.25")
            .Replace("skills: [cards]", "skills: [card]")
            .Replace("costPerHour: 28", "costPerHuor: 28"));

        var result = CliRunner.Run("validate", path);

        CliRunner.AssertBadInput(result, "5 problems in");
        Assert.Contains("no agent group serves contact type 'cards'", result.Error);
        Assert.Contains("broken.yaml:10:25: serviceLevel.target: expected a share in (0, 1], such as 0.80 or 80%, but found 80 (a percentage? write 80%)",
            result.Error);
        Assert.Contains("agentGroups[0].costPerHuor: unknown key 'costPerHuor'; did you mean 'costPerHour'?", result.Error);
        Assert.Contains("agentGroups[1].shrinkage: expected a share in [0, 1)", result.Error);
        Assert.Contains("agentGroups[1].skills[0]: no contact type has id 'card'; did you mean 'cards'?", result.Error);
    }

    [Fact]
    public void A_variant_that_drops_a_shift_shows_it_in_validate()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("hiring.yaml");
        File.WriteAllText(path, File.ReadAllText(RepositoryPaths.Scenario("bank-hiring-wave.yaml"))
            .Replace("{ start: \"08:00\", agents: 0 }, { start: \"11:30\", agents: 0 }", "{ start: \"11:30\", remove: true }"));

        var result = CliRunner.Run("validate", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  no-wave (\"Bank – no hiring wave\"), 1 change:\n    agentGroups[hiring-wave].shifts[11:30]: removed\n", result.Output);
    }

    [Fact]
    public void Root_help_lists_the_commands()
    {
        var result = CliRunner.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("erlang", result.Output);
        Assert.Contains("staff", result.Output);
        Assert.Contains("validate", result.Output);
    }

    [Fact]
    public void Unknown_command_is_bad_input()
    {
        CliRunner.AssertBadInput(CliRunner.Run("stafff", "x.yaml"), "Unrecognized command or argument 'stafff'");
    }
}
