using Simulator.Core.LookAhead;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Grains.Live;

/// <summary>Runs a share of a look-ahead's replications (each key once), wherever random placement puts it, so a cluster takes the load.</summary>
[Alias("ccsim.ILookAheadGrain")]
public interface ILookAheadGrain : IGrainWithStringKey
{
    [Alias("Run")]
    Task<LookAheadOutcomes> RunAsync(LookAheadBatch batch);
}

/// <summary>Replications <see cref="First"/> to <see cref="First"/> + <see cref="Count"/> − 1 of a look-ahead from <see cref="State"/>.</summary>
/// <param name="Fingerprint">The scenario's fingerprint: each silo compiles it once.</param>
[GenerateSerializer, Immutable, Alias("ccsim.LookAheadBatch")]
public sealed record LookAheadBatch(
    [property: Id(0)] Scenario Scenario,
    [property: Id(1)] string Fingerprint,
    [property: Id(2)] CentreState State,
    [property: Id(3)] LookAheadRequest Request,
    [property: Id(4)] int First,
    [property: Id(5)] int Count);

/// <summary>A batch's forks, replication by replication (immutable: within one silo the results pass without a copy).</summary>
[GenerateSerializer, Immutable, Alias("ccsim.LookAheadOutcomes")]
public sealed record LookAheadOutcomes([property: Id(0)] IReadOnlyList<ForkOutcome> Outcomes);
