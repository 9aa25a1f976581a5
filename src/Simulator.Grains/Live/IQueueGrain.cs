using Orleans.Concurrency;

namespace Simulator.Grains.Live;

/// <summary>One contact type's queue in a live centre (key: "{centre}/{type}"): who waits, and the routing decisions made.</summary>
public interface IQueueGrain : IGrainWithStringKey
{
    [OneWay]
    Task RecordAsync(IReadOnlyList<ContactEvent> events);

    Task<QueueView> GetAsync();
}
