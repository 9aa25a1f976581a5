using Simulator.Core.Intraday;
using Simulator.Core.Scenarios;

namespace Simulator.Grains.Live;

/// <summary>How to start a live centre: the scenario, which replication's random streams, and the speed.</summary>
/// <param name="Speed">Simulated seconds per wall second (60: an hour a minute); +∞ runs as fast as the machine allows.</param>
/// <param name="AutoTick">Let the silo's <see cref="LivePacer"/> keep the centre on pace with the clock; off when a test or a caller ticks it.</param>
/// <param name="Entities">Keep agent, queue and customer grains up to date (off: the centre alone, to measure what they cost).</param>
/// <param name="StopAt">The simulated instant (seconds from the first opening) at which the clock stops and the centre pauses; +∞: the horizon's end.</param>
/// <param name="Feed">Follow a real centre through the events given to <see cref="ICentreGrain.FeedAsync"/> instead of simulating one: nothing is
/// drawn.</param>
/// <param name="Replay">A real day whose contacts arrive instead of drawn ones (<see cref="ReplayLog"/>); null: arrivals are drawn.</param>
[GenerateSerializer, Immutable, Alias("ccsim.LiveSettings")]
public sealed record LiveSettings(
    [property: Id(0)] Scenario Scenario,
    [property: Id(1)] int Replication,
    [property: Id(2)] double Speed,
    [property: Id(3)] bool AutoTick,
    [property: Id(4)] bool Entities = true,
    [property: Id(5)] ReplayDay? Replay = null,
    [property: Id(6)] double StopAt = double.PositiveInfinity,
    [property: Id(7)] bool Feed = false)
{
    /// <summary>
    /// The fastest speed the silo's pacer follows: a simulated minute per pass of its resolution (60,000×). Faster, each pass
    /// would cover more than a minute, so the clock no longer moves in steps anyone can follow, and the day runs as fast as
    /// possible (+∞) instead: a two-hour day at 1,000,000× is over in a few milliseconds anyway.
    /// </summary>
    public static readonly double MaxPacedSpeed = TimeSpan.FromMinutes(1) / LivePacer.Resolution;

    /// <summary>
    /// The simulated instant (seconds from the first opening) of a time of day on the first day, as <see cref="StopAt"/> takes it; null where the time
    /// lies outside the centre's hours. A day that closes after midnight runs on past it.
    /// </summary>
    public static double? InstantOf(Horizon horizon, TimeSpan clock)
    {
        double seconds = (clock - horizon.Start).TotalSeconds;
        double open = (horizon.End - horizon.Start).TotalSeconds;
        if (open <= 0) open += 86_400;
        return seconds < 0 || seconds > open ? null : seconds;
    }

    /// <summary>The speed a centre runs at when asked for <paramref name="speed"/>: itself, or +∞ above <see cref="MaxPacedSpeed"/>.</summary>
    public static double Paced(double speed) => speed > MaxPacedSpeed ? double.PositiveInfinity : speed;
}
