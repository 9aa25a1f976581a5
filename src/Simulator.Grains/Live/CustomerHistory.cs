namespace Simulator.Grains.Live;

/// <summary>A customer's contacts across the run.</summary>
[GenerateSerializer, Immutable, Alias("ccsim.CustomerHistory")]
public sealed record CustomerHistory(
    [property: Id(0)] IReadOnlyList<ContactEvent> Events,
    [property: Id(1)] int Contacts,
    [property: Id(2)] int PoorExperiences,
    [property: Id(3)] bool Ended);
