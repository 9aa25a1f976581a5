namespace Simulator.Core.History;

/// <summary>Median and median absolute deviation: location and scale that a few wild values cannot move.</summary>
public static class RobustStatistics
{
    /// <summary>1.4826 × MAD estimates the standard deviation of normal data (Rousseeuw &amp; Croux 1993).</summary>
    public const double NormalConsistency = 1.4826;

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The MAD scaled to a standard deviation.</summary>
    public static double Scale(IReadOnlyCollection<double> values)
    {
        double median = Median(values);
        return NormalConsistency * Median(values.Select(v => Math.Abs(v - median)));
    }
}
