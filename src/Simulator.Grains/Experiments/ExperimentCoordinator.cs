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

        string yaml = ScenarioWriter.ToYaml(scenario);
        var request = new ReplicationRequest(yaml, ScenarioWriter.Fingerprint(scenario), 0);
        string experiment = Guid.NewGuid().ToString("N");
        using var window = new SemaphoreSlim(MaxInFlight ?? await DefaultWindowAsync(cancellationToken));
        await using var watch = new SiloWatch(client);

        var running = new List<Task>();
        for (int replication = 0; replication < results.Length; replication++)
        {
            if (results[replication] is not null) continue;
            await window.WaitAsync(cancellationToken);
            int index = replication;
            running.Add(Task.Run(async () =>
            {
                try
                {
                    var outcome = await RunWithRetriesAsync(experiment, request with { Replication = index }, watch, cancellationToken);
                    results[index] = outcome.Result;
                    _silosUsed.AddOrUpdate(outcome.Silo, 1, (_, n) => n + 1);
                    onFinished?.Invoke(outcome.Result);
                }
                finally
                {
                    window.Release();
                }
            }, cancellationToken));
        }
        await Task.WhenAll(running);
        return new ExperimentResult(scenario, results!);
    }

    private async Task<ReplicationOutcome> RunWithRetriesAsync(string experiment, ReplicationRequest request, SiloWatch watch, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Exception failure;
            try
            {
                var grain = client.GetGrain<IReplicationGrain>($"{experiment}/{request.Replication}/{attempt}");
                string silo = await grain.LocateAsync();
                var run = grain.RunAsync(request);
                var death = watch.DeathOf(silo);
                if (await Task.WhenAny(run, death).WaitAsync(cancellationToken) == run) return await run;
                _ = run.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted); // abandoned: observe its failure
                failure = new SiloUnavailableException($"Silo {silo} died while running replication {request.Replication}.");
            }
            catch (Exception e) when (IsClusterFailure(e))
            {
                failure = e;
            }
            if (attempt >= MaxAttempts)
            {
                throw new ClusterUnavailableException(
                    $"Replication {request.Replication} failed {attempt} times on the cluster (last: {failure.GetType().Name}: {failure.Message}); giving up. Finished replications are kept in the journal, if one was given.", failure);
            }
            await Task.Delay(Backoff(attempt), cancellationToken);
        }
    }

    /// <summary>Time for the client to drop a dead gateway and for membership to settle before trying again.</summary>
    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(500 * attempt);

    /// <summary>Failures of the runtime (a silo died, a gateway vanished, a call timed out) rather than of the simulation.</summary>
    private static bool IsClusterFailure(Exception e) => e is OrleansException or TimeoutException or OperationCanceledException { CancellationToken.IsCancellationRequested: false };

    private async Task<int> DefaultWindowAsync(CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
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
