namespace Simulator.Grains.Live;

/// <summary>Which agent of which group took which customer, after what wait.</summary>
[GenerateSerializer, Immutable, Alias("ccsim.RoutingDecision")]
public sealed record RoutingDecision(
    [property: Id(0)] double Time,
    [property: Id(1)] long Customer,
    [property: Id(2)] int Agent,
    [property: Id(3)] string Group,
    [property: Id(4)] double WaitSeconds);
