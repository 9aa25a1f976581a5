using System.Text.Json;

namespace Simulator.Cli.Tests;

/// <summary><c>ccsim history</c> on the shipped example year, and on bad files.</summary>
public class HistoryCommandTests
{
    public static string ExampleHistory => Path.Combine(RepositoryPaths.Root(), "scenarios", "history", "retail-bank-2024.csv");

    [Fact]
    public void Json_has_exactly_the_documented_keys()
    {
        var result = CliRunner.Run("history", ExampleHistory, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(["days", "from", "to", "contactTypes", "profile", "outlierDays"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2024-01-02", json.GetProperty("from").GetString());
        Assert.Equal(365, json.GetProperty("days").GetInt32());
        Assert.Equal(["general", "billing"], json.GetProperty("contactTypes").EnumerateArray().Select(t => t.GetProperty("contactType").GetString()));
        var outlier = json.GetProperty("outlierDays").EnumerateArray().First(o => o.GetProperty("date").GetString() == "2024-02-29");
        Assert.Equal(["date", "contactType", "offered", "expected", "ratio"], outlier.EnumerateObject().Select(p => p.Name));
        Assert.InRange(outlier.GetProperty("ratio").GetDouble(), 0.3, 0.4);
        var cell = json.GetProperty("profile")[0];
        Assert.Equal(["contactType", "weekday", "start", "offered", "ahtSeconds", "days"], cell.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("monday", "08:00"), (cell.GetProperty("weekday").GetString(), cell.GetProperty("start").GetString()));
        var gap = json.GetProperty("contactTypes")[0].GetProperty("gaps")[0];
        Assert.Equal("2024-03-29T08:00", gap.GetProperty("from").GetString());
    }

    [Fact]
    public void The_table_shows_totals_gaps_the_profile_and_the_outlier_days()
    {
        var result = CliRunner.Run("history", ExampleHistory);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"{ExampleHistory}: interval history, 30m intervals, 2024-01-02 to 2024-12-31 (365 days)", result.Output);
        Assert.Contains("Gaps (intervals the centre is normally open that the file does not have; left unknown, not filled): 8", result.Output);
        Assert.Contains("general: mean offered per interval by weekday", result.Output);
        Assert.Matches(@"│ 2024-02-29 │ thursday\s+│ general\s+│", result.Output);
    }

    [Fact]
    public void Csv_is_the_weekday_by_time_of_day_profile()
    {
        var result = CliRunner.Run("history", ExampleHistory, "--format", "csv");

        var lines = result.Output.TrimEnd().Split('\n');
        Assert.Equal("\uFEFFcontactType,weekday,start,offered,ahtSeconds,days", lines[0].TrimEnd('\r'));
        Assert.Equal(2 * (5 * 24 + 10) + 1, lines.Length);
    }

    [Fact]
    public void A_report_has_the_daily_volume_and_a_heatmap_per_contact_type()
    {
        using var directory = new TemporaryDirectory();

        var result = CliRunner.Run("history", ExampleHistory, "--report", directory.Path);

        Assert.Equal(0, result.ExitCode);
        foreach (var name in new[] { "daily-volume", "weekday-profile-general", "weekday-profile-billing" })
        {
            Assert.True(File.Exists(directory.File(name + ".png")), name);
            Assert.True(File.Exists(directory.File(name + ".svg")), name);
        }
        Assert.Contains("| 2024-02-29 | thursday | general |", File.ReadAllText(directory.File("report.md")));
        Assert.Equal($"Report written to {Path.GetFullPath(directory.File("report.html"))} (report.md and every chart as PNG and SVG beside it).",
            Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)).TrimEnd());
    }

    [Fact]
    public void Columns_and_a_time_zone_are_taken_from_the_command_line()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("calls.csv"), "Date,Time,Calls\n2024-03-04,08:00,12\n2024-03-04,08:30,15\n2024-03-05,08:00,11\n2024-03-05,08:30,14\n");

        var result = CliRunner.Run("history", directory.File("calls.csv"), "--columns", "start=Date+Time,offered=Calls", "--time-zone", "Europe/London",
            "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(52, JsonDocument.Parse(result.Output).RootElement.GetProperty("contactTypes")[0].GetProperty("offered").GetDouble());
    }

    [Fact]
    public void A_bad_cell_exits_1_naming_the_file_row_and_column()
    {
        using var directory = new TemporaryDirectory();
        string file = directory.File("bad.csv");
        File.WriteAllText(file, "start,offered\n2024-03-04 08:00,5\n2024-03-04 08:30,lots\n");

        var result = CliRunner.Run("history", file);

        CliRunner.AssertBadInput(result, $"{file}: row 3, column 'offered': expected a number of contacts ≥ 0, but found \"lots\".");
    }

    [Theory]
    [InlineData("--time-zone", "Mars/Olympus", "--time-zone: 'Mars/Olympus' is not a time zone this machine knows")]
    [InlineData("--interval", "7m", "--interval: an interval of 7m does not cut a day into whole intervals")]
    [InlineData("--columns", "offerd=calls", "--columns: 'offerd' is not a history column")]
    [InlineData("--mapping", "no-such-mapping.yaml", "no-such-mapping.yaml: cannot read the column mapping file: no such file.")]
    public void A_bad_option_exits_1_saying_what_was_expected(string option, string value, string expected) =>
        CliRunner.AssertBadInput(CliRunner.Run("history", ExampleHistory, option, value), expected);
}
