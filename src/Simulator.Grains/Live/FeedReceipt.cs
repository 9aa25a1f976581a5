namespace Simulator.Grains.Live;

/// <summary>What a centre following a feed made of a batch of lines: the lines it refused, and the centre afterwards.</summary>
[GenerateSerializer, Immutable, Alias("ccsim.FeedReceipt")]
public sealed record FeedReceipt([property: Id(0)] IReadOnlyList<FeedProblem> Problems, [property: Id(1)] LiveSnapshot Snapshot);

/// <summary>A feed line refused: its number in the feed (from 1) and why.</summary>
[GenerateSerializer, Immutable, Alias("ccsim.FeedProblem")]
public sealed record FeedProblem([property: Id(0)] long Line, [property: Id(1)] string Message);
