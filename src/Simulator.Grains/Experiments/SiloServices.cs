using System.Collections.Concurrent;
using Simulator.Core.Scenarios;

namespace Simulator.Grains.Experiments;

/// <summary>
/// Scenarios parsed once per silo, keyed by fingerprint: thousands of replications share one parse.
/// Bounded, so a long-lived silo serving many variants does not keep every one it ever saw.
/// </summary>
public sealed class ScenarioCache
{
    /// <summary>Far more variants than run at once; past it the cache starts again (a re-parse costs milliseconds).</summary>
    private const int Capacity = 256;

    private readonly ConcurrentDictionary<string, Lazy<Scenario>> _scenarios = new();

    public Scenario Get(string yaml, string fingerprint)
    {
        if (_scenarios.Count >= Capacity && !_scenarios.ContainsKey(fingerprint)) _scenarios.Clear();
        return _scenarios.GetOrAdd(fingerprint, _ => new Lazy<Scenario>(() => ScenarioLoader.Parse(yaml, $"scenario {fingerprint[..12]}"))).Value;
    }
}

/// <summary>As many concurrent replications per silo as it has cores; more would only share the cores and hold memory.</summary>
public sealed class ReplicationSlots() : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Environment.ProcessorCount);

    public Task WaitAsync() => _slots.WaitAsync();

    public void Release() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
