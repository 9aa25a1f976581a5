using Simulator.Core.Simulation;

namespace Simulator.Grains.Live;

/// <summary>
/// What a live centre publishes: the kernel's own <see cref="CentreStatus"/> (clock, queues, agent
/// groups, today's service), how the day is being played, why the snapshot was published, and its
/// place in the order of publication (<see cref="SnapshotFeed"/>), with the day's re-forecast where one is made.
/// </summary>
[GenerateSerializer, Immutable, Alias("ccsim.LiveSnapshot")]
public sealed record LiveSnapshot(
    [property: Id(0)] CentreStatus Centre,
    [property: Id(1)] LivePlayback Playback,
    [property: Id(2)] SnapshotReason Reason,
    [property: Id(3)] long Sequence,
    [property: Id(4)] LiveReforecast? Reforecast = null)
{
    /// <summary>A centre not started yet.</summary>
    public static LiveSnapshot NotStarted { get; } = new(CentreStatus.NotStarted, LivePlayback.NotStarted, SnapshotReason.Request, 0);
}
