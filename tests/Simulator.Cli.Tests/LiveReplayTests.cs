using System.Text.Json;

namespace Simulator.Cli.Tests;

/// <summary><c>ccsim live --replay</c>: a real day's contacts instead of generated ones, and the bad inputs it refuses.</summary>
public class LiveReplayTests
{
    private static string Day => RepositoryPaths.Scenario(Path.Combine("history", "hidden-availability-day.yaml"));

    private static string Log(TemporaryDirectory directory)
    {
        string log = directory.File("day.csv");
        var run = CliRunner.Run("run", Day, "--replications", "1", "--contacts", log);
        Assert.True(run.ExitCode == 0, run.Error);
        return log;
    }

    [Fact]
    public void A_replayed_log_gives_the_figures_history_reads_from_the_same_log()
    {
        using var directory = new TemporaryDirectory();
        string log = Log(directory);

        var history = JsonDocument.Parse(CliRunner.Run("history", log, "--format", "json").Output).RootElement.GetProperty("contactTypes")[0];
        var live = CliRunner.Run("live", Day, "--replay", log, "--speed", "max", "--no-dashboard", "--format", "json");

        Assert.True(live.ExitCode == 0, live.Error);
        Assert.Contains("Replaying 2024-01-01", live.Error);
        var kpis = JsonDocument.Parse(live.Output).RootElement.GetProperty("kpis");
        double Kpi(string name) => kpis.GetProperty(name).GetProperty("mean").GetDouble();
        Assert.Equal(history.GetProperty("offered").GetDouble(), Kpi("offered"));
        Assert.Equal(history.GetProperty("answered").GetDouble(), Kpi("answered"));
        Assert.Equal(history.GetProperty("abandoned").GetDouble(), Kpi("abandoned"));
        Assert.Equal(history.GetProperty("asaSeconds").GetDouble(), Kpi("averageSpeedOfAnswerSeconds"), 0.05);
        Assert.Equal(history.GetProperty("ahtSeconds").GetDouble(), Kpi("averageHandleTimeSeconds"), 0.05);
    }

    [Fact]
    public void A_replay_stopped_at_half_past_eleven_reports_the_morning_and_its_reforecast()
    {
        using var directory = new TemporaryDirectory();
        string log = Log(directory);

        var live = CliRunner.Run("live", Day, "--replay", log, "--speed", "max", "--no-dashboard", "--format", "json", "--stop-at", "11:30");

        Assert.True(live.ExitCode == 0, live.Error);
        var root = JsonDocument.Parse(live.Output).RootElement;
        Assert.Equal("11:30", root.GetProperty("stoppedAt").GetProperty("time").GetString());
        var reforecast = root.GetProperty("reforecast");
        // 08:00–11:30 of the scenario's forecast: 120 + 160 + 210 + 250 + 270 + 280 + 260 = 1,550.
        Assert.Equal(1_550, reforecast.GetProperty("forecastSoFar").GetDouble(), 1);
        double actual = reforecast.GetProperty("actualSoFar").GetDouble();
        Assert.Equal(actual, root.GetProperty("kpis").GetProperty("offered").GetProperty("mean").GetDouble());
        double factor = (actual + 100) / (1_550 + 100);
        Assert.Equal(factor, reforecast.GetProperty("contactTypes")[0].GetProperty("factor").GetDouble(), 3);
        Assert.Equal(reforecast.GetProperty("forecastRest").GetDouble() * factor, reforecast.GetProperty("reforecastRest").GetDouble(), 0);
    }

    [Fact]
    public void A_missing_log_is_named()
    {
        CliRunner.AssertBadInput(CliRunner.Run("live", Day, "--replay", "no-such-log.csv", "--speed", "max", "--no-dashboard"),
            "--replay: no-such-log.csv: cannot read the contact log: no such file.");
    }

    [Fact]
    public void Interval_history_is_not_a_log_to_replay()
    {
        string intervals = RepositoryPaths.Scenario(Path.Combine("history", "retail-bank-2024.csv"));
        CliRunner.AssertBadInput(CliRunner.Run("live", Day, "--replay", intervals, "--speed", "max", "--no-dashboard"),
            "is interval history, not a contact log");
    }

    [Fact]
    public void A_day_the_log_does_not_hold_is_refused_with_the_days_it_does()
    {
        using var directory = new TemporaryDirectory();
        string log = Log(directory);

        CliRunner.AssertBadInput(CliRunner.Run("live", Day, "--replay", log, "--day", "2024-03-04", "--speed", "max", "--no-dashboard"),
            "has no contacts on 2024-03-04; it covers one day, 2024-01-01.");
        CliRunner.AssertBadInput(CliRunner.Run("live", Day, "--replay", log, "--day", "04/03/2024", "--speed", "max", "--no-dashboard"),
            "--day: expected a date such as 2024-03-04");
        CliRunner.AssertBadInput(CliRunner.Run("live", Day, "--day", "2024-01-01", "--speed", "max", "--no-dashboard"), "give the log with --replay");
    }

    [Fact]
    public void A_contact_type_the_scenario_lacks_is_named_with_its_row()
    {
        using var directory = new TemporaryDirectory();
        string log = directory.File("types.csv");
        File.WriteAllText(log, "arrival,contactType,outcome,waitSeconds,handleSeconds\n" +
            "2024-01-01 08:00:05,general,answered,0,100\n" +
            "2024-01-01 08:00:09,mortgages,answered,0,100\n");

        CliRunner.AssertBadInput(CliRunner.Run("live", Day, "--replay", log, "--speed", "max", "--no-dashboard"),
            "row 3, column 'contactType': contact type 'mortgages' is not in the scenario");
    }

    [Fact]
    public void A_stop_outside_the_opening_hours_is_refused()
    {
        CliRunner.AssertBadInput(CliRunner.Run("live", Day, "--stop-at", "19:00", "--speed", "max", "--no-dashboard"),
            "--stop-at: 19:00 is outside the centre's hours (08:00–18:00)");
        CliRunner.AssertBadInput(CliRunner.Run("live", Day, "--stop-at", "noon", "--speed", "max", "--no-dashboard"), "--stop-at: expected");
    }
}
