using System.Text.Json;

namespace Simulator.Cli.Tests;

public class CompareCommandTests
{
    /// <summary>The bank day with four more generalists from 10:00 to 11:30 and two more card specialists all day.</summary>
    private static string MoreAgents(TemporaryDirectory directory)
    {
        string path = directory.File("bank-plus.yaml");
        File.WriteAllText(path, File.ReadAllText(CliRunner.BankScenario)
            .Replace("name: Retail bank – weekday", "name: Bank + 4 at peak")
            .Replace("agents: [ 21, 30, 41, 50, 55, 58, 57, 54,", "agents: [ 21, 30, 41, 50, 59, 62, 61, 58,")
            .Replace("    agents: 22\n", "    agents: 24\n"));
        return path;
    }

    private static JsonElement Json(params string[] args)
    {
        var result = CliRunner.Run(["compare", .. args, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement;
    }

    [Fact]
    public void More_agents_raise_service_level_significantly_for_the_same_customers()
    {
        using var directory = new TemporaryDirectory();

        var json = Json(CliRunner.BankScenario, MoreAgents(directory), "--replications", "10");

        Assert.Equal("Retail bank – weekday", json.GetProperty("baseline").GetString());
        Assert.Equal(2, json.GetProperty("options").GetArrayLength());
        var difference = json.GetProperty("differences")[0].GetProperty("kpis");
        Assert.True(difference.GetProperty("serviceLevel").GetProperty("mean").GetDouble() > 0);
        Assert.True(difference.GetProperty("serviceLevel").GetProperty("significant").GetBoolean());
        Assert.True(difference.GetProperty("abandonmentRate").GetProperty("ciHigh").GetDouble() < 0);
        // Common random numbers: both options saw exactly the same contacts.
        Assert.Equal(0, difference.GetProperty("offered").GetProperty("mean").GetDouble());
        Assert.Equal("Bank + 4 at peak", json.GetProperty("best").GetProperty("serviceLevel").GetString());
        Assert.Equal("Retail bank – weekday", json.GetProperty("best").GetProperty("costPerContact").GetString());
    }

    [Fact]
    public void Paired_differences_are_far_tighter_than_the_options_own_intervals()
    {
        using var directory = new TemporaryDirectory();

        var json = Json(CliRunner.BankScenario, MoreAgents(directory), "--replications", "10");

        var own = json.GetProperty("options")[1].GetProperty("kpis").GetProperty("serviceLevel");
        var paired = json.GetProperty("differences")[0].GetProperty("kpis").GetProperty("serviceLevel");
        double ownWidth = own.GetProperty("ciHigh").GetDouble() - own.GetProperty("ciLow").GetDouble();
        double pairedWidth = paired.GetProperty("ciHigh").GetDouble() - paired.GetProperty("ciLow").GetDouble();
        Assert.True(pairedWidth < ownWidth / 2, $"paired {pairedWidth} vs own {ownWidth}");
    }

    [Fact]
    public void A_scenario_compared_with_itself_differs_by_exactly_nothing()
    {
        var json = Json(CliRunner.BankScenario, CliRunner.BankScenario, "--replications", "4");

        foreach (var kpi in json.GetProperty("differences")[0].GetProperty("kpis").EnumerateObject())
        {
            if (kpi.Value.GetProperty("mean").ValueKind == JsonValueKind.Null) continue;
            Assert.Equal(0, kpi.Value.GetProperty("mean").GetDouble());
            Assert.False(kpi.Value.GetProperty("significant").GetBoolean());
        }
        Assert.Equal(JsonValueKind.Object, json.GetProperty("best").ValueKind);
        Assert.False(json.GetProperty("best").TryGetProperty("serviceLevel", out _)); // a tie has no best
    }

    [Fact]
    public void Table_and_markdown_mark_significant_differences_and_the_best_option()
    {
        using var directory = new TemporaryDirectory();
        string plus = MoreAgents(directory);

        var table = CliRunner.Run("compare", CliRunner.BankScenario, plus, "--replications", "5");
        var markdown = CliRunner.Run("compare", CliRunner.BankScenario, plus, "--replications", "5", "--format", "markdown");

        Assert.Matches(@"│ Service level, all \(own targets\)\s+│\s+\d+\.\d% │ \d+\.\d% \(\+\d+\.\d pts\*\) ◀ │", table.Output);
        Assert.Contains("| KPI | Retail bank – weekday | Bank + 4 at peak |", markdown.Output);
        Assert.Matches(@"\| Service level, all \(own targets\) \| \d+\.\d% \| \d+\.\d% \(\+\d+\.\d pts\*\) ◀ \|", markdown.Output);
    }

    [Fact]
    public void Csv_has_a_row_per_option_and_kpi()
    {
        using var directory = new TemporaryDirectory();

        var result = CliRunner.Run("compare", CliRunner.BankScenario, MoreAgents(directory), "--replications", "3", "--format", "csv");

        var lines = result.Output.TrimEnd().Split('\n');
        Assert.Equal("\uFEFFoption,kpi,mean,ciLow,ciHigh,difference,differenceCiLow,differenceCiHigh,significant,best", lines[0].TrimEnd('\r'));
        int kpis = Simulator.Core.Simulation.KpiCatalogue.All.Count;
        int costs = Simulator.Core.Simulation.CostCatalogue.All.Count;
        Assert.Equal(1 + 2 * (kpis + costs), lines.Length);
        Assert.StartsWith("Bank + 4 at peak,serviceLevel,", lines[1 + kpis + costs]);
        // Four more heads at the peak cost more agent hours, paired replication by replication: a difference with no spread.
        Assert.Matches(@"^Bank \+ 4 at peak,cost\.agentHours,[\d.]+,[\d.]+,[\d.]+,[\d.]+,[\d.]+,[\d.]+,true,$", lines[1 + 2 * kpis + costs].TrimEnd('\r'));
    }

    [Fact]
    public void One_file_without_variants_or_a_bad_file_is_refused_before_anything_runs()
    {
        CliRunner.AssertBadInput(CliRunner.Run("compare", RepositoryPaths.Scenario("reference-model.yaml")), "nothing to compare with the baseline");
        CliRunner.AssertBadInput(CliRunner.Run("compare", CliRunner.BankScenario, "missing.yaml"),
            "missing.yaml:1:1: cannot read the scenario file: no such file");
        CliRunner.AssertBadInput(CliRunner.Run("compare", CliRunner.BankScenario, CliRunner.BankScenario, "--format", "pdf"), "Argument 'pdf' not recognized");
    }
}
