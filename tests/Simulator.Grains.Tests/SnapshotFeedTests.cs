using Simulator.Core.Simulation;
using Simulator.Grains.Live;

namespace Simulator.Grains.Tests;

public class SnapshotFeedTests
{
    private static LiveSnapshot At(long sequence) =>
        new(CentreStatus.NotStarted with { Time = sequence * 60.0, Day = 1, Open = true }, LivePlayback.NotStarted, SnapshotReason.Interval, sequence);

    [Fact]
    public void Snapshots_that_overtake_each_other_are_handed_on_in_the_order_they_were_published()
    {
        var delivered = new List<long>();
        var feed = new SnapshotFeed(s => delivered.Add(s.Sequence));

        foreach (long sequence in new long[] { 2, 1, 4, 5, 3, 3, 6 }) feed.OnSnapshot(At(sequence));

        Assert.Equal([1, 2, 3, 4, 5, 6], delivered);
    }

    [Fact]
    public void A_feed_joining_late_starts_after_the_snapshot_it_was_given()
    {
        var delivered = new List<long>();
        var feed = new SnapshotFeed(s => delivered.Add(s.Sequence));

        feed.OnSnapshot(At(12));
        feed.StartAfter(10);
        feed.OnSnapshot(At(11));
        feed.OnSnapshot(At(9));

        Assert.Equal([11, 12], delivered);
    }
}
