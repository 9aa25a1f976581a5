using MathNet.Numerics.Distributions;

namespace Simulator.Core.Simulation;

/// <summary>
/// One KPI's values across replications, folded as they arrive in constant space: count, sum, and
/// Welford's running mean and sum of squared deviations (Welford 1962; Knuth, TAOCP vol. 2, 4.2.2),
/// which stays accurate where the textbook sum of squares cancels catastrophically. The mean is the
/// plain sum over the count, so folded in replication order it is the very number a mean over a list
/// of the values gives. NaN values (the KPI is undefined in that replication) are left out.
/// </summary>
public struct KpiAccumulator
{
    private double _sum;
    private double _mean;
    private double _squaredDeviations;

    public int Count { readonly get; private set; }

    public readonly double Mean => Count == 0 ? double.NaN : _sum / Count;

    /// <summary>Sample variance (n − 1 in the denominator); NaN below two values.</summary>
    public readonly double Variance => Count < 2 ? double.NaN : _squaredDeviations / (Count - 1);

    public void Add(double value)
    {
        if (!double.IsFinite(value)) return;
        Count++;
        _sum += value;
        double delta = value - _mean;
        _mean += delta / Count;
        _squaredDeviations += delta * (value - _mean);
    }

    /// <summary>
    /// The two accumulators as one (Chan, Golub &amp; LeVeque 1979, pairwise update): what folding all of
    /// <paramref name="other"/>'s values after this one's would give, up to rounding.
    /// </summary>
    public readonly KpiAccumulator Merge(in KpiAccumulator other)
    {
        if (other.Count == 0) return this;
        if (Count == 0) return other;
        int count = Count + other.Count;
        double delta = other._mean - _mean;
        return new KpiAccumulator
        {
            Count = count,
            _sum = _sum + other._sum,
            _mean = _mean + delta * other.Count / count,
            _squaredDeviations = _squaredDeviations + other._squaredDeviations + delta * delta * ((double)Count * other.Count / count),
        };
    }

    /// <summary>The accumulator of the same values negated: exact, as negation commutes with rounding to nearest.</summary>
    public readonly KpiAccumulator Negated() => new()
    {
        Count = Count,
        _sum = -_sum,
        _mean = -_mean,
        _squaredDeviations = _squaredDeviations,
    };

    /// <summary>Half-width of the 95 % Student-t interval; null below two values.</summary>
    public readonly double? HalfWidth => Count < 2 ? null : TQuantile(Count - 1) * Math.Sqrt(Variance / Count);

    /// <summary>The 97.5 % quantile of Student's t with <paramref name="degreesOfFreedom"/>: a two-sided 95 % interval.</summary>
    public static double TQuantile(int degreesOfFreedom) =>
        StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - (1 - KpiEstimate.Confidence) / 2);

    /// <summary>Mean and 95 % interval, clipped to the KPI's possible range.</summary>
    public readonly KpiEstimate Estimate(double lowest = 0, double highest = double.PositiveInfinity)
    {
        if (Count == 0) return new KpiEstimate(null, null, null, 0);
        double mean = Mean;
        if (HalfWidth is not double halfWidth) return new KpiEstimate(mean, null, null, Count);
        return new KpiEstimate(mean, Math.Max(lowest, mean - halfWidth), Math.Min(highest, mean + halfWidth), Count);
    }
}

/// <summary>One <see cref="KpiAccumulator"/> per KPI of the catalogue: an overall, interval, day or contact type's KPIs over replications.</summary>
public sealed class KpiAccumulators
{
    private readonly KpiAccumulator[] _kpis = new KpiAccumulator[KpiCatalogue.All.Count];

    public void Add(in PerKpi<double> values)
    {
        for (int k = 0; k < _kpis.Length; k++) _kpis[k].Add(values[(Kpi)k]);
    }

    public KpiAccumulator this[Kpi kpi] => _kpis[(int)kpi];

    public PerKpi<KpiEstimate> Estimates() => PerKpi.Of(k => _kpis[(int)k.Kpi].Estimate(k.Lowest, k.Highest));
}
