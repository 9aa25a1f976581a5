using System.Text.Json;

namespace Simulator.Cli.Tests;

/// <summary>The README's tour from history to a staffed week: each command succeeds, and each takes what the one before wrote.</summary>
public class HistoryTourTests
{
    private static string History => RepositoryPaths.Scenario(Path.Combine("history", "retail-bank-2024.csv"));

    private static string SpecialDays => RepositoryPaths.Scenario(Path.Combine("history", "special-days.csv"));

    private static string Template => RepositoryPaths.Scenario(Path.Combine("history", "retail-bank-template.yaml"));

    [Fact]
    public void History_forecast_staff_and_run_chain_into_a_week_with_a_calendar()
    {
        using var directory = new TemporaryDirectory();
        string week = directory.File("week.yaml");

        Assert.Equal(0, CliRunner.Run("history", History).ExitCode);
        var forecast = CliRunner.Run("forecast", History, "--start", "2025-01-06", "--days", "7", "--special-days", SpecialDays,
            "--scenario", Template, "--write-scenario", week);
        Assert.Equal(0, forecast.ExitCode);
        string text = File.ReadAllText(week);
        Assert.Contains("startDate: 2025-01-06", text);
        Assert.Contains("sunday: closed", text);

        var staff = CliRunner.Run("staff", week, "--format", "json");
        Assert.Equal(0, staff.ExitCode);
        var rows = JsonDocument.Parse(staff.Output).RootElement.GetProperty("intervals").EnumerateArray().ToList();
        Assert.Equal(2 * 7 * 24, rows.Count);
        // Day 7 is Sunday 12 January: closed, so nobody is required.
        Assert.All(rows.Where(r => r.GetProperty("day").GetInt32() == 7), r => Assert.Equal(0, r.GetProperty("requiredAgents").GetInt32()));
        Assert.Contains(rows, r => r.GetProperty("day").GetInt32() == 1 && r.GetProperty("requiredAgents").GetInt32() > 0);

        var run = CliRunner.Run("run", week, "--replications", "2", "--format", "json");
        Assert.Equal(0, run.ExitCode);
    }
}
