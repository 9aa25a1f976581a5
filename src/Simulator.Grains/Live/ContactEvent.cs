namespace Simulator.Grains.Live;

/// <summary>One thing that happened to a customer's contact, in simulated time.</summary>
[GenerateSerializer, Immutable, Alias("ccsim.ContactEvent")]
public sealed record ContactEvent(
    [property: Id(0)] double Time,
    [property: Id(1)] ContactEventKind Kind,
    [property: Id(2)] string ContactType,
    [property: Id(3)] long Customer,
    [property: Id(4)] int Attempt,
    [property: Id(5)] double WaitSeconds,
    [property: Id(6)] int Agent,
    [property: Id(7)] bool Resolved,
    [property: Id(8)] int PoorExperiences);
