using System.Text.Json;
using Simulator.Cli.Live;
using Simulator.Core.LookAhead;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Grains.Live;
using Simulator.Reports;

namespace Simulator.Cli.Tests;

/// <summary><c>ccsim live --look-ahead-every</c> writes one look-ahead per period, and the dashboard shows one.</summary>
public class LiveLookAheadTests
{
    [Fact]
    public void Every_four_hours_at_speed_max_writes_one_json_line_per_open_instant_the_same_on_every_run()
    {
        string[] args = ["live", CliRunner.BankScenario, "--speed", "max", "--no-dashboard", "--format", "json", "--look-ahead-every", "4h",
            "--look-ahead-replications", "3"];

        var first = CliRunner.Run(args);
        var again = CliRunner.Run(args);

        Assert.True(first.ExitCode == 0, first.Error);
        var lines = first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["12:00:00", "16:00:00"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("at").GetString()));
        var look = LookAheadCodec.ResultFromJson(lines[0]);
        Assert.Equal(3, look.Replications);
        Assert.Equal(16, look.Intervals.Count); // 12:00 to the close at 20:00 in half hours
        Assert.All(LookAheadResult.Kpis, k => Assert.True(look.WholeDay.ContainsKey(KpiCatalogue.Of(k).Name)));
        Assert.Equal(first.Output, again.Output);
    }

    [Fact]
    public void An_action_on_the_command_line_is_tested_in_each_look_ahead_and_stop_at_ends_them()
    {
        string[] args = ["live", CliRunner.BankScenario, "--speed", "max", "--no-dashboard", "--format", "json", "--look-ahead-every", "2h",
            "--look-ahead-replications", "4", "--stop-at", "12:00", "--look-ahead-add", "generalists=5"];

        var result = CliRunner.Run(args);

        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["10:00:00", "12:00:00"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("at").GetString()));
        var effect = Assert.Single(LookAheadCodec.ResultFromJson(lines[0]).Actions);
        Assert.Contains("generalists", effect.Action);
        Assert.True(effect.WholeDay[KpiCatalogue.Of(Kpi.ServiceLevel).Name].Mean > 0, "five more generalists raise the day's service level");
    }

    [Theory]
    [InlineData("generalists", "--look-ahead-add: expected GROUP=N or GROUP=N@HH:MM")]
    [InlineData("generalists=0", "--look-ahead-add: expected GROUP=N or GROUP=N@HH:MM")]
    [InlineData("night-shift=5", "--look-ahead-add: no agent group 'night-shift' in the scenario; its groups are generalists, card-specialists.")]
    [InlineData("generalists=5@25:00", "--look-ahead-add:")]
    public void Bad_actions_are_bad_input(string value, string expected) =>
        CliRunner.AssertBadInput(CliRunner.Run(["live", CliRunner.BankScenario, "--speed", "max", "--no-dashboard", "--look-ahead-every", "1h",
            "--look-ahead-add", value]), expected);

    [Theory]
    [InlineData("--look-ahead-every", "0m", "--look-ahead-every: expected a duration greater than zero")]
    [InlineData("--look-ahead-replications", "0", "--look-ahead-replications: expected a whole number from 1 to 10,000")]
    [InlineData("--look-ahead-horizon", "soon", "--look-ahead-horizon:")]
    public void Bad_look_ahead_options_are_bad_input(string option, string value, string expected)
    {
        string[] every = option == "--look-ahead-every" ? [] : ["--look-ahead-every", "1h"];
        CliRunner.AssertBadInput(CliRunner.Run(["live", CliRunner.BankScenario, "--speed", "max", "--no-dashboard", .. every, option, value]), expected);
    }

    [Fact]
    public void The_dashboard_shows_a_look_ahead_as_a_compact_table()
    {
        var scenario = ScenarioLoader.Load(CliRunner.BankScenario);
        var live = new Replication(scenario, 0);
        live.Start();
        live.RunUntil(3 * 3_600);
        var look = LookAheadRunner.Run(live, new LookAheadRequest { Replications = 3, Horizon = TimeSpan.FromHours(3) });
        var snapshot = new LiveSnapshot(live.Status(), new LivePlayback(false, 60, 0, 0), SnapshotReason.Request, 1);
        var text = new StringWriter();

        ReportWriter.Render(text, LiveDashboard.Render("Bank", snapshot, [], "generalists", "general", null, look));

        string shown = text.ToString();
        Assert.Contains("Look-ahead 11:00 (R=3)", shown);
        Assert.Matches(@"11:00\s*│\s*\d+\.\d%", shown);
        Assert.Contains("to 14:00", shown);
        Assert.Contains("day 1", shown);
        Assert.DoesNotContain("12:00 ", shown.Split("to 14:00")[1]); // four rows at most, then the window and the day
        Assert.Contains("l look ahead", shown);
    }
}
