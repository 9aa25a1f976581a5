namespace Simulator.Core.Simulation;

/// <summary>One option's difference from the baseline on one KPI, paired replication by replication.</summary>
/// <param name="Significant">The 95 % interval of the paired difference excludes zero.</param>
public readonly record struct KpiDifference(KpiEstimate Estimate, bool Significant);

/// <summary>
/// Options set against a baseline. Replication r of every option saw the same customers (common
/// random numbers: same seed, streams keyed by replication and contact type), so each KPI's
/// difference is taken replication by replication and its interval is that of the paired
/// differences — far narrower than comparing two independent intervals.
/// </summary>
public sealed class Comparison
{
    public Comparison(ExperimentResult baseline, IReadOnlyList<ExperimentResult> options)
    {
        foreach (var option in options)
        {
            if (option.Scenario.Seed != baseline.Scenario.Seed || option.Replications.Count != baseline.Replications.Count)
            {
                throw new ArgumentException(
                    $"\"{option.Scenario.Name}\" ran with seed {option.Scenario.Seed} and {option.Replications.Count} replications, the baseline with seed {baseline.Scenario.Seed} and {baseline.Replications.Count}: paired differences need both equal.",
                    nameof(options));
            }
        }
        Baseline = baseline;
        Options = options;
        Differences = [.. options.Select(option => PerKpi.Of(k =>
            Difference(baseline.OverallByReplication.Select(v => v[k.Kpi]), option.OverallByReplication.Select(v => v[k.Kpi]))))];
        CostDifferences = [.. options.Select(option => PerCostComponent.Of(c =>
            Difference(baseline.CostsByReplication.Select(v => v[c.Component]), option.CostsByReplication.Select(v => v[c.Component]))))];
    }

    public ExperimentResult Baseline { get; }

    public IReadOnlyList<ExperimentResult> Options { get; }

    /// <summary>Per option: option − baseline on each KPI.</summary>
    public PerKpi<KpiDifference>[] Differences { get; }

    /// <summary>Per option: option − baseline on each cost component, paired the same way.</summary>
    public PerCostComponent<KpiDifference>[] CostDifferences { get; }

    /// <summary>
    /// Index among baseline (0) and options (1…) of the best mean on <paramref name="kpi"/>; null when the
    /// KPI has no preferred direction (<see cref="KpiDefinition.Preference"/>), no values, or the best is tied.
    /// </summary>
    public int? Best(Kpi kpi)
    {
        var preference = KpiCatalogue.Of(kpi).Preference;
        if (preference == Preference.None) return null;
        var means = new[] { Baseline }.Concat(Options).Select(r => r.Overall[kpi].Mean).ToArray();
        int? best = null;
        for (int i = 0; i < means.Length; i++)
        {
            if (means[i] is not double mean) continue;
            if (best is null || (preference == Preference.Higher ? mean > means[best.Value]!.Value : mean < means[best.Value]!.Value)) best = i;
        }
        bool tied = best is int b && means.Where((m, i) => i != b && m is double other && Math.Abs(other - means[b]!.Value) <= 1e-12).Any();
        return tied ? null : best;
    }

    private static KpiDifference Difference(IEnumerable<double> baseline, IEnumerable<double> option)
    {
        var differences = baseline.Zip(option, (b, o) => o - b);
        var estimate = KpiEstimate.From(differences, double.NegativeInfinity, double.PositiveInfinity);
        bool significant = estimate.CiLow is double low && estimate.CiHigh is double high && (low > 0 || high < 0);
        return new KpiDifference(estimate, significant);
    }
}
