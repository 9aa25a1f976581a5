using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Runtime;
using Simulator.Grains.Hosting;

namespace Simulator.Grains.Tests;

/// <summary>
/// The silo watchdog's first look may measure from timestamp 0 (it starts its thread before recording the
/// first check); membership's clock counts from start-up so that look cannot report the machine's uptime as a stall.
/// </summary>
public class MembershipClockTests
{
    [Fact]
    public void A_start_up_clock_reads_zero_at_start_up_and_keeps_the_underlying_clocks_differences()
    {
        var machine = new FakeTimeProvider();
        machine.Advance(TimeSpan.FromMinutes(16)); // a machine up a quarter of an hour
        var clock = new StartupTimeProvider(machine);

        Assert.Equal(TimeSpan.Zero, clock.GetElapsedTime(0));
        long before = clock.GetTimestamp();
        machine.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.FromSeconds(3), clock.GetElapsedTime(before));
        Assert.Equal(TimeSpan.FromSeconds(3), clock.GetElapsedTime(0));
        Assert.Equal(machine.GetUtcNow(), clock.GetUtcNow());
    }

    [Fact]
    public async Task A_silos_membership_clock_measures_from_timestamp_zero_no_more_than_the_silo_has_run()
    {
        long beforeStart = Stopwatch.GetTimestamp();
        await using var silo = await EmbeddedSilo.StartAsync(TestContext.Current.CancellationToken);

        var membership = silo.Client.ServiceProvider.GetRequiredKeyedService<TimeProvider>(TimeProviderNames.Membership);

        // On the system clock this is the machine's uptime: the "participant check thread has not completed" warning.
        Assert.True(membership.GetElapsedTime(0) <= Stopwatch.GetElapsedTime(beforeStart),
            $"membership's clock is {membership.GetElapsedTime(0)} past its zero, the silo has run {Stopwatch.GetElapsedTime(beforeStart)}");
    }
}
