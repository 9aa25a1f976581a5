using Orleans.Placement;
using Simulator.Core.LookAhead;
using Simulator.Grains.Experiments;

namespace Simulator.Grains.Live;

/// <summary>
/// A share of a look-ahead's replications: the plan is rebuilt here from the same scenario, state and request (so the numbers do not depend on
/// where it runs), the forks run on the thread pool within the silo's replication slots, one slot per batch.
/// </summary>
[RandomPlacement]
[CollectionAgeLimit(Minutes = 2)] // each key is used once
public sealed class LookAheadGrain(ScenarioCache scenarios, ReplicationSlots slots) : Grain, ILookAheadGrain
{
    public async Task<LookAheadOutcomes> RunAsync(LookAheadBatch batch)
    {
        var model = scenarios.Get(batch.Fingerprint, batch.Scenario).Model;
        var plan = LookAheadPlan.Create(model, batch.State, batch.Request);
        await slots.WaitAsync();
        try
        {
            return new LookAheadOutcomes(await Task.Run(() => Enumerable.Range(batch.First, batch.Count).Select(plan.Run).ToArray()));
        }
        finally
        {
            slots.Release();
        }
    }
}
