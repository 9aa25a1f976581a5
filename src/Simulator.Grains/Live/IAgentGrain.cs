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
