using MathNet.Numerics.Distributions;

namespace Simulator.Core.Calibration;

/// <summary>A share of successes in trials with Wilson's (1927) score interval, which stays inside [0, 1] and behaves at 0 and n.</summary>
internal static class Proportion
{
    public static Estimate Wilson(double successes, double trials, ConfidenceLevel level)
    {
        if (trials <= 0) return new Estimate(double.NaN, 0, 1, ConfidenceMethod.Wilson);
        double z = Normal.InvCDF(0, 1, level.UpperTail);
        double p = successes / trials;
        double z2n = z * z / trials;
        double centre = (p + z2n / 2) / (1 + z2n);
        double halfWidth = z * Math.Sqrt(p * (1 - p) / trials + z2n / (4 * trials)) / (1 + z2n);
        return new Estimate(p, Math.Max(0, centre - halfWidth), Math.Min(1, centre + halfWidth), ConfidenceMethod.Wilson);
    }
}
