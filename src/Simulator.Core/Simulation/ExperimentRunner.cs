using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// Runs a scenario's replications, in parallel on all cores by default, all on one compiled
/// <see cref="CentreModel"/>. Each replication is seeded from (scenario seed, replication index) alone
/// and its result stored at its index, so a parallel run gives exactly the numbers of a sequential one.
/// </summary>
public static class ExperimentRunner
{
    public static ExperimentResult Run(Scenario scenario, int? maxParallelism = null, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var model = CentreModel.Compile(scenario);
        var results = new ReplicationResult[scenario.Replications];
        int finished = 0;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, scenario.Replications, options, replication =>
        {
            results[replication] = new Replication(model, replication).Run();
            progress?.Report(Interlocked.Increment(ref finished));
        });
        return new ExperimentResult(scenario, results);
    }
}
