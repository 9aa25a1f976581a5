using Microsoft.Extensions.DependencyInjection;
using Orleans.Placement;
using Simulator.Core.Simulation;

namespace Simulator.Grains.Experiments;

/// <summary>
/// Random placement spreads a fan-out of replications over every silo (the default placement prefers
/// the caller's silo and piles work onto one). The kernel runs on the thread pool, not in the grain's
/// turn, and a silo-wide limit keeps as many replications running as it has cores.
/// </summary>
[RandomPlacement]
[CollectionAgeLimit(Minutes = 2)] // each key is used once: reclaim idle activations soon, but off the experiment's critical path
public sealed class ReplicationGrain(ScenarioCache scenarios, ReplicationSlots slots, ILocalSiloDetails silo, IServiceProvider services)
    : Grain, IReplicationGrain
{
    public Task<string> LocateAsync() => Task.FromResult(silo.SiloAddress.ToString());

    public async Task<ReplicationOutcome> RunAsync(ReplicationRequest request)
    {
        var model = scenarios.Get(request.Fingerprint, request.Scenario).Model;
        await slots.WaitAsync();
        try
        {
            if (services.GetService<IReplicationGate>() is { } gate) await gate.BeforeRunAsync(request.Replication, silo.SiloAddress);
            var result = await Task.Run(() => new Replication(model, request.Replication).Run());
            // Each key runs once: go as soon as the result is sent, or a million replications keep a million idle activations (about 4 KB
            // each) until collection comes round for them.
            DeactivateOnIdle();
            return new ReplicationOutcome(result, silo.SiloAddress.ToString());
        }
        finally
        {
            slots.Release();
        }
    }
}

/// <summary>A test hook: lets a test hold replications on a silo until it has killed that silo. Not registered in production.</summary>
public interface IReplicationGate
{
    Task BeforeRunAsync(int replication, SiloAddress silo);
}
