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
        var accumulator = new ExperimentAccumulator(scenario);
        var done = (finished ?? []).ToDictionary(r => r.Replication);
        await RunAsync([scenario], 0, scenario.Replications, (_, replication) => done.GetValueOrDefault(replication),
            onFinished is null ? null : (_, result) => onFinished(result), (_, result) => accumulator.Add(result), cancellationToken);
        return accumulator.Result();
    }

    /// <summary>
    /// Runs replications <paramref name="from"/> to <paramref name="to"/> (exclusive) of each scenario, replication by replication (all
    /// options of one replication before the next), and hands each result to <paramref name="inOrder"/> in that order, one at a time:
    /// folded in order, the estimates do not depend on which silo finished first. Work starts only within a bounded window ahead of
    /// the next result to hand over, so the results held waiting never exceed it, however many replications there are.
    /// </summary>
    /// <param name="finished">A replication already done (option, replication), from a journal, or null: it is handed over, not run.</param>
    /// <param name="onFinished">Called as each replication finishes, in any order (journal it, count it).</param>
    /// <param name="inOrder">Receives (option, result) in (replication, option) order.</param>
    public async Task RunAsync(
        IReadOnlyList<Scenario> scenarios,
        int from,
        int to,
        Func<int, int, ReplicationResult?>? finished,
        Action<int, ReplicationResult>? onFinished,
        Action<int, ReplicationResult> inOrder,
        CancellationToken cancellationToken = default)
    {
        _silosUsed.Clear();
        int options = scenarios.Count;
        var requests = scenarios.Select(s => new ReplicationRequest(s, ScenarioJson.Fingerprint(s), 0)).ToArray();
        var experiments = scenarios.Select(_ => Guid.NewGuid().ToString("N")).ToArray();
        int inFlight = MaxInFlight ?? await DefaultWindowAsync(cancellationToken);
        using var window = new SemaphoreSlim(inFlight);
        using var reorder = new InOrderWindow<(int Option, ReplicationResult Result)>(0, 2 * inFlight, job => inOrder(job.Option, job.Result));
        await using var watch = new SiloWatch(client);

        // The first replication to give up on the cluster stops the others: they would only give up too, one by one.
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Exception? lost = null;
        var running = new List<Task>();
        long jobs = (long)Math.Max(0, to - from) * options;
        try
        {
            for (int job = 0; job < jobs; job++)
            {
                await reorder.WaitForRoomAsync(job, abort.Token);
                int index = job, option = job % options, replication = from + job / options;
                if (finished?.Invoke(option, replication) is { } done)
                {
                    reorder.Arrived(index, (option, done));
                    continue;
                }
                await window.WaitAsync(abort.Token);
                if (running.Count >= 2 * inFlight) running.RemoveAll(t => t.IsCompleted); // finished work is not kept: a million replications run flat
                running.Add(Task.Run(async () =>
                {
                    try
                    {
                        var outcome = await RunWithRetriesAsync(experiments[option], requests[option] with { Replication = replication }, watch, abort.Token);
                        _silosUsed.AddOrUpdate(outcome.Silo, 1, (_, n) => n + 1);
                        onFinished?.Invoke(option, outcome.Result);
                        reorder.Arrived(index, (option, outcome.Result));
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !abort.IsCancellationRequested)
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
            // Stopped because the cluster was lost or a result could not be taken in: report that, below.
        }
        if (lost is not null)
        {
            await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(lost);
        }
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
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var death = watch.DeathOf(silo, stop.Token);
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
