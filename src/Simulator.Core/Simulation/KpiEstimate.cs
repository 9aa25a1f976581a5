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
        var accumulator = new KpiAccumulator();
        foreach (double value in values) accumulator.Add(value);
        return accumulator.Estimate(lowest, highest);
    }
}
