using Simulator.Core.LookAhead;
using Simulator.Core.Simulation;

namespace Simulator.Grains.Serialization;

/// <summary>
/// How a look-ahead's Core messages cross the wire: each as its own JSON (<see cref="CentreState.ToJson"/>, <see cref="LookAheadCodec"/>),
/// so whatever they hold reaches every silo without being listed here; within one process, immutable messages pass the objects themselves.
/// </summary>
[GenerateSerializer, Alias("ccsim.CentreState")]
public struct CentreStateSurrogate
{
    [Id(0)] public string Json;
}

[RegisterConverter]
public sealed class CentreStateConverter : IConverter<CentreState, CentreStateSurrogate>
{
    public CentreState ConvertFromSurrogate(in CentreStateSurrogate surrogate) => CentreState.FromJson(surrogate.Json);

    public CentreStateSurrogate ConvertToSurrogate(in CentreState value) => new() { Json = value.ToJson() };
}

[GenerateSerializer, Alias("ccsim.LookAheadRequest")]
public struct LookAheadRequestSurrogate
{
    [Id(0)] public string Json;
}

[RegisterConverter]
public sealed class LookAheadRequestConverter : IConverter<LookAheadRequest, LookAheadRequestSurrogate>
{
    public LookAheadRequest ConvertFromSurrogate(in LookAheadRequestSurrogate surrogate) => LookAheadCodec.RequestFromJson(surrogate.Json);

    public LookAheadRequestSurrogate ConvertToSurrogate(in LookAheadRequest value) => new() { Json = LookAheadCodec.ToJson(value) };
}

[GenerateSerializer, Alias("ccsim.LookAheadResult")]
public struct LookAheadResultSurrogate
{
    [Id(0)] public string Json;
}

[RegisterConverter]
public sealed class LookAheadResultConverter : IConverter<LookAheadResult, LookAheadResultSurrogate>
{
    public LookAheadResult ConvertFromSurrogate(in LookAheadResultSurrogate surrogate) => LookAheadCodec.ResultFromJson(surrogate.Json);

    public LookAheadResultSurrogate ConvertToSurrogate(in LookAheadResult value) => new() { Json = LookAheadCodec.ToJson(value) };
}

/// <summary>One replication's forks: its results travel through the replication result's own converter.</summary>
[GenerateSerializer, Alias("ccsim.ForkOutcome")]
public struct ForkOutcomeSurrogate
{
    [Id(0)] public int Replication;
    [Id(1)] public ReplicationResult Baseline;
    [Id(2)] public ReplicationResult[] Actions;
}

[RegisterConverter]
public sealed class ForkOutcomeConverter : IConverter<ForkOutcome, ForkOutcomeSurrogate>
{
    public ForkOutcome ConvertFromSurrogate(in ForkOutcomeSurrogate surrogate) => new(surrogate.Replication, surrogate.Baseline, surrogate.Actions);

    public ForkOutcomeSurrogate ConvertToSurrogate(in ForkOutcome value) =>
        new() { Replication = value.Replication, Baseline = value.Baseline, Actions = [.. value.Actions] };
}
