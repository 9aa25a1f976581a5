using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Simulator.Core.Calibration;

/// <summary>Gamma with p = [ln shape, ln scale].</summary>
internal sealed class GammaFamily : ParametricFamily
{
    public static readonly GammaFamily Instance = new();

    public override FittedFamily Family => FittedFamily.Gamma;

    public override IReadOnlyList<string> ParameterNames { get; } = ["shape", "scale"];

    public override double NaturalParameter(int index, double unconstrained) => Math.Exp(unconstrained);

    public override double LogDensity(ReadOnlySpan<double> p, double t)
    {
        double shape = Math.Exp(p[0]);
        return (shape - 1) * Math.Log(t) - t * Math.Exp(-p[1]) - shape * p[1] - SpecialFunctions.GammaLn(shape);
    }

    public override double LogSurvival(ReadOnlySpan<double> p, double t)
    {
        double shape = Math.Exp(p[0]);
        double x = t * Math.Exp(-p[1]);
        double upper = SpecialFunctions.GammaUpperRegularized(shape, x);
        if (upper > 1e-300) return Math.Log(upper);
        // Far in the tail Γ(k, x) ≈ x^(k−1)·e^(−x) (Abramowitz & Stegun 6.5.32, leading term).
        return (shape - 1) * Math.Log(x) - x - SpecialFunctions.GammaLn(shape);
    }

    public override double Mean(ReadOnlySpan<double> p) => Math.Exp(p[0] + p[1]);

    public override double CoefficientOfVariation(ReadOnlySpan<double> p) => Math.Exp(-p[0] / 2);

    public override IContinuousDistribution Distribution(ReadOnlySpan<double> p) => new Gamma(Math.Exp(p[0]), Math.Exp(-p[1]));

    public override double[] StartFromMean(double mean) => [0, Math.Log(mean)];
}
