namespace Simulator.Grains.Live;

/// <summary>
/// How a live centre is playing its day: paused or not, at what speed, how far its clock stands behind the wall clock's
/// target, and the grain calls it has made.
/// </summary>
/// <param name="Speed">Simulated seconds per wall second; +∞: as fast as the machine allows.</param>
[GenerateSerializer, Immutable, Alias("ccsim.LivePlayback")]
public sealed record LivePlayback(
    [property: Id(0)] bool Paused,
    [property: Id(1)] double Speed,
    [property: Id(2)] double BehindSeconds,
    [property: Id(3)] long GrainCalls)
{
    /// <summary>A centre not started yet.</summary>
    public static LivePlayback NotStarted { get; } = new(false, 0, 0, 0);
}
