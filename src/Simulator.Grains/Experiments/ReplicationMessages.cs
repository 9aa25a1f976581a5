using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Grains.Experiments;

/// <summary>Run replication <see cref="Replication"/> of <see cref="Scenario"/> (self-contained: it travels to any silo).</summary>
/// <param name="Fingerprint"><see cref="ScenarioJson.Fingerprint"/> of the scenario: silos keep one copy of each under this key.</param>
[GenerateSerializer, Immutable, Alias("ccsim.ReplicationRequest")]
public sealed record ReplicationRequest(
    [property: Id(0)] Scenario Scenario,
    [property: Id(1)] string Fingerprint,
    [property: Id(2)] int Replication);

/// <summary>A finished replication and the silo that ran it.</summary>
[GenerateSerializer, Immutable, Alias("ccsim.ReplicationOutcome")]
public sealed record ReplicationOutcome(
    [property: Id(0)] ReplicationResult Result,
    [property: Id(1)] string Silo);

/// <summary>
/// How a Core <see cref="ReplicationResult"/> crosses the wire: as the same JSON line the journal
/// writes (Core knows nothing of Orleans, so the result type itself carries no serializer attributes,
/// and one codec means a new tally cannot be forgotten on one path). Doubles round-trip exactly.
/// </summary>
[GenerateSerializer, Alias("ccsim.ReplicationResult")]
public struct ReplicationResultSurrogate
{
    [Id(0)] public string Json;
}

[RegisterConverter]
public sealed class ReplicationResultConverter : IConverter<ReplicationResult, ReplicationResultSurrogate>
{
    public ReplicationResult ConvertFromSurrogate(in ReplicationResultSurrogate surrogate) =>
        ReplicationResultCodec.FromJson(surrogate.Json) ?? throw new InvalidOperationException("A replication result arrived damaged.");

    public ReplicationResultSurrogate ConvertToSurrogate(in ReplicationResult value) => new() { Json = ReplicationResultCodec.ToJson(value) };
}
