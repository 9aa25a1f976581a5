using MathNet.Numerics.Distributions;

namespace Simulator.Core.Simulation;

/// <summary>A KPI across replications: mean and 95 % Student-t confidence interval; bounds null with one replication.</summary>
public readonly record struct KpiEstimate(double? Mean, double? CiLow, double? CiHigh, int Replications)
{
    public const double Confidence = 0.95;

    /// <summary>
    /// Estimates from one value per replication; NaN values (KPI undefined in that replication) are left out.
    /// The interval is clipped to the KPI's possible range (counts and times are never negative, shares never above 1).
    /// </summary>
    public static KpiEstimate From(IEnumerable<double> values, double lowest = 0, double highest = double.PositiveInfinity)
    {
        var defined = values.Where(double.IsFinite).ToArray();
        if (defined.Length == 0) return new KpiEstimate(null, null, null, 0);
        double mean = defined.Average();
        if (defined.Length == 1) return new KpiEstimate(mean, null, null, 1);

        double variance = defined.Sum(v => (v - mean) * (v - mean)) / (defined.Length - 1);
        double halfWidth = StudentT.InvCDF(0, 1, defined.Length - 1, 1 - (1 - Confidence) / 2) * Math.Sqrt(variance / defined.Length);
        return new KpiEstimate(mean, Math.Max(lowest, mean - halfWidth), Math.Min(highest, mean + halfWidth), defined.Length);
    }
}
