using Orleans.Concurrency;

namespace Simulator.Grains.Live;

/// <summary>One agent of a live centre (key: "{centre}/{agent}"): what it is doing, in simulated time.</summary>
public interface IAgentGrain : IGrainWithStringKey
{
    [OneWay]
    Task UpdateAsync(AgentUpdate update);

    /// <summary>The agent at simulated instant <paramref name="now"/>: talking turns into wrap-up by the clock.</summary>
    Task<AgentView> GetAsync(double now);
}

/// <summary>One contact type's queue in a live centre (key: "{centre}/{type}"): who waits, and the routing decisions made.</summary>
public interface IQueueGrain : IGrainWithStringKey
{
    [OneWay]
    Task RecordAsync(IReadOnlyList<ContactEvent> events);

    Task<QueueView> GetAsync();
}

/// <summary>One customer of a live centre (key: "{centre}/{customer}"): every contact across the run.</summary>
public interface ICustomerGrain : IGrainWithStringKey
{
    [OneWay]
    Task RecordAsync(IReadOnlyList<ContactEvent> events);

    Task<CustomerHistory> GetAsync();
}

/// <summary>Receives the centre's snapshots: every simulated interval and every second of wall time.</summary>
public interface ILiveObserver : IGrainObserver
{
    void OnSnapshot(LiveSnapshot snapshot);
}
