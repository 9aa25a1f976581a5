using Simulator.Core.Scenarios;

namespace Simulator.Grains.Live;

/// <summary>How to start a live centre: the scenario, which replication's random streams, and the speed.</summary>
/// <param name="Speed">Simulated seconds per wall second (60: an hour a minute); +∞ runs as fast as the machine allows.</param>
/// <param name="AutoTick">Let the silo's <see cref="LivePacer"/> keep the centre on pace with the clock; off when a test or a caller ticks it.</param>
/// <param name="Entities">Keep agent, queue and customer grains up to date (off: the centre alone, to measure what they cost).</param>
[GenerateSerializer, Immutable, Alias("ccsim.LiveSettings")]
public sealed record LiveSettings(
    [property: Id(0)] Scenario Scenario,
    [property: Id(1)] int Replication,
    [property: Id(2)] double Speed,
    [property: Id(3)] bool AutoTick,
    [property: Id(4)] bool Entities = true)
{
    /// <summary>
    /// The fastest speed the silo's pacer can follow: a sixteenth of a simulated second per pass of its resolution (62,500×).
    /// A faster speed runs as fast as possible (+∞): the pacer cannot catch up more often, and a day at 1,000,000× is over in
    /// milliseconds anyway.
    /// </summary>
    public static readonly double MaxPacedSpeed = 1 / 16.0 / LivePacer.Resolution.TotalSeconds;

    /// <summary>The speed a centre runs at when asked for <paramref name="speed"/>: itself, or +∞ above <see cref="MaxPacedSpeed"/>.</summary>
    public static double Paced(double speed) => speed > MaxPacedSpeed ? double.PositiveInfinity : speed;
}
