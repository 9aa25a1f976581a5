using Orleans.Concurrency;

namespace Simulator.Grains.Live;

/// <summary>One customer of a live centre (key: "{centre}/{customer}"): every contact across the run.</summary>
public interface ICustomerGrain : IGrainWithStringKey
{
    [OneWay]
    Task RecordAsync(IReadOnlyList<ContactEvent> events);

    Task<CustomerHistory> GetAsync();
}
