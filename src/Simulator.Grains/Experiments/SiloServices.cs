using System.Collections.Concurrent;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Grains.Experiments;

/// <summary>
/// One copy per silo of each scenario, keyed by fingerprint, with what is prepared from it once for
/// all its replications: thousands of replications share one. Bounded, so a long-lived silo serving
/// many variants does not keep every one it ever saw.
/// </summary>
public sealed class ScenarioCache
{
    /// <summary>Far more variants than run at once; past it the cache starts again (preparing one again costs milliseconds).</summary>
    private const int Capacity = 256;

    private readonly ConcurrentDictionary<string, Lazy<CachedScenario>> _scenarios = new();

    /// <summary>What this silo holds under <paramref name="fingerprint"/>, prepared from <paramref name="scenario"/> the first time.</summary>
    public CachedScenario Get(string fingerprint, Scenario scenario)
    {
        if (_scenarios.Count >= Capacity && !_scenarios.ContainsKey(fingerprint)) _scenarios.Clear();
        return _scenarios.GetOrAdd(fingerprint, _ => new Lazy<CachedScenario>(() => new CachedScenario(scenario))).Value;
    }
}

/// <summary>A scenario as a silo keeps it, and whatever is built from it once rather than per replication.</summary>
public sealed class CachedScenario(Scenario scenario)
{
    public Scenario Scenario { get; } = scenario;

    /// <summary>The kernel's immutable model of the scenario, compiled once and shared by every replication on this silo.</summary>
    public CentreModel Model { get; } = CentreModel.Compile(scenario);
}

/// <summary>As many concurrent replications per silo as it has cores; more would only share the cores and hold memory.</summary>
public sealed class ReplicationSlots() : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Environment.ProcessorCount);

    public Task WaitAsync() => _slots.WaitAsync();

    public void Release() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
