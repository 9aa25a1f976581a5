using System.Collections.Concurrent;
using Simulator.Core.Scenarios;

namespace Simulator.Grains.Experiments;

/// <summary>Scenarios parsed once per silo, keyed by fingerprint: thousands of replications share one parse.</summary>
public sealed class ScenarioCache
{
    private readonly ConcurrentDictionary<string, Lazy<Scenario>> _scenarios = new();

    public Scenario Get(string yaml, string fingerprint) =>
        _scenarios.GetOrAdd(fingerprint, _ => new Lazy<Scenario>(() => ScenarioLoader.Parse(yaml, $"scenario {fingerprint[..12]}"))).Value;
}

/// <summary>As many concurrent replications per silo as it has cores; more would only share the cores and hold memory.</summary>
public sealed class ReplicationSlots() : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Environment.ProcessorCount);

    public Task WaitAsync() => _slots.WaitAsync();

    public void Release() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
