namespace Simulator.Grains.Hosting;

/// <summary>
/// A clock whose timestamps count from its creation (a silo's start-up) instead of from the machine's boot,
/// given to Orleans membership (its keyed <c>TimeProviderNames.Membership</c> clock, which the silo watchdog
/// reads). Orleans 10's watchdog starts its platform thread before it records the component check's first
/// timestamp, so that thread's first look may measure the time since timestamp 0: on the system clock, the
/// machine's uptime, reported as "Participant check thread has not completed for 00:16:12, potentially
/// indicating … deadlock" on most starts of a machine up for a quarter of an hour. Counted from start-up, the
/// same look measures the time since the silo started, and warns only of a real stall. Differences of
/// timestamps, wall-clock time and timers are the underlying clock's.
/// </summary>
public sealed class StartupTimeProvider : TimeProvider
{
    private readonly TimeProvider _clock;
    private readonly long _start;

    public StartupTimeProvider(TimeProvider clock)
    {
        _clock = clock;
        _start = clock.GetTimestamp();
    }

    public override long GetTimestamp() => _clock.GetTimestamp() - _start;

    public override long TimestampFrequency => _clock.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => _clock.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => _clock.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _clock.CreateTimer(callback, state, dueTime, period);
}
