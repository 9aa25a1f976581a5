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
                    $"\"{option.Scenario.Name}\" ran with seed {option.Scenario.Seed} and {option.Replications.Count} replications, the baseline with seed " +
                        $"{baseline.Scenario.Seed} and {baseline.Replications.Count}: paired differences need both equal.",
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
    /// Index among baseline (0) and options (1…) of the option better on <paramref name="kpi"/> than every other
    /// one, each paired difference significant (its 95 % interval excludes zero); null when the KPI has no
    /// preferred direction (<see cref="KpiDefinition.Preference"/>), no values, or no option is significantly
    /// better than all the others (a tie included): a report then says "no significant difference".
    /// </summary>
    public int? Best(Kpi kpi)
    {
        var preference = KpiCatalogue.Of(kpi).Preference;
        if (preference == Preference.None) return null;
        var all = new[] { Baseline }.Concat(Options).ToArray();
        var means = all.Select(r => r.Overall[kpi].Mean).ToArray();
        int? best = null;
        for (int i = 0; i < means.Length; i++)
        {
            if (means[i] is not double mean) continue;
            if (best is null || (preference == Preference.Higher ? mean > means[best.Value]!.Value : mean < means[best.Value]!.Value)) best = i;
        }
        if (best is not int b) return null;
        for (int other = 0; other < all.Length; other++)
        {
            if (other == b || means[other] is null) continue;
            var d = Difference(all[other].OverallByReplication.Select(v => v[kpi]), all[b].OverallByReplication.Select(v => v[kpi])).Estimate;
            bool better = preference == Preference.Higher ? d.CiLow > 0 : d.CiHigh < 0;
            if (!better) return null;
        }
        return b;
    }

    /// <summary>
    /// +1 when option <paramref name="a"/> (0 the baseline, 1… the options) is significantly better than option
    /// <paramref name="b"/> on <paramref name="kpi"/> by their paired difference, −1 when significantly worse, 0 when
    /// the difference is not significant or the KPI has no preferred direction.
    /// </summary>
    public int Compare(int a, int b, Kpi kpi)
    {
        var preference = KpiCatalogue.Of(kpi).Preference;
        if (preference == Preference.None) return 0;
        var all = new[] { Baseline }.Concat(Options).ToArray();
        var d = Difference(all[b].OverallByReplication.Select(v => v[kpi]), all[a].OverallByReplication.Select(v => v[kpi]));
        if (!d.Significant || d.Estimate.Mean is not double mean) return 0;
        return (preference == Preference.Higher) == (mean > 0) ? 1 : -1;
    }

    /// <summary>The paired difference option − baseline, replication by replication, with its 95 % interval.</summary>
    internal static KpiDifference Difference(IEnumerable<double> baseline, IEnumerable<double> option)
    {
        var differences = baseline.Zip(option, (b, o) => o - b);
        var estimate = KpiEstimate.From(differences, double.NegativeInfinity, double.PositiveInfinity);
        bool significant = estimate.CiLow is double low && estimate.CiHigh is double high && (low > 0 || high < 0);
        return new KpiDifference(estimate, significant);
    }
}
