using System.Text.Json;

namespace Simulator.Cli.Tests;

/// <summary><c>ccsim live --feed</c>: a real centre's events drive the centre; bad lines are reported with their number and skipped.</summary>
public class LiveFeedTests
{
    private static string Day => RepositoryPaths.Scenario(Path.Combine("history", "hidden-availability-day.yaml"));

    [Fact]
    public void The_centre_counts_what_the_feed_reports_and_names_each_bad_line()
    {
        using var directory = new TemporaryDirectory();
        string feed = directory.File("feed.jsonl");
        File.WriteAllLines(feed,
        [
            """{"time": "2024-03-04 08:00:00", "event": "agent", "agent": "a1", "group": "agents", "state": "ready"}""",
            """{"time": "2024-03-04 08:00:05", "event": "arrival", "contact": "c1", "type": "general"}""",
            """{"time": "2024-03-04 08:00:09", "event": "arrival", "contact": "c2", "type": "general"}""",
            """{"time": "2024-03-04 08:00:10", "event": "answer", "contact": "c1", "agent": "a1"}""",
            """{"time": "2024-03-04 08:00:11", "event": "arrival", "contact": "c3", "type": "general"}""",
            """{"time": "2024-03-04 08:00:12", "event": "arrival" """,
            """{"time": "2024-03-04 08:00:45", "event": "abandon", "contact": "c2"}""",
            "",
            """{"time": "2024-03-04 08:01:00", "event": "answer", "contact": "nobody", "agent": "a1"}""",
            """{"time": "2024-03-04 08:04:10", "event": "end", "contact": "c1"}""",
            """{"time": "2024-03-04 08:04:12", "event": "answer", "contact": "c3", "agent": "a1"}""",
            """{"time": "yesterday", "event": "arrival", "contact": "c4", "type": "general"}""",
        ]);

        var live = CliRunner.Run("live", Day, "--feed", feed, "--no-dashboard", "--format", "json");

        Assert.True(live.ExitCode == 0, live.Error);
        Assert.Contains("feed line 6: not JSON", live.Error);
        Assert.Contains("feed line 9: no contact 'nobody' is waiting", live.Error);
        Assert.Contains("feed line 12: \"time\": expected a local date and time", live.Error);
        Assert.Equal(3, live.Error.Split('\n').Count(l => l.StartsWith("feed line", StringComparison.Ordinal)));
        var kpis = JsonDocument.Parse(live.Output).RootElement.GetProperty("kpis");
        double Kpi(string name) => kpis.GetProperty(name).GetProperty("mean").GetDouble();
        Assert.Equal(3, Kpi("offered"));
        Assert.Equal(2, Kpi("answered"));
        Assert.Equal(1, Kpi("abandoned"));
        Assert.Equal((5 + 241) / 2.0, Kpi("averageSpeedOfAnswerSeconds"), 6);
        Assert.Equal(1 / 3.0, Kpi("serviceLevel"), 6); // c1 within 20 s; c2 abandoned, c3 after 4 minutes
    }

    [Fact]
    public void A_missing_feed_file_is_named()
    {
        CliRunner.AssertBadInput(CliRunner.Run("live", Day, "--feed", "no-such-feed.jsonl", "--no-dashboard"),
            "--feed: no-such-feed.jsonl: cannot read the feed: no such file.");
    }

    [Fact]
    public void A_feed_and_a_replay_together_are_refused()
    {
        CliRunner.AssertBadInput(CliRunner.Run("live", Day, "--feed", "-", "--replay", "day.csv", "--no-dashboard"),
            "--feed: a centre follows a feed or replays a log");
    }
}
