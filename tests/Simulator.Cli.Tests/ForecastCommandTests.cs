using System.Text.Json;
using MiniExcelLibs;

namespace Simulator.Cli.Tests;

/// <summary><c>ccsim forecast</c> on the shipped example year: its outputs, its scenario, its refusals.</summary>
public class ForecastCommandTests
{
    private static string History => HistoryCommandTests.ExampleHistory;

    private static string SpecialDays => Path.Combine(RepositoryPaths.Root(), "scenarios", "history", "special-days.csv");

    private static string Template => Path.Combine(RepositoryPaths.Root(), "scenarios", "history", "retail-bank-template.yaml");

    private static readonly string[] Week = ["--start", "2025-01-06", "--days", "7"];

    [Fact]
    public void Json_has_exactly_the_documented_keys()
    {
        var result = CliRunner.Run(["forecast", History, .. Week, "--format", "json"]);

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(["method", "backtest", "forecast"], json.EnumerateObject().Select(p => p.Name));
        Assert.Contains(json.GetProperty("method").GetString(), new[] { "seasonal-naive", "weekday-median", "weekday-profile", "holt-winters" });
        Assert.All(json.GetProperty("backtest").EnumerateArray(), b => Assert.Equal(["method", "wape", "mase"], b.EnumerateObject().Select(p => p.Name)));
        var first = json.GetProperty("forecast")[0];
        Assert.Equal(["start", "contactType", "offered", "offeredLow80", "offeredHigh80", "offeredLow95", "offeredHigh95", "ahtSeconds"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("2025-01-06T08:00", "general"), (first.GetProperty("start").GetString(), first.GetProperty("contactType").GetString()));
        Assert.True(first.GetProperty("offeredLow95").GetDouble() < first.GetProperty("offeredLow80").GetDouble());
        Assert.True(first.GetProperty("offeredHigh80").GetDouble() < first.GetProperty("offeredHigh95").GetDouble());
        Assert.Equal(2 * 7 * 24, json.GetProperty("forecast").GetArrayLength());
    }

    [Fact]
    public void The_table_shows_the_backtest_and_daily_totals_with_special_days()
    {
        var result = CliRunner.Run("forecast", History, "--start", "2024-12-30", "--days", "7", "--special-days", SpecialDays, "--method", "weekday-profile");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("7 days from 2024-12-30, method weekday-profile.", result.Output);
        Assert.Matches(@"│ weekday-profile │\s+\d+\.\d% │\s+0\.\d+ │\s+chosen │", result.Output);
        Assert.Matches(@"│ seasonal-naive  │\s+\d+\.\d% │\s+\d\.\d+ │\s+baseline │", result.Output);
        Assert.Matches(@"│ 2025-01-01 │\s+Wed │ general\s+│\s+0 │\s+0–0 │\s+0–0 │", result.Output);
        Assert.Contains("New Year's Day", result.Output);
        Assert.Contains("The forecast starts inside the history", result.Output);
    }

    [Fact]
    public void A_workbook_has_the_forecast_the_daily_totals_and_the_backtest()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("forecast.xlsx");

        var result = CliRunner.Run(["forecast", History, .. Week, "--format", "xlsx", "--output", path]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["forecast", "daily", "backtest"], MiniExcel.GetSheetNames(path));
        var rows = MiniExcel.Query(path, useHeaderRow: true, sheetName: "forecast").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2 * 7 * 24, rows.Count);
        Assert.Equal(new DateTime(2025, 1, 6, 8, 0, 0), rows[0]["start"]);
    }

    [Fact]
    public void A_workbook_needs_an_output_file() =>
        CliRunner.AssertBadInput(CliRunner.Run(["forecast", History, .. Week, "--format", "xlsx"]),
            "--format xlsx writes a workbook, not text: give --output PATH");

    [Fact]
    public void The_written_scenario_validates_says_where_its_numbers_came_from_and_staff_takes_it()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("forecast.yaml");

        var result = CliRunner.Run(["forecast", History, .. Week, "--special-days", SpecialDays, "--scenario", Template, "--write-scenario", path, "--report",
            directory.File("report")]);

        Assert.Equal(0, result.ExitCode);
        string text = File.ReadAllText(path);
        Assert.StartsWith($"# Written by ccsim forecast from the template {Template}.", text);
        Assert.Contains("# The template's opening hours, 08:00-20:00 (Saturday 09:00-14:00, Sunday closed), cut the forecast:", text);
        Assert.Contains("days: 7", text);
        Assert.Equal(0, CliRunner.Run("validate", path).ExitCode);
        var staff = CliRunner.Run("staff", path, "--format", "json");
        Assert.Equal(0, staff.ExitCode);
        Assert.Equal(2 * 7 * 24, JsonDocument.Parse(staff.Output).RootElement.GetProperty("intervals").GetArrayLength());
        Assert.True(File.Exists(directory.File(Path.Combine("report", "forecast-general.png"))));
        Assert.Contains("| holt-winters |", File.ReadAllText(directory.File(Path.Combine("report", "report.md"))));
    }

    [Fact]
    public void A_template_without_the_historys_contact_types_writes_nothing()
    {
        using var directory = new TemporaryDirectory();
        string path = directory.File("forecast.yaml");

        var result = CliRunner.Run(["forecast", History, .. Week, "--scenario", CliRunner.BankScenario, "--write-scenario", path, "--output",
            directory.File("out.json")]);

        CliRunner.AssertBadInput(result, "the history has contact type billing that the template does not; its contact types are general, cards.");
        Assert.Empty(Directory.GetFiles(directory.Path));
    }

    [Theory]
    [InlineData("--start", "06/01/2025", "--start: expected an ISO date such as 2025-01-06, but found \"06/01/2025\".")]
    [InlineData("--days", "0", "--days: expected a whole number from 1 to 3,660, but found \"0\".")]
    [InlineData("--scenario", "x.yaml", "--scenario TEMPLATE and --write-scenario PATH go together")]
    [InlineData("--special-days", "no-such-file.csv", "no-such-file.csv: cannot read the special-days file: no such file.")]
    public void A_bad_option_exits_1_saying_what_was_expected(string option, string value, string expected)
    {
        string[] args = option switch
        {
            "--start" => ["forecast", History, "--start", value, "--days", "7"],
            "--days" => ["forecast", History, "--start", "2025-01-06", "--days", value],
            _ => ["forecast", History, .. Week, option, value],
        };

        CliRunner.AssertBadInput(CliRunner.Run(args), expected);
    }

    [Fact]
    public void Too_little_history_is_refused_with_what_is_needed()
    {
        using var directory = new TemporaryDirectory();
        string file = directory.File("short.csv");
        File.WriteAllLines(file, File.ReadLines(History).Take(400));

        var result = CliRunner.Run("forecast", file, "--start", "2024-02-05", "--days", "7", "--method", "holt-winters");

        CliRunner.AssertBadInput(result, "but the method holt-winters needs at least 42: 28 to fit (holt-winters) and 14 to backtest it on");
    }

    [Fact]
    public void Help_lists_every_option()
    {
        var result = CliRunner.Run("forecast", "--help");

        foreach (var option in new[] { "--start", "--days", "--interval", "--columns", "--mapping", "--time-zone", "--special-days", "--method", "--format",
            "--output", "--report", "--scenario", "--write-scenario" })
        {
            Assert.Contains(option, result.Output);
        }
        Assert.Contains("auto", result.Output);
    }
}
