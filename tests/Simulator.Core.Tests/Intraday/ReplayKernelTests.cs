using Simulator.Core.History;
using Simulator.Core.Intraday;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Intraday;

/// <summary>The kernel fed a real day's contacts instead of drawn arrivals.</summary>
public class ReplayKernelTests
{
    private static Scenario HiddenAvailabilityDay => ScenarioLoader.Load(RepositoryPaths.Scenario(Path.Combine("history", "hidden-availability-day.yaml")));

    /// <summary>What a log knows of each contact: arrival, type, an answered contact's handle time, an abandoned one's wait as its patience.</summary>
    private static ReplayDay DayOf(IEnumerable<ContactRecord> records) => new(new DateOnly(2024, 1, 1), [.. records
        .Where(r => r.Outcome != ContactOutcome.Contained)
        .OrderBy(r => r.ArrivalSeconds)
        .Select((r, row) => r.Outcome == ContactOutcome.Abandoned
            ? new ReplayedContact(r.ArrivalSeconds, r.ContactType, double.NaN, r.WaitSeconds, 0, row + 2)
            : new ReplayedContact(r.ArrivalSeconds, r.ContactType, r.HandleSeconds, double.NaN, r.WaitSeconds, row + 2))], []);

    [Fact]
    public void Replaying_a_day_with_its_own_staffing_gives_back_the_day_interval_by_interval()
    {
        var model = CentreModel.Compile(HiddenAvailabilityDay);
        var original = new Replication(model, 3).Run();
        var day = DayOf(ContactRecorder.Record(model, 3));

        // Another replication's streams: only what the log does not know (an answered caller's patience beyond the wait) is drawn.
        var replayed = new Replication(model, 11, replay: day).Run();

        for (int i = 0; i < original.Intervals; i++)
        {
            var was = original.ContactsAt(i, 0);
            var now = replayed.ContactsAt(i, 0);
            Assert.Equal(was.Offered, now.Offered);
            Assert.Equal(was.Answered, now.Answered);
            Assert.Equal(was.Abandoned, now.Abandoned);
            Assert.Equal(was.AnsweredWithinThreshold, now.AnsweredWithinThreshold);
            Assert.Equal(was.AnsweredWaitSeconds, now.AnsweredWaitSeconds, 6);
            Assert.Equal(was.HandleSeconds, now.HandleSeconds, 6);
        }
    }

    [Fact]
    public void A_replayed_day_brings_exactly_the_logged_arrivals_whatever_the_staffing()
    {
        var scenario = HiddenAvailabilityDay;
        var day = DayOf(ContactRecorder.Record(CentreModel.Compile(scenario), 0));
        var thin = scenario with
        {
            AgentGroups = [scenario.AgentGroups[0] with { Agents = StaffingLevels.Constant(5), ShrinkagePerInterval = null, Shrinkage = 0 }],
        };

        var result = new Replication(CentreModel.Compile(thin), 0, replay: day).Run();

        Assert.Equal(day.Contacts.Length, result.Contacts.Sum(c => c.Offered));
        Assert.True(result.Contacts.Sum(c => c.Abandoned) > day.Contacts.Count(c => !double.IsNaN(c.PatienceSeconds)),
            "five agents leave more callers to give up than the real day's staff did");
    }

    [Fact]
    public void A_replayed_day_refuses_a_surge_since_its_arrivals_are_not_planned()
    {
        var scenario = HiddenAvailabilityDay;
        var day = DayOf(ContactRecorder.Record(CentreModel.Compile(scenario), 0));
        var replication = new Replication(CentreModel.Compile(scenario), 0, replay: day);
        replication.Start();
        replication.RunUntil(3_600);

        var error = Assert.Throws<ArgumentException>(() => replication.Surge("general", 1.5));
        Assert.Contains("replayed", error.Message);
    }
}
