using BenchmarkDotNet.Attributes;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Benchmarks;

/// <summary>
/// Turning finished replications into KPIs with confidence intervals, and pairing two options: every
/// KPI of every interval, day and contact type of every replication. The example four weeks of
/// training (28 days × 24 intervals × 10 replications), simulated once in the setup.
/// The minimum is reported beside the mean: on a shared machine it is the figure least moved by other work.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class ExperimentResultBenchmarks
{
    private Scenario _scenario = null!;
    private ReplicationResult[] _replications = null!;
    private ExperimentResult _baseline = null!;
    private ExperimentResult _option = null!;

    [GlobalSetup]
    public void Setup()
    {
        var file = ScenarioLoader.LoadWithVariants(Path.Combine(Repository(), "scenarios", "bank-training.yaml"));
        _scenario = file.Base;
        _replications = [.. Enumerable.Range(0, _scenario.Replications).Select(r => new Replication(_scenario, r).Run())];
        _baseline = new ExperimentResult(_scenario, _replications);
        var variant = file.Variants[0].Scenario;
        _option = new ExperimentResult(variant, [.. Enumerable.Range(0, variant.Replications).Select(r => new Replication(variant, r).Run())]);
    }

    [Benchmark(Description = "KPIs and intervals of 10 replications × 28 days × 24 intervals")]
    public double Aggregate() => new ExperimentResult(_scenario, _replications).Overall[Kpi.ServiceLevel].Mean ?? 0;

    [Benchmark(Description = "Every KPI of one interval's tallies")]
    public double OneInterval()
    {
        var r = _replications[0];
        return KpiCalculator.Compute(r.ContactsAt(10, 0), r.CentreTimeAt(10), r.CostsIn(10), _scenario.ServiceLevel.Definition)[Kpi.ServiceLevel];
    }

    [Benchmark(Description = "Paired differences of two options, 10 replications")]
    public double Compare() => new Comparison(_baseline, [_option]).Differences[0][Kpi.ServiceLevel].Estimate.Mean ?? 0;

    private static string Repository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Simulator.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Simulator.sln not found above the benchmark binaries.");
    }
}
