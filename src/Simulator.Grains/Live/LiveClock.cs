namespace Simulator.Grains.Live;

/// <summary>The wall clock live centres keep pace with: the system's, or a fake one in tests.</summary>
public sealed class LiveClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;
}
