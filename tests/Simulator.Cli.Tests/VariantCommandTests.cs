using System.Text.Json;

namespace Simulator.Cli.Tests;

public class VariantCommandTests
{
    [Fact]
    public void Compare_of_one_file_sets_its_variants_against_its_base()
    {
        var result = CliRunner.Run("compare", CliRunner.BankScenario, "--replications", "4", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        var json = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(["Retail bank – weekday", "Bank + 4 at peak", "Bank with 30 s shorter calls"],
            json.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("scenario").GetString()));
    }

    [Fact]
    public void Variants_option_picks_which_ones()
    {
        var result = CliRunner.Run("compare", CliRunner.BankScenario, "--variants", "shorter-calls", "--replications", "4", "--format", "json");

        var json = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(2, json.GetProperty("options").GetArrayLength());
        var aht = json.GetProperty("differences")[0].GetProperty("kpis").GetProperty("averageHandleTimeSeconds");
        Assert.True(aht.GetProperty("ciHigh").GetDouble() < 0);
    }

    [Fact]
    public void Run_of_a_variant_equals_the_same_variant_in_compare()
    {
        var run = JsonDocument.Parse(CliRunner.Run("run", CliRunner.BankScenario, "--variant", "peak-cover", "--replications", "3", "--format", "json").Output).RootElement;
        var compare = JsonDocument.Parse(CliRunner.Run("compare", CliRunner.BankScenario, "--variants", "peak-cover", "--replications", "3", "--format", "json").Output).RootElement;

        Assert.Equal("Bank + 4 at peak", run.GetProperty("scenario").GetString());
        Assert.Equal(
            compare.GetProperty("options")[1].GetProperty("kpis").GetProperty("serviceLevel").GetProperty("mean").GetDouble(),
            run.GetProperty("kpis").GetProperty("serviceLevel").GetProperty("mean").GetDouble());
    }

    [Fact]
    public void An_unknown_variant_is_bad_input_with_a_suggestion()
    {
        CliRunner.AssertBadInput(CliRunner.Run("run", CliRunner.BankScenario, "--variant", "peak-covr"), "has no variant 'peak-covr'; did you mean 'peak-cover'?");
        CliRunner.AssertBadInput(CliRunner.Run("compare", CliRunner.BankScenario, "--variants", "nope"), "has no variant 'nope'");
    }

    [Fact]
    public void Validate_lists_the_variants()
    {
        var result = CliRunner.Run("validate", CliRunner.BankScenario);

        Assert.Contains("20 replications; 2 variants: peak-cover, shorter-calls.", result.Output);
    }
}
