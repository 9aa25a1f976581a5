using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Grains.Experiments;

/// <summary>The cluster could not be reached, or kept failing, so the experiment cannot finish.</summary>
public sealed class ClusterUnavailableException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Fans an experiment's replications out over the cluster and collects them as they finish. A
/// replication whose silo dies (or whose call fails in the runtime) runs again under a fresh grain
/// key, so it is placed on a live silo, from its own seed: the experiment ends with exactly the
/// numbers an undisturbed run gives. Finished replications are never rerun.
/// </summary>
public sealed class ExperimentCoordinator(IClusterClient client)
{
    /// <summary>Tries per replication before the cluster is declared lost.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Replications in flight at once; by default twice the cluster's cores (each silo runs as many as it has cores).</summary>
    public int? MaxInFlight { get; init; }

    /// <summary>Silos that ran at least one replication of the last experiment, for reports and tests.</summary>
    public IReadOnlyCollection<string> SilosUsed => _silosUsed.Keys.ToArray();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _silosUsed = new();

    /// <summary>Replications in flight and where each stands: for diagnosing a stuck experiment.</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<int, string> InFlight { get; } = new();

    /// <param name="finished">Replications already done (from a journal): not run again.</param>
    /// <param name="onFinished">Called as each replication finishes (journal it, count it).</param>
    public async Task<ExperimentResult> RunAsync(
        Scenario scenario,
        IReadOnlyList<ReplicationResult>? finished = null,
        Action<ReplicationResult>? onFinished = null,
        CancellationToken cancellationToken = default)
    {
        var results = new ReplicationResult?[scenario.Replications];
        foreach (var done in finished ?? []) results[done.Replication] = done;
        _silosUsed.Clear();

        var request = new ReplicationRequest(scenario, ScenarioJson.Fingerprint(scenario), 0);
        string experiment = Guid.NewGuid().ToString("N");
        using var window = new SemaphoreSlim(MaxInFlight ?? await DefaultWindowAsync(cancellationToken));
        await using var watch = new SiloWatch(client);

        // The first replication to give up on the cluster stops the others: they would only give up too, one by one.
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ClusterUnavailableException? lost = null;
        var running = new List<Task>();
        try
        {
            for (int replication = 0; replication < results.Length; replication++)
            {
                if (results[replication] is not null) continue;
                await window.WaitAsync(abort.Token);
                int index = replication;
                running.Add(Task.Run(async () =>
                {
                    try
                    {
                        var outcome = await RunWithRetriesAsync(experiment, request with { Replication = index }, watch, abort.Token);
                        results[index] = outcome.Result;
                        _silosUsed.AddOrUpdate(outcome.Silo, 1, (_, n) => n + 1);
                        onFinished?.Invoke(outcome.Result);
                    }
                    catch (ClusterUnavailableException e)
                    {
                        Interlocked.CompareExchange(ref lost, e, null);
                        await abort.CancelAsync();
                    }
                    finally
                    {
                        window.Release();
                    }
                }, abort.Token));
            }
            await Task.WhenAll(running);
        }
        catch (OperationCanceledException) when (lost is not null && !cancellationToken.IsCancellationRequested)
        {
            // Stopped because the cluster was lost: report that, below.
        }
        if (lost is not null)
        {
            await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
            throw lost;
        }
        return new ExperimentResult(scenario, results!);
    }

    private async Task<ReplicationOutcome> RunWithRetriesAsync(string experiment, ReplicationRequest request, SiloWatch watch,
        CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Exception failure;
            try
            {
                var grain = client.GetGrain<IReplicationGrain>($"{experiment}/{request.Replication}/{attempt}");
                InFlight[request.Replication] = $"attempt {attempt}: locating";
                string silo = await grain.LocateAsync();
                InFlight[request.Replication] = $"attempt {attempt}: running on {silo}";
                var started = System.Diagnostics.Stopwatch.StartNew();
                var run = grain.RunAsync(request);
                var death = watch.DeathOf(silo);
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var lostElsewhere = GraceAfterAnyDeathAsync(watch.NextDeath, stop.Token);
                var first = await Task.WhenAny(run, death, lostElsewhere).WaitAsync(cancellationToken);
                await stop.CancelAsync();
                if (first == run)
                {
                    InFlight.TryRemove(request.Replication, out _);
                    NoteDuration(started.Elapsed);
                    return await run;
                }
                _ = run.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted); // abandoned: observe its failure
                failure = first == death
                    ? new SiloUnavailableException($"Silo {silo} died while running replication {request.Replication}.")
                    : new TimeoutException($"Replication {request.Replication} on silo {silo} did not finish within {Grace().TotalSeconds:F0} s of another " +
                        $"silo's death; its call may have gone through that silo.");
            }
            catch (Exception e) when (IsClusterFailure(e))
            {
                failure = e;
            }
            InFlight[request.Replication] = $"attempt {attempt} failed: {failure.GetType().Name}";
            if (attempt >= MaxAttempts)
            {
                throw new ClusterUnavailableException(
                    $"Replication {request.Replication} failed {attempt} times on the cluster (last: {failure.GetType().Name}: {failure.Message}); giving " +
                        $"up. Finished replications are kept in the journal, if one was given.", failure);
            }
            await Task.Delay(Backoff(attempt), cancellationToken);
        }
    }

    private long _longestTicks;

    private void NoteDuration(TimeSpan elapsed)
    {
        long ticks = elapsed.Ticks, seen;
        while (ticks > (seen = Interlocked.Read(ref _longestTicks)) && Interlocked.CompareExchange(ref _longestTicks, ticks, seen) != seen)
        {
        }
    }

    /// <summary>How long a call may run on after some silo died: three times the longest replication so far, at least 10 s.</summary>
    private TimeSpan Grace() => TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(10).Ticks, 3 * Interlocked.Read(ref _longestTicks)));

    /// <summary>
    /// Completes a grace period after the next silo death. <paramref name="stop"/> is cancelled once the
    /// attempt is decided, which ends the wait (its completion then no longer matters).
    /// </summary>
    private async Task GraceAfterAnyDeathAsync(Task nextDeath, CancellationToken stop)
    {
        try
        {
            await nextDeath.WaitAsync(stop);
            await Task.Delay(Grace(), stop);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Time for the client to drop a dead gateway and for membership to settle before trying again.</summary>
    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(500 * attempt);

    /// <summary>Failures of the runtime (a silo died, a gateway vanished, a call timed out) rather than of the simulation.</summary>
    private static bool IsClusterFailure(Exception e) =>
        e is OrleansException or TimeoutException or OperationCanceledException { CancellationToken.IsCancellationRequested: false };

    private async Task<int> DefaultWindowAsync(CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken);
                return Math.Max(2, 2 * hosts.Count * Environment.ProcessorCount);
            }
            catch (Exception e) when (IsClusterFailure(e))
            {
                if (attempt >= MaxAttempts) throw new ClusterUnavailableException($"Cannot reach the cluster after {attempt} tries: {e.Message}", e);
            }
            await Task.Delay(Backoff(attempt), cancellationToken);
        }
    }
}
