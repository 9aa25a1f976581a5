namespace Simulator.Grains.Live;

[GenerateSerializer, Immutable, Alias("ccsim.QueueView")]
public sealed record QueueView(
    [property: Id(0)] int Waiting,
    [property: Id(1)] double OldestQueuedAt,
    [property: Id(2)] long Queued,
    [property: Id(3)] long Answered,
    [property: Id(4)] long Abandoned,
    [property: Id(5)] long Unanswered,
    [property: Id(6)] IReadOnlyList<RoutingDecision> RecentDecisions);
