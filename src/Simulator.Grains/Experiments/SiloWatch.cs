using System.Collections.Concurrent;

namespace Simulator.Grains.Experiments;

/// <summary>
/// Watches cluster membership while an experiment runs and completes a task when a silo is declared
/// dead. A call to a dead silo is not always failed by the runtime (a client's request forwarded
/// through a live gateway can wait out the response timeout), so the coordinator does not rely on it.
/// </summary>
internal sealed class SiloWatch : IAsyncDisposable
{
    /// <summary>How often membership is read: small beside the seconds membership takes to declare a death.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private readonly IManagementGrain _management;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _deaths = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _polling;

    public SiloWatch(IClusterClient client)
    {
        _management = client.GetGrain<IManagementGrain>(0);
        _polling = Task.Run(PollAsync);
    }

    /// <summary>Completes when <paramref name="silo"/> is declared dead.</summary>
    public Task DeathOf(string silo) => Death(silo).Task;

    private TaskCompletionSource Death(string silo) =>
        _deaths.GetOrAdd(silo, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task PollAsync()
    {
        using var timer = new PeriodicTimer(PollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                Dictionary<SiloAddress, SiloStatus> hosts;
                try
                {
                    hosts = await _management.GetHosts(onlyActive: false);
                }
                catch (Exception e) when (e is OrleansException or TimeoutException)
                {
                    continue; // the management grain's own silo may be the one that died; ask again next tick
                }
                foreach (var (address, status) in hosts)
                {
                    if (status == SiloStatus.Dead) Death(address.ToString()).TrySetResult();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _polling;
        _stop.Dispose();
    }
}
