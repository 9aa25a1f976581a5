using MathNet.Numerics.Distributions;

namespace Simulator.Core.Calibration;

/// <summary>The quantiles every interval of one confidence level needs.</summary>
internal readonly record struct ConfidenceLevel(double Level)
{
    /// <summary>The two-sided normal quantile z with P(|Z| ≤ z) = level.</summary>
    public double NormalQuantile => Normal.InvCDF(0, 1, UpperTail);

    /// <summary>The χ²₁ quantile a likelihood-ratio interval cuts at (z² for a two-sided level).</summary>
    public double LikelihoodRatioDrop => NormalQuantile * NormalQuantile / 2;

    public double LowerTail => (1 - Level) / 2;

    public double UpperTail => 1 - (1 - Level) / 2;

    public static ConfidenceLevel Checked(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "A confidence level is a share strictly between 0 and 1, such as 0.95.");
        }
        return new ConfidenceLevel(level);
    }
}
