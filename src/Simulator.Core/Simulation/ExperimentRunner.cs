using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// Runs a scenario's replications, in parallel on all cores by default, all on one compiled
/// <see cref="CentreModel"/>. Each replication is seeded from (scenario seed, replication index) alone
/// and folded in index order, so a parallel run gives exactly the numbers of a sequential one.
/// </summary>
public static class ExperimentRunner
{
    /// <summary>Runs every replication and keeps them in the result, for consumers that read their tallies (calibration, scheduling).</summary>
    public static ExperimentResult Run(Scenario scenario, int? maxParallelism = null, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var results = new ReplicationResult[scenario.Replications];
        var accumulator = new ExperimentAccumulator(scenario);
        RunInOrder(scenario, 0, scenario.Replications, r => { results[r.Replication] = r; accumulator.Add(r); }, maxParallelism, progress,
            cancellationToken);
        return accumulator.Result(results);
    }

    /// <summary>
    /// Runs replications <paramref name="from"/> to <paramref name="to"/> (exclusive) and hands each to <paramref name="inOrder"/> in index
    /// order, one at a time. A worker starts a replication only within a bounded window ahead of the next one to hand over, so
    /// the results waiting for a slow one never exceed that window: memory stays flat in the replications.
    /// </summary>
    public static void RunInOrder(Scenario scenario, int from, int to, Action<ReplicationResult> inOrder, int? maxParallelism = null,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var model = CentreModel.Compile(scenario);
        int workers = Math.Max(1, maxParallelism ?? Environment.ProcessorCount);
        using var reorder = new InOrderWindow<ReplicationResult>(from, ReorderWindow(workers), inOrder);
        int next = from - 1;
        int finished = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };
        Parallel.For(0, workers, options, (_, state) =>
        {
            for (int replication = Interlocked.Increment(ref next); replication < to; replication = Interlocked.Increment(ref next))
            {
                reorder.WaitForRoom(replication, cancellationToken);
                reorder.Arrived(replication, new Replication(model, replication).Run());
                progress?.Report(Interlocked.Increment(ref finished));
            }
        });
    }

    /// <summary>How far ahead of the next replication to fold work may start: enough that a slow replication seldom idles the others.</summary>
    public static int ReorderWindow(int parallelism) => Math.Max(8, 4 * parallelism);
}
