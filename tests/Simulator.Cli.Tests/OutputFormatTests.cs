namespace Simulator.Cli.Tests;

/// <summary>--output's extension and --format agree: the extension chooses when --format is left out, and a clash is refused.</summary>
public class OutputFormatTests
{
    [Fact]
    public void The_output_files_extension_chooses_the_format_when_none_is_given()
    {
        using var directory = new TemporaryDirectory();

        var json = CliRunner.Run("staff", CliRunner.BankScenario, "-o", directory.File("plan.json"));
        var csv = CliRunner.Run("staff", CliRunner.BankScenario, "-o", directory.File("plan.CSV"));

        Assert.Equal(0, json.ExitCode);
        Assert.StartsWith("{", File.ReadAllText(directory.File("plan.json")));
        Assert.Equal(0, csv.ExitCode);
        Assert.StartsWith("day,start,", File.ReadAllText(directory.File("plan.CSV")).TrimStart('\uFEFF'));
    }

    [Fact]
    public void A_format_that_disagrees_with_the_output_files_extension_is_refused_and_nothing_is_written()
    {
        using var directory = new TemporaryDirectory();

        var result = CliRunner.Run("staff", CliRunner.BankScenario, "-o", directory.File("plan.json"), "--format", "table");

        CliRunner.AssertBadInput(result, "--format table disagrees with --output");
        Assert.False(File.Exists(directory.File("plan.json")));
    }

    [Fact]
    public void An_extension_naming_a_format_the_command_does_not_write_is_refused()
    {
        using var directory = new TemporaryDirectory();

        CliRunner.AssertBadInput(CliRunner.Run("staff", CliRunner.BankScenario, "-o", directory.File("plan.md")),
            "names a markdown file, which this command does not write");
    }

    [Theory]
    [InlineData("run")]
    [InlineData("compare")]
    [InlineData("optimize")]
    [InlineData("live")]
    [InlineData("staff")]
    [InlineData("history")]
    [InlineData("forecast")]
    public void Every_help_with_an_output_option_says_the_extension_chooses_the_format(string command)
    {
        string help = CliRunner.Run(command, "--help").Output;

        Assert.Contains("--output", help);
        Assert.Contains("Without it, the extension of --output chooses",
            string.Join(" ", help.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries)));
    }
}
