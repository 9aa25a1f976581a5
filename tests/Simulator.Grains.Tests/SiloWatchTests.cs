using Microsoft.Extensions.Time.Testing;
using Orleans.Serialization;
using Simulator.Grains.Experiments;

namespace Simulator.Grains.Tests;

public class SiloWatchTests
{
    [Fact]
    public async Task Membership_that_cannot_be_read_in_any_way_counts_as_out_of_reach_and_disposing_the_watch_never_throws()
    {
        var cancel = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider();
        using var reads = new SemaphoreSlim(0);
        // What a client saw when the cluster's Redis server went away after the last replication: not an OrleansException.
        var watch = new SiloWatch(_ =>
        {
            reads.Release();
            throw new CodecNotFoundException("Could not find a codec for type StackExchange.Redis.RedisConnectionException.");
        }, time);
        var lost = watch.DeathOf("S127.0.0.1:11111:1");

        // Move the fake clock on until the watch has read (and failed) five times: five seconds unreadable.
        for (int failed = 0; failed < 5;)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            if (await reads.WaitAsync(TimeSpan.FromMilliseconds(100), cancel)) failed++;
        }
        await lost.WaitAsync(TimeSpan.FromSeconds(30), cancel);

        await watch.DisposeAsync(); // threw the CodecNotFoundException, and the finished experiment's result was lost with it
        Assert.True(lost.IsCompletedSuccessfully);
    }
}
