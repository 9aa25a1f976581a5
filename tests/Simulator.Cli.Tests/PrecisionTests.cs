using System.Text.Json;

namespace Simulator.Cli.Tests;

/// <summary><c>--precision</c>: replications until each KPI's half-width is small enough, or the maximum, said plainly either way.</summary>
public class PrecisionTests
{
    private static JsonElement Precision(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement.GetProperty("precision");
    }

    [Fact]
    public void A_met_target_stops_early_and_states_the_replications_used_and_each_half_width()
    {
        var result = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "200", "--precision", "serviceLevel=0.02,abandonmentRate=0.01",
            "--format", "json");

        var precision = Precision(result);
        Assert.True(precision.GetProperty("targetMet").GetBoolean());
        int used = precision.GetProperty("replicationsUsed").GetInt32();
        Assert.InRange(used, 10, 199);
        Assert.Equal(200, precision.GetProperty("maximumReplications").GetInt32());
        Assert.Equal(used, JsonDocument.Parse(result.Output).RootElement.GetProperty("replications").GetInt32());
        var kpis = precision.GetProperty("kpis").EnumerateArray().ToArray();
        Assert.Equal(["serviceLevel", "abandonmentRate"], kpis.Select(k => k.GetProperty("kpi").GetString()));
        Assert.All(kpis, k => Assert.True(k.GetProperty("halfWidth").GetDouble() <= k.GetProperty("targetHalfWidth").GetDouble()));
    }

    [Fact]
    public void A_target_out_of_reach_stops_at_the_maximum_and_says_it_was_not_met()
    {
        var json = Precision(CliRunner.Run("run", CliRunner.BankScenario, "--replications", "12", "--precision", "serviceLevel=0.00001", "--format",
            "json"));
        Assert.False(json.GetProperty("targetMet").GetBoolean());
        Assert.Equal(12, json.GetProperty("replicationsUsed").GetInt32());
        Assert.True(json.GetProperty("kpis")[0].GetProperty("halfWidth").GetDouble() > 0.00001);

        var table = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "12", "--precision", "serviceLevel=0.00001");
        Assert.Contains("Precision target NOT met: stopped at the maximum of 12 replications", table.Output);
    }

    [Fact]
    public void A_resumed_run_reaches_the_same_decision_and_numbers()
    {
        using var directory = new TemporaryDirectory();
        string journal = directory.File("run.jsonl");
        string[] run = ["run", CliRunner.BankScenario, "--replications", "100", "--precision", "serviceLevel=0.02", "--format", "json"];
        var full = CliRunner.Run([.. run, "--journal", journal]);
        Assert.Equal(0, full.ExitCode);

        var lines = File.ReadAllLines(journal);
        File.WriteAllLines(journal, lines.Take(1 + 6)); // killed during the pilot
        var resumed = CliRunner.Run([.. run, "--resume", journal]);

        Assert.Equal(full.Output, resumed.Output);
    }

    [Fact]
    public void Compare_runs_until_the_paired_differences_are_precise_enough()
    {
        using var directory = new TemporaryDirectory();
        string plus = directory.File("bank-plus.yaml");
        File.WriteAllText(plus, File.ReadAllText(CliRunner.BankScenario).Replace("name: Retail bank – weekday", "name: Bank plus")
            .Replace("    agents: 22\n", "    agents: 24\n"));

        var precision = Precision(CliRunner.Run("compare", CliRunner.BankScenario, plus, "--replications", "100", "--precision", "serviceLevel=0.01",
            "--format", "json"));

        Assert.True(precision.GetProperty("targetMet").GetBoolean());
        Assert.Equal("Bank plus", precision.GetProperty("kpis")[0].GetProperty("option").GetString());
        Assert.InRange(precision.GetProperty("replicationsUsed").GetInt32(), 10, 99);
    }

    [Theory]
    [InlineData("nosuch=0.1", "expected KPI=HALF-WIDTH")]
    [InlineData("serviceLevel", "expected KPI=HALF-WIDTH")]
    [InlineData("serviceLevel=0", "a half-width greater than zero")]
    [InlineData("serviceLevel=0.01,serviceLevel=0.02", "serviceLevel is given twice")]
    public void A_malformed_target_is_refused_naming_the_option(string target, string expected)
    {
        CliRunner.AssertBadInput(CliRunner.Run("run", CliRunner.BankScenario, "--precision", target), expected);
    }
}
