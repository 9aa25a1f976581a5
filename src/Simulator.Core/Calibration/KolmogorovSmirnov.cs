namespace Simulator.Core.Calibration;

/// <summary>The Kolmogorov–Smirnov distance and its large-sample critical value (Kolmogorov 1933; Smirnov 1948).</summary>
internal static class KolmogorovSmirnov
{
    /// <summary>
    /// sup |Fₙ(x) − F(x)| over a sorted sample. With ties the empirical function jumps by the whole
    /// group, and comparing F at each element with i/n and (i + 1)/n still finds both sides of the jump.
    /// </summary>
    public static double Distance(ReadOnlySpan<double> sorted, Func<double, double> cdf)
    {
        int n = sorted.Length;
        double distance = 0;
        for (int i = 0; i < n; i++)
        {
            double f = cdf(sorted[i]);
            distance = Math.Max(distance, Math.Max(f - (double)i / n, (i + 1.0) / n - f));
        }
        return distance;
    }

    /// <summary>
    /// c(α)/√n with c(α) = √(−ln(α/2)/2), the asymptotic Kolmogorov quantile. With parameters fitted to
    /// the same sample the true critical value is smaller (Lilliefors 1967), so this test errs towards
    /// keeping a family.
    /// </summary>
    public static double CriticalDistance(double significance, int sampleSize) =>
        Math.Sqrt(-Math.Log(significance / 2) / 2) / Math.Sqrt(sampleSize);
}
