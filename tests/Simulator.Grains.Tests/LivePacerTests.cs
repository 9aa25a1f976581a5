using Microsoft.Extensions.Time.Testing;
using Simulator.Grains.Live;

namespace Simulator.Grains.Tests;

/// <summary>The pacer's schedule, pass by pass on a fake clock (no thread, no waiting).</summary>
public class LivePacerTests
{
    private readonly FakeTimeProvider _clock = new();

    private readonly FakeCollector _collector = new();

    private LivePacer Pacer(bool collectInSteps = false) => new(new LiveClock(_clock), collectInSteps ? _collector : null, ownThread: false);

    [Fact]
    public void A_centre_is_caught_up_once_per_period_and_a_late_pass_does_not_set_off_a_burst()
    {
        using var pacer = Pacer();
        int calls = 0;
        using var pacing = pacer.Keep(() => { calls++; return Task.CompletedTask; }, TimeSpan.FromMilliseconds(10));

        Assert.True(pacer.Pass());
        Assert.Equal(1, calls); // due at once
        _clock.Advance(TimeSpan.FromMilliseconds(9));
        pacer.Pass();
        Assert.Equal(1, calls);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        pacer.Pass();
        Assert.Equal(2, calls);
        _clock.Advance(TimeSpan.FromMilliseconds(100)); // the pacer was held up for ten periods
        pacer.Pass();
        pacer.Pass();
        Assert.Equal(3, calls); // one catch-up covers the lost time; the next is a period from now
        _clock.Advance(TimeSpan.FromMilliseconds(10));
        pacer.Pass();
        Assert.Equal(4, calls);
    }

    [Fact]
    public void A_catch_up_still_running_is_not_started_again_and_each_centre_keeps_its_own_period()
    {
        using var pacer = Pacer();
        var slow = new TaskCompletionSource();
        int slowCalls = 0, fastCalls = 0;
        using var slowPacing = pacer.Keep(() => { slowCalls++; return slow.Task; }, TimeSpan.FromMilliseconds(1));
        using var fastPacing = pacer.Keep(() => { fastCalls++; return Task.CompletedTask; }, TimeSpan.FromMilliseconds(1));

        for (int ms = 0; ms < 5; ms++)
        {
            pacer.Pass();
            _clock.Advance(TimeSpan.FromMilliseconds(1));
        }
        Assert.Equal(1, slowCalls); // still catching up: never twice at once
        Assert.Equal(5, fastCalls); // a slow centre does not hold up another

        slow.SetResult();
        pacer.Pass();
        Assert.Equal(2, slowCalls);
    }

    [Fact]
    public void Pacing_ends_when_its_handle_is_disposed_or_a_catch_up_fails()
    {
        using var pacer = Pacer();
        int calls = 0, failures = 0;
        var pacing = pacer.Keep(() => { calls++; return Task.CompletedTask; }, TimeSpan.FromMilliseconds(1));
        using var failing = pacer.Keep(() => { failures++; return Task.FromException(new InvalidOperationException("gone")); }, TimeSpan.FromMilliseconds(1));

        pacer.Pass();
        pacing.Dispose();
        _clock.Advance(TimeSpan.FromMilliseconds(5));
        pacer.Pass(); // sees the failure and drops that centre
        Assert.False(pacer.Pass()); // nothing left to pace: the thread would end here

        Assert.Equal(1, calls);
        Assert.Equal(1, failures);
        Assert.Throws<ArgumentOutOfRangeException>(() => pacer.Keep(() => Task.CompletedTask, TimeSpan.Zero));
    }

    [Fact]
    public void Young_garbage_is_collected_every_step_of_allocation_and_never_during_a_catch_up()
    {
        using var pacer = Pacer(collectInSteps: true);
        var running = new TaskCompletionSource();
        using var pacing = pacer.Keep(() => running.Task, TimeSpan.FromMilliseconds(1));
        pacer.Pass(); // counts the step from here, then starts a catch-up that stays running

        _collector.Allocated += 3 * LivePacer.CollectionStep;
        pacer.Pass();
        Assert.Equal(0, _collector.Induced); // not while a centre catches up

        running.SetResult();
        pacer.Pass();
        Assert.Equal(1, _collector.Induced); // right after it
        _collector.Allocated += LivePacer.CollectionStep - 1;
        pacer.Pass();
        Assert.Equal(1, _collector.Induced);
        _collector.Allocated += 1;
        pacer.Pass();
        Assert.Equal(2, _collector.Induced);
        Assert.Equal(2, pacer.Collections);
    }

    [Fact]
    public void A_second_with_a_sixteenth_of_a_step_allocated_is_a_step_and_the_runtimes_own_collection_starts_one_afresh()
    {
        using var pacer = Pacer(collectInSteps: true);
        using var pacing = pacer.Keep(() => Task.CompletedTask, TimeSpan.FromMilliseconds(1));
        pacer.Pass();

        _collector.Allocated += LivePacer.CollectionStep / 16;
        _clock.Advance(LivePacer.CollectionEvery - TimeSpan.FromMilliseconds(1));
        pacer.Pass();
        Assert.Equal(0, _collector.Induced);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        pacer.Pass();
        Assert.Equal(1, _collector.Induced); // a slow centre's garbage does not wait for a whole step

        _clock.Advance(TimeSpan.FromSeconds(5));
        _collector.Allocated += LivePacer.CollectionStep / 16 - 1;
        pacer.Pass();
        Assert.Equal(1, _collector.Induced); // time alone is not enough

        _collector.Allocated += LivePacer.CollectionStep;
        _collector.Natural++; // the runtime collected by itself meanwhile
        pacer.Pass();
        Assert.Equal(1, _collector.Induced);
        _collector.Allocated += LivePacer.CollectionStep - 1;
        pacer.Pass();
        Assert.Equal(1, _collector.Induced); // the step counts from the runtime's collection
    }

    [Fact]
    public void Without_collecting_in_steps_the_pacer_leaves_the_runtime_alone()
    {
        using var pacer = Pacer(collectInSteps: false);
        using var pacing = pacer.Keep(() => Task.CompletedTask, TimeSpan.FromMilliseconds(1));
        _collector.Allocated += 10 * LivePacer.CollectionStep;
        _clock.Advance(TimeSpan.FromSeconds(10));
        pacer.Pass();
        pacer.Pass();

        Assert.Equal(0, _collector.Induced);
    }

    private sealed class FakeCollector : IGarbageCollector
    {
        public long Allocated { get; set; }

        public int Natural { get; set; }

        public int Induced { get; private set; }

        public long AllocatedBytes => Allocated;

        public int Generation1Collections => Natural + Induced;

        public void CollectGeneration1() => Induced++;
    }
}
