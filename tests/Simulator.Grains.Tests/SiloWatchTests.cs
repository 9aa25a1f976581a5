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
        var lost = watch.DeathOf("S127.0.0.1:11111:1", cancel);

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

    /// <summary>
    /// Every replication waits on its silo's death, which almost never comes: a wait whose replication finished must not stay hooked onto
    /// the watch, or an experiment of a million replications keeps a million of them.
    /// </summary>
    [Fact]
    public async Task Waits_for_a_death_that_were_called_off_are_not_kept()
    {
        var time = new FakeTimeProvider();
        await using var watch = new SiloWatch(_ => Task.FromResult(new Dictionary<SiloAddress, SiloStatus>()), time);

        // A wait still hooked onto the watch's long-lived signals keeps its task reachable from them: once called off, nothing may.
        var waits = CalledOffWaits(watch, 1_000);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        int kept = waits.Count(w => w.IsAlive);
        Assert.True(kept == 0, $"{kept} of {waits.Count} finished waits are still held by the watch");
    }

    /// <summary>Waits made and called off in a frame of their own, so that nothing of this method keeps them.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static List<WeakReference> CalledOffWaits(SiloWatch watch, int times)
    {
        var waits = new List<WeakReference>(times);
        for (int i = 0; i < times; i++)
        {
            using var stop = new CancellationTokenSource();
            var death = watch.DeathOf("S127.0.0.1:11111:1", stop.Token);
            stop.Cancel();
            Assert.True(death.IsCompleted);
            waits.Add(new WeakReference(death));
        }
        return waits;
    }
}
