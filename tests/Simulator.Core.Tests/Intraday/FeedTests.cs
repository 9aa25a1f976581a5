using Simulator.Core.Intraday;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Intraday;

/// <summary>A live feed of events read line by line and followed: good lines counted, bad ones refused with a reason and skipped.</summary>
public class FeedTests
{
    private static Scenario Day => ScenarioLoader.Load(RepositoryPaths.Scenario(Path.Combine("history", "hidden-availability-day.yaml")));

    private static readonly string[] Lines =
    [
        """{"time": "2024-01-01 08:00:00", "event": "agent", "agent": "a1", "group": "agents", "state": "ready"}""",
        """{"time": "2024-01-01 08:00:05", "event": "arrival", "contact": "c1", "type": "general"}""",
        """{"time": "2024-01-01 08:00:10", "event": "answer", "contact": "c1", "agent": "a1"}""",
        """{"time": "2024-01-01 08:00:12", "event": "arrival", "contact": "c2", "type": "general"}""",
        """not json at all""",
        """{"time": "2024-01-01 08:00:40", "event": "abandon", "contact": "c2"}""",
        """{"time": "2024-01-01 08:00:50", "event": "arrival", "contact": "c3", "type": "mortgages"}""",
        """{"time": "2024-01-01 08:03:10", "event": "end", "contact": "c1"}""",
        """{"time": "2024-01-01 08:03:11", "event": "answer", "contact": "c9", "agent": "a1"}""",
        """{"time": "2024-01-02 08:04:00", "event": "arrival", "contact": "c4", "type": "general"}""",
        """{"time": "2024-01-01 08:04:00", "event": "transfer", "contact": "c4"}""",
        """{"time": "2024-01-01 08:02:00", "event": "arrival", "contact": "c5", "type": "general"}""",
        """{"time": "2024-01-01 08:05:00", "event": "answer", "contact": "c5", "agent": "a1"}""",
        """{"time": "2024-01-01 07:59:00", "event": "arrival", "contact": "c6", "type": "general"}""",
    ];

    private static (FollowedCentre Centre, List<(int Line, string Problem)> Problems) Follow()
    {
        var reader = new FeedReader(Day);
        var centre = new FollowedCentre(Day);
        var problems = new List<(int, string)>();
        for (int i = 0; i < Lines.Length; i++)
        {
            var (e, problem) = reader.Read(Lines[i]);
            problem ??= centre.Apply(e!);
            if (problem is not null) problems.Add((i + 1, problem));
        }
        return (centre, problems);
    }

    [Fact]
    public void Bad_lines_are_refused_with_their_line_number_and_a_reason_and_the_rest_applied()
    {
        var (_, problems) = Follow();

        Assert.Equal([5, 7, 9, 10, 11, 14], problems.Select(p => p.Line));
        Assert.Contains("not JSON", problems[0].Problem);
        Assert.Contains("contact type 'mortgages' is not in the scenario", problems[1].Problem);
        Assert.Contains("no contact 'c9' is waiting", problems[2].Problem);
        Assert.Contains("is not on 2024-01-01", problems[3].Problem);
        Assert.Contains("expected one of arrival, answer, abandon, end, agent", problems[4].Problem);
        Assert.Contains("outside the centre's hours", problems[5].Problem);
    }

    [Fact]
    public void The_centre_counts_what_the_feed_reported_with_late_lines_counted_by_their_own_times()
    {
        var (centre, _) = Follow();
        centre.End();
        var result = centre.Result();

        var day = result.Contacts.Aggregate(new Simulator.Core.Simulation.ContactTally(), (sum, t) => { sum.Add(t); return sum; });
        Assert.Equal(3, day.Offered); // c1, c2 and the late c5
        Assert.Equal(2, day.Answered);
        Assert.Equal(1, day.Abandoned);
        Assert.Equal(1, day.AnsweredWithinThreshold); // c1 after 5 s; c5 after 180 s
        Assert.Equal(5 + 180, day.AnsweredWaitSeconds);
        Assert.Equal(180, day.HandleSeconds);
        Assert.Equal(300, centre.Now); // 08:05: the 08:02 line did not turn the clock back
    }

    [Fact]
    public void The_status_shows_who_waits_and_which_agents_are_busy()
    {
        var reader = new FeedReader(Day);
        var centre = new FollowedCentre(Day);
        foreach (string line in Lines.Take(4)) centre.Apply(reader.Read(line).Event!);

        var status = centre.Status();

        Assert.Equal(1, status.Queues[0].Waiting);
        Assert.Equal(0, status.Queues[0].LongestWaitSeconds);
        Assert.Equal(1, status.Groups[0].Busy);
        Assert.Equal(2, status.Today.Offered);
        Assert.Equal(new TimeSpan(8, 0, 12), status.TimeOfDay);
    }

    [Fact]
    public void A_line_longer_than_any_event_is_refused_unparsed()
    {
        var (e, problem) = new FeedReader(Day).Read(new string(' ', FeedReader.MaxLineLength + 1));

        Assert.Null(e);
        Assert.Contains("longer than", problem);
    }
}
