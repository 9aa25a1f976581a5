using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Simulator.Core.Calibration;

/// <summary>Lognormal with p = [μ, ln σ]: ln T ~ Normal(μ, σ²).</summary>
internal sealed class LognormalFamily : ParametricFamily
{
    public static readonly LognormalFamily Instance = new();

    private static readonly double HalfLogTwoPi = 0.5 * Math.Log(2 * Math.PI);

    public override FittedFamily Family => FittedFamily.Lognormal;

    public override IReadOnlyList<string> ParameterNames { get; } = ["mu", "sigma"];

    public override double NaturalParameter(int index, double unconstrained) => index == 0 ? unconstrained : Math.Exp(unconstrained);

    public override double LogDensity(ReadOnlySpan<double> p, double t)
    {
        double sigma = Math.Exp(p[1]);
        double logT = Math.Log(t);
        double z = (logT - p[0]) / sigma;
        return -logT - p[1] - 0.5 * z * z - HalfLogTwoPi;
    }

    public override double LogSurvival(ReadOnlySpan<double> p, double t) =>
        LogNormalUpperTail((Math.Log(t) - p[0]) / Math.Exp(p[1]));

    /// <summary>ln P(Z &gt; z) for a standard normal Z, with Mills' ratio where erfc underflows.</summary>
    internal static double LogNormalUpperTail(double z)
    {
        double tail = 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2));
        if (tail > 1e-300) return Math.Log(tail);
        // Abramowitz & Stegun 26.2.12: P(Z > z) ≈ φ(z)/z · (1 − 1/z² + 3/z⁴) for large z.
        double inverseSquare = 1 / (z * z);
        return -0.5 * z * z - HalfLogTwoPi - Math.Log(z) + Math.Log(1 - inverseSquare + 3 * inverseSquare * inverseSquare);
    }

    public override double Mean(ReadOnlySpan<double> p)
    {
        double sigma = Math.Exp(p[1]);
        return Math.Exp(p[0] + sigma * sigma / 2);
    }

    public override double CoefficientOfVariation(ReadOnlySpan<double> p)
    {
        double sigma = Math.Exp(p[1]);
        return Math.Sqrt(double.ExpM1(sigma * sigma));
    }

    public override IContinuousDistribution Distribution(ReadOnlySpan<double> p) => new LogNormal(p[0], Math.Exp(p[1]));

    // σ = 1 has a coefficient of variation of 1.3, near the exponential's 1.
    public override double[] StartFromMean(double mean) => [Math.Log(mean) - 0.5, 0];
}
