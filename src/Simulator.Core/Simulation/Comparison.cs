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
    /// <summary>A comparison of experiments whose replications were kept: their paired differences are folded here.</summary>
    public Comparison(ExperimentResult baseline, IReadOnlyList<ExperimentResult> options)
        : this(baseline, options, Pair(baseline, options))
    {
    }

    /// <param name="pairs">The paired differences folded as the replications ran (baseline option 0, then the options in order).</param>
    public Comparison(ExperimentResult baseline, IReadOnlyList<ExperimentResult> options, PairedDifferences pairs)
    {
        foreach (var option in options)
        {
            if (option.Scenario.Seed != baseline.Scenario.Seed || option.Scenario.Replications != baseline.Scenario.Replications)
            {
                throw new ArgumentException(
                    $"\"{option.Scenario.Name}\" ran with seed {option.Scenario.Seed} and {option.Scenario.Replications} replications, " +
                        $"the baseline with seed {baseline.Scenario.Seed} and {baseline.Scenario.Replications}: paired differences need both equal.",
                    nameof(options));
            }
        }
        if (pairs.Options != options.Count + 1 || pairs.Count != baseline.Scenario.Replications)
        {
            throw new ArgumentException($"The paired differences cover {pairs.Options} options and {pairs.Count} replications, not {options.Count + 1} and " +
                $"{baseline.Scenario.Replications}.", nameof(pairs));
        }
        Baseline = baseline;
        Options = options;
        Pairs = pairs;
        Differences = [.. options.Select((_, o) => PerKpi.Of(k => Difference(pairs.Difference(0, o + 1, k.Kpi))))];
        CostDifferences = [.. options.Select((_, o) => PerCostComponent.Of(c => Difference(pairs.Difference(0, o + 1, c.Component))))];
    }

    public ExperimentResult Baseline { get; }

    public IReadOnlyList<ExperimentResult> Options { get; }

    /// <summary>Every two options' paired differences (0 the baseline, 1… the options).</summary>
    public PairedDifferences Pairs { get; }

    /// <summary>How a precision target on the paired differences came out, where the comparison had one.</summary>
    public PrecisionOutcome? Precision { get; init; }

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
            var d = Difference(Pairs.Difference(other, b, kpi)).Estimate;
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
        var d = Difference(Pairs.Difference(b, a, kpi));
        if (!d.Significant || d.Estimate.Mean is not double mean) return 0;
        return (preference == Preference.Higher) == (mean > 0) ? 1 : -1;
    }

    private static KpiDifference Difference(KpiAccumulator differences)
    {
        var estimate = differences.Estimate(double.NegativeInfinity, double.PositiveInfinity);
        bool significant = estimate.CiLow is double low && estimate.CiHigh is double high && (low > 0 || high < 0);
        return new KpiDifference(estimate, significant);
    }

    private static PairedDifferences Pair(ExperimentResult baseline, IReadOnlyList<ExperimentResult> options)
    {
        ExperimentResult[] all = [baseline, .. options];
        if (!all.All(r => r.KeptReplications))
        {
            throw new ArgumentException("These results did not keep their replications: give the paired differences folded as they ran.", nameof(options));
        }
        var pairs = new PairedDifferences(all.Length);
        var accumulators = all.Select(r => new ExperimentAccumulator(r.Scenario)).ToArray();
        int count = all.Min(r => r.Replications.Count);
        for (int replication = 0; replication < count; replication++)
        {
            for (int o = 0; o < all.Length; o++) pairs.Add(o, accumulators[o].Add(all[o].Replications[replication]));
        }
        return pairs;
    }
}
