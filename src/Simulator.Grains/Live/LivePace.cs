namespace Simulator.Grains.Live;

/// <summary>
/// How well a live centre kept pace, in simulated seconds: the most the clock stood behind its target
/// when a tick had caught up (what the work cost) and when a tick began (that plus the wait between
/// ticks: the pacer's resolution, and whatever held up its thread); how many ticks began more than one
/// simulated second behind; the grain calls it made.
/// </summary>
[GenerateSerializer, Immutable, Alias("ccsim.LivePace")]
public sealed record LivePace(
    [property: Id(0)] double MostBehindSeconds,
    [property: Id(1)] long GrainCalls,
    [property: Id(2)] long Ticks,
    [property: Id(3)] double SimulatedSeconds,
    [property: Id(4)] double MostBehindBeforeTickSeconds,
    [property: Id(5)] long TicksOverOneSecondBehind);
