using Simulator.Core.Scenarios;

namespace Simulator.Grains.Serialization;

/// <summary>
/// How a Core <see cref="Scenario"/> crosses the wire: as its model JSON (<see cref="ScenarioJson"/>),
/// the codec its fingerprint is taken of, so whatever the model holds reaches every silo without being
/// listed here (Core knows nothing of Orleans, so the model carries no serializer attributes). Within
/// one process, messages marked immutable pass the scenario itself, with no copy and no parse.
/// </summary>
[GenerateSerializer, Alias("ccsim.Scenario")]
public struct ScenarioSurrogate
{
    [Id(0)] public string Json;
}

[RegisterConverter]
public sealed class ScenarioConverter : IConverter<Scenario, ScenarioSurrogate>
{
    public Scenario ConvertFromSurrogate(in ScenarioSurrogate surrogate) => ScenarioJson.FromJson(surrogate.Json);

    public ScenarioSurrogate ConvertToSurrogate(in Scenario value) => new() { Json = ScenarioJson.ToJson(value) };
}
