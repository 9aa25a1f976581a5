using System.Collections.Concurrent;

namespace Simulator.Grains.Experiments;

/// <summary>
/// Watches cluster membership while an experiment runs and completes a task when a silo is declared
/// dead. A call to a dead silo is not always failed by the runtime (a client's request forwarded
/// through a live gateway can wait out the response timeout), so the coordinator does not rely on it.
/// When membership cannot be read at all for a few seconds (every silo gone, or the client cut
/// off), every silo counts as lost until it can be read again, so work in flight is retried and,
/// if the cluster stays away, the experiment fails instead of waiting. A failure to read membership of any kind
/// (a lost Redis server surfaced as a CodecNotFoundException) counts as unreadable, never as a failure of the watch:
/// disposing the watch after the last replication finished must not lose the experiment's result.
/// </summary>
internal sealed class SiloWatch : IAsyncDisposable
{
    /// <summary>How often membership is read: small beside the seconds membership takes to declare a death.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>Membership unreadable this long means the cluster is out of reach.</summary>
    private static readonly TimeSpan UnreachableAfter = TimeSpan.FromSeconds(5);

    private readonly Func<CancellationToken, Task<Dictionary<SiloAddress, SiloStatus>>> _readMembership;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _deaths = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _polling;
    private TaskCompletionSource _unreachable = NewSignal();
    private TaskCompletionSource _nextDeath = NewSignal();

    public SiloWatch(IClusterClient client)
        : this(ReadFrom(client.GetGrain<IManagementGrain>(0)), TimeProvider.System)
    {
    }

    private static Func<CancellationToken, Task<Dictionary<SiloAddress, SiloStatus>>> ReadFrom(IManagementGrain management) =>
        token => management.GetHosts(onlyActive: false, token);

    /// <param name="readMembership">Reads every silo's status (the management grain's hosts; a test gives a fake).</param>
    /// <param name="time">Paces the polling (a test gives a fake clock).</param>
    internal SiloWatch(Func<CancellationToken, Task<Dictionary<SiloAddress, SiloStatus>>> readMembership, TimeProvider time)
    {
        _readMembership = readMembership;
        _time = time;
        _polling = Task.Run(PollAsync);
    }

    /// <summary>
    /// Completes when <paramref name="silo"/> is declared dead, or the cluster is out of reach, or <paramref name="stop"/> is cancelled:
    /// cancel it once the answer no longer matters. The signals waited on live as long as the experiment and usually never fire, so a wait
    /// left hooked onto them would be kept to the end, one per replication (a million replications kept a few hundred megabytes of them).
    /// </summary>
    public Task DeathOf(string silo, CancellationToken stop) =>
        Task.WhenAny(Death(silo).Task.WaitAsync(stop), Volatile.Read(ref _unreachable).Task.WaitAsync(stop));

    /// <summary>
    /// Completes at the next death of any silo. A call whose own silo lives can still be lost with a
    /// dead one (its request or response went through that silo as gateway), so the coordinator gives
    /// calls in flight at a death a grace period, then tries them again.
    /// </summary>
    public Task NextDeath => Volatile.Read(ref _nextDeath).Task;

    private TaskCompletionSource Death(string silo) => _deaths.GetOrAdd(silo, _ => NewSignal());

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task PollAsync()
    {
        using var timer = new PeriodicTimer(PollInterval, _time);
        var unreadableFor = TimeSpan.Zero;
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                Dictionary<SiloAddress, SiloStatus> hosts;
                try
                {
                    hosts = await _readMembership(_stop.Token).WaitAsync(PollInterval * 3, _time, _stop.Token);
                }
                catch (Exception) when (!_stop.IsCancellationRequested)
                {
                    // The management grain's own silo may be the one that died: ask again next tick,
                    // and give the cluster up for lost only if that keeps failing.
                    unreadableFor += PollInterval;
                    if (unreadableFor >= UnreachableAfter) Volatile.Read(ref _unreachable).TrySetResult();
                    continue;
                }
                unreadableFor = TimeSpan.Zero;
                if (_unreachable.Task.IsCompleted) Volatile.Write(ref _unreachable, NewSignal());
                bool someoneDied = false;
                foreach (var (address, status) in hosts)
                {
                    if (status == SiloStatus.Dead) someoneDied |= Death(address.ToString()).TrySetResult();
                }
                if (someoneDied) Interlocked.Exchange(ref _nextDeath, NewSignal()).TrySetResult();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Stops the polling. Never throws: the watch only serves the replications, which have finished or failed by now.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _polling;
        }
        catch (Exception)
        {
            // The polling catches what reading membership throws; anything else it met has no bearing on a result.
        }
        _stop.Dispose();
    }
}
