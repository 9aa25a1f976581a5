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
        var run = JsonDocument.Parse(CliRunner.Run("run", CliRunner.BankScenario, "--variant", "peak-cover", "--replications", "3", "--format", "json").Output)
            .RootElement;
        var compare = JsonDocument.Parse(CliRunner.Run("compare", CliRunner.BankScenario, "--variants", "peak-cover", "--replications", "3", "--format", "json")
            .Output).RootElement;

        Assert.Equal("Bank + 4 at peak", run.GetProperty("scenario").GetString());
        Assert.Equal(
            compare.GetProperty("options")[1].GetProperty("kpis").GetProperty("serviceLevel").GetProperty("mean").GetDouble(),
            run.GetProperty("kpis").GetProperty("serviceLevel").GetProperty("mean").GetDouble());
    }

    [Fact]
    public void Run_of_all_variants_gives_each_with_the_same_numbers_as_running_it_alone()
    {
        var all = JsonDocument.Parse(CliRunner.Run("run", CliRunner.BankScenario, "--variant", "all", "--replications", "3", "--format", "json").Output)
            .RootElement;
        var alone = JsonDocument.Parse(CliRunner.Run("run", CliRunner.BankScenario, "--variant", "shorter-calls", "--replications", "3", "--format", "json")
            .Output).RootElement;

        var variants = all.GetProperty("variants").EnumerateArray().ToList();
        Assert.Equal(["base", "peak-cover", "shorter-calls"], variants.Select(v => v.GetProperty("variant").GetString()));
        static string Compact(JsonElement e) => JsonSerializer.Serialize(e);
        Assert.Equal(Compact(alone.GetProperty("kpis")), Compact(variants[2].GetProperty("result").GetProperty("kpis")));
        CliRunner.AssertBadInput(CliRunner.Run("run", CliRunner.BankScenario, "--variant", "all", "--journal", "j.jsonl"),
            "--variant all: --journal, --resume, --report, --contacts and --precision work on one scenario");
        CliRunner.AssertBadInput(CliRunner.Run("run", RepositoryPaths.Scenario("reference-model.yaml"), "--variant", "all"), "has no variants");
    }

    [Fact]
    public void Run_json_carries_the_policy_kpis_the_cost_breakdown_and_training_pay_back()
    {
        var result = CliRunner.Run("run", RepositoryPaths.Scenario("bank-training.yaml"), "--replications", "2", "--days", "6", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        var json = JsonDocument.Parse(result.Output).RootElement;
        var kpis = json.GetProperty("kpis");
        foreach (var key in new[] { "firstContactResolution", "customersAtRisk", "containmentRate", "costPerResolvedContact", "totalCost" })
        {
            Assert.True(kpis.GetProperty(key).TryGetProperty("ciLow", out _), key);
        }
        Assert.InRange(kpis.GetProperty("firstContactResolution").GetProperty("mean").GetDouble(), 0.6, 0.95);
        var costs = json.GetProperty("costBreakdown");
        double sum = costs.EnumerateObject().Sum(c => c.Value.GetProperty("mean").GetDouble());
        Assert.Equal(kpis.GetProperty("totalCost").GetProperty("mean").GetDouble(), sum, 6);
        Assert.True(costs.GetProperty("trainingFees").GetProperty("mean").GetDouble() > 0);
        var training = Assert.Single(json.GetProperty("training").EnumerateArray());
        Assert.Equal("call-handling", training.GetProperty("id").GetString());
        Assert.Equal(6, json.GetProperty("byDay").GetArrayLength());
        CliRunner.AssertBadInput(CliRunner.Run("run", RepositoryPaths.Scenario("bank-training.yaml"), "--days", "2"), "training 'call-handling'");
    }

    [Fact]
    public void An_unknown_variant_is_bad_input_with_a_suggestion()
    {
        CliRunner.AssertBadInput(CliRunner.Run("run", CliRunner.BankScenario, "--variant", "peak-covr"),
            "has no variant 'peak-covr'; did you mean 'peak-cover'?");
        CliRunner.AssertBadInput(CliRunner.Run("compare", CliRunner.BankScenario, "--variants", "nope"), "has no variant 'nope'");
    }

    [Fact]
    public void Validate_lists_the_variants()
    {
        var result = CliRunner.Run("validate", CliRunner.BankScenario);

        Assert.Contains("20 replications; 2 variants: peak-cover, shorter-calls.", result.Output);
    }
}

public class ReportCommandTests
{
    [Fact]
    public void Compare_report_writes_markdown_html_and_every_chart_as_png_and_svg()
    {
        using var directory = new TemporaryDirectory();
        string report = Path.Combine(directory.Path, "deck");

        var result = CliRunner.Run("compare", CliRunner.BankScenario, "--replications", "3", "--report", report, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        foreach (var chart in new[] { "service-level-by-interval", "abandonment-by-interval", "asa-by-interval", "cost-per-contact", "cost-breakdown",
            "cost-vs-service-level" })
        {
            Assert.True(new FileInfo(Path.Combine(report, chart + ".png")).Length > 10_000, chart);
            Assert.Equal("svg", System.Xml.Linq.XDocument.Load(Path.Combine(report, chart + ".svg")).Root!.Name.LocalName);
        }
        string markdown = File.ReadAllText(Path.Combine(report, "report.md"));
        string html = File.ReadAllText(Path.Combine(report, "report.html"));
        Assert.Contains("| KPI | Retail bank – weekday | Bank + 4 at peak | Bank with 30 s shorter calls |", markdown);
        Assert.Contains("![", markdown);
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(html, "src=\"data:image/png;base64,")); // self-contained
        Assert.DoesNotContain(Directory.GetFiles(report), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Single(result.Error.Split('\n'), line => line.StartsWith($"Report written to {Path.GetFullPath(report)}", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_report_writes_the_single_scenario_subset()
    {
        using var directory = new TemporaryDirectory();

        var result = CliRunner.Run("run", CliRunner.BankScenario, "--replications", "2", "--report", directory.Path, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["abandonment-by-interval", "asa-by-interval", "cost-breakdown", "cost-per-contact", "report", "report", "service-level-by-interval"],
            Directory.GetFiles(directory.Path).Where(f => !f.EndsWith(".svg", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension).Order());
    }
}
