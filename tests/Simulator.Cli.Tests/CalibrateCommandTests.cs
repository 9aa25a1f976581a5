using System.Text.Json;

namespace Simulator.Cli.Tests;

/// <summary><c>ccsim calibrate</c>: the documented JSON keys, the written scenario, and every bad input named.</summary>
public class CalibrateCommandTests
{
    private static string History(string file) => Path.Combine(RepositoryPaths.Root(), "scenarios", "history", file);

    private static string Template => History("calibration-template.yaml");

    private const string Header = "arrival,contactType,outcome,waitSeconds,handleSeconds\n";

    private static string Log(TemporaryDirectory directory, int contacts, bool abandons, string type = "general")
    {
        var text = new System.Text.StringBuilder(Header);
        for (int k = 0; k < contacts; k++)
        {
            var at = new DateTime(2024, 1, 1, 8, 0, 0).AddSeconds(k * 36_000.0 / contacts);
            bool abandoned = abandons && k % 7 == 0;
            text.Append($"{at:yyyy-MM-dd HH:mm:ss},{type},{(abandoned ? "abandoned" : "answered")},{(k % 5) * 4},{(abandoned ? "" :
                (200 + k % 90).ToString())}\n");
        }
        string path = directory.File("log.csv");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    [Fact]
    public void Json_has_the_documented_keys_and_the_written_scenario_reads_back()
    {
        using var directory = new TemporaryDirectory();
        string log = directory.File("day.csv"), written = directory.File("calibrated.yaml");
        Assert.Equal(0, CliRunner.Run("run", History("hidden-availability-day.yaml"), "--replications", "1", "--contacts", log).ExitCode);

        var result = CliRunner.Run("calibrate", log, "--scenario", Template, "--replications", "4", "--format", "json", "--write-scenario", written);

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Output).RootElement;
        foreach (var key in new[] { "handleTime", "patience", "availability", "before", "after" }) Assert.True(json.TryGetProperty(key, out _), key);
        var interval = json.GetProperty("availability")[0];
        Assert.Equal(["start", "heads", "effectiveAgents"], interval.EnumerateObject().Select(p => p.Name));
        foreach (var day in new[] { "before", "after" })
        {
            foreach (var kpi in new[] { "serviceLevel", "abandonmentRate", "averageSpeedOfAnswerSeconds" })
            {
                Assert.Equal(["mean", "ciLow", "ciHigh", "observed"], json.GetProperty(day).GetProperty(kpi).EnumerateObject().Select(p => p.Name));
            }
        }
        string text = File.ReadAllText(written);
        Assert.Contains("# general patience: exponential", text);
        Assert.Contains("shrinkage: [", text);
        Assert.Equal(0, CliRunner.Run("validate", written).ExitCode);
    }

    [Fact]
    public void A_history_without_abandonment_keeps_the_templates_patience_and_says_so()
    {
        using var directory = new TemporaryDirectory();

        var result = CliRunner.Run("calibrate", Log(directory, 400, abandons: false), "--scenario", Template, "--replications", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("patience not identifiable", result.Output);
        Assert.Contains("exponential, mean 600.0 s", result.Output);
    }

    [Fact]
    public void Too_few_contacts_are_refused()
    {
        using var directory = new TemporaryDirectory();

        CliRunner.AssertBadInput(CliRunner.Run("calibrate", Log(directory, 20, abandons: true), "--scenario", Template), "calibration needs at least 50");
    }

    [Fact]
    public void A_template_whose_contact_types_do_not_match_is_refused()
    {
        using var directory = new TemporaryDirectory();
        string written = directory.File("out.yaml");

        CliRunner.AssertBadInput(CliRunner.Run("calibrate", Log(directory, 400, abandons: true, type: "billing"), "--scenario", Template, "--write-scenario",
            written),
            "the history has contact type billing that the template does not; its contact types are general.");
        Assert.False(File.Exists(written));
    }

    [Fact]
    public void Interval_history_with_heads_missing_is_refused()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("intervals.csv");
        var rows = Enumerable.Range(0, 20).Select(k =>
            $"2024-01-01 {new TimeSpan(8, 0, 0) + TimeSpan.FromMinutes(30 * k):hh\\:mm},general,100,90,10,240,20,{(k == 5 ? "" : "30")}");
        File.WriteAllText(path, "start,contactType,offered,answered,abandoned,ahtSeconds,asaSeconds,agents\n" + string.Join('\n', rows) + "\n");

        CliRunner.AssertBadInput(CliRunner.Run("calibrate", path, "--scenario", Template), "heads missing for general on 2024-01-01 10:30");
    }
}
