using Simulator.Cli.Commands;
using Simulator.Cli.Live;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;
using Simulator.Grains.Live;
using Simulator.Reports;

namespace Simulator.Cli.Tests;

public class LiveCommandTests
{
    [Fact]
    public void A_live_day_at_max_speed_prints_exactly_what_run_prints_for_one_replication()
    {
        string scenario = RepositoryPaths.Scenario("bank-chatbot.yaml");

        var live = CliRunner.Run("live", scenario, "--speed", "max", "--no-dashboard", "--format", "json");
        var run = CliRunner.Run("run", scenario, "--replications", "1", "--format", "json");

        Assert.True(live.ExitCode == 0, live.Error);
        Assert.Equal(run.Output, live.Output);
    }

    [Fact]
    public void A_speed_beyond_what_the_pacer_can_follow_runs_as_fast_as_possible_and_finishes()
    {
        // 1,000,000×: the day used to end before the command subscribed to it, and the command waited for an end it had missed.
        var fast = CliRunner.Run("live", CliRunner.BankScenario, "--speed", "1000000", "--no-dashboard", "--format", "json");
        var max = CliRunner.Run("live", CliRunner.BankScenario, "--speed", "max", "--no-dashboard", "--format", "json");

        Assert.True(fast.ExitCode == 0, fast.Error);
        Assert.Contains("--speed 1,000,000: faster than the live pacer can follow (60,000×); the day runs as fast as possible.", fast.Error);
        Assert.Equal(max.Output, fast.Output);
    }

    [Fact]
    public void Another_replication_and_seed_give_another_day()
    {
        var first = CliRunner.Run("live", CliRunner.BankScenario, "--speed", "max", "--no-dashboard", "--format", "json");
        var other = CliRunner.Run("live", CliRunner.BankScenario, "--speed", "max", "--no-dashboard", "--format", "json", "--replication", "3");

        Assert.True(other.ExitCode == 0, other.Error);
        Assert.NotEqual(first.Output, other.Output);
    }

    [Fact]
    public void A_day_quit_early_is_labelled_partial_with_the_time_it_stopped()
    {
        var scenario = ScenarioLoader.Load(CliRunner.BankScenario);
        var stopped = new CentreStatus(3_000, 1, new TimeSpan(8, 50, 0), true, false, [], [],
            ServiceToday.None);

        Assert.Equal("Partial day: stopped at 08:50 on day 1 of 1 (open 08:00–20:00); KPIs and costs are those until then.",
            LiveCommand.PartialDay(scenario, stopped));
    }

    [Fact]
    public void A_bad_speed_is_bad_input()
    {
        CliRunner.AssertBadInput(CliRunner.Run("live", CliRunner.BankScenario, "--speed", "fast", "--no-dashboard"),
            "--speed: expected simulated seconds per wall second");
        CliRunner.AssertBadInput(CliRunner.Run("live", CliRunner.BankScenario, "--speed", "0", "--no-dashboard"),
            "a number greater than 0 such as 60, or 'max'");
    }

    [Fact]
    public void The_dashboard_shows_queues_agents_today_and_the_keys()
    {
        var centre = new CentreStatus(
            Time: 9_000, Day: 1, TimeOfDay: TimeSpan.FromHours(10.5), Open: true, Finished: false,
            Queues: [new QueueStatus("general", 12, 95.4, true), new QueueStatus("cards", 0, 0, false)],
            Groups: [new GroupStatus("generalists", 25, 25, 0, 5)],
            Today: new ServiceToday(
                Offered: 1_234, Answered: 1_180, Abandoned: 50, ServiceLevel: 0.834, AverageSpeedOfAnswerSeconds: 12.3, AbandonmentRate: 0.041));
        var playback = new LivePlayback(Paused: false, Speed: 60, BehindSeconds: 0, GrainCalls: 9_999);
        var snapshot = new LiveSnapshot(centre, playback, SnapshotReason.WallSecond, Sequence: 7);
        var text = new StringWriter();

        ReportWriter.Render(text, LiveDashboard.Render("Bank", snapshot, [0.95, 0.9, 0.5, double.NaN, 0.0, 1.0], "generalists", "general",
            "+5 agents in generalists"));

        string shown = text.ToString();
        Assert.Contains("Bank · day 1 10:30 · open · speed 60×", shown);
        Assert.Matches(@"▶ general\s*│\s*12 │\s*95.4 s │\s*on", shown);
        Assert.Matches(@"▶ generalists\s*│\s*25 │\s*25 │\s*0 │\s*\+5", shown);
        Assert.Contains("service level 83.4%, ASA 12.3 s, abandonment 4.1%; offered 1,234", shown);
        Assert.Contains("Service level by interval: ██▅ ▁█", shown);
        Assert.Contains("+5 agents in generalists", shown);
        Assert.Contains("p pause/resume", shown);
    }
}
