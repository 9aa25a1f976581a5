using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Simulator.Core.Calibration;

/// <summary>Weibull with p = [ln shape, ln scale]: S(t) = exp(−(t/scale)^shape).</summary>
internal sealed class WeibullFamily : ParametricFamily
{
    public static readonly WeibullFamily Instance = new();

    public override FittedFamily Family => FittedFamily.Weibull;

    public override IReadOnlyList<string> ParameterNames { get; } = ["shape", "scale"];

    public override double NaturalParameter(int index, double unconstrained) => Math.Exp(unconstrained);

    public override double LogDensity(ReadOnlySpan<double> p, double t)
    {
        double shape = Math.Exp(p[0]);
        double logRatio = Math.Log(t) - p[1];
        return p[0] - p[1] + (shape - 1) * logRatio - Math.Exp(shape * logRatio);
    }

    public override double LogSurvival(ReadOnlySpan<double> p, double t) => -Math.Exp(Math.Exp(p[0]) * (Math.Log(t) - p[1]));

    public override double Mean(ReadOnlySpan<double> p) => Math.Exp(p[1] + SpecialFunctions.GammaLn(1 + Math.Exp(-p[0])));

    public override double CoefficientOfVariation(ReadOnlySpan<double> p)
    {
        double inverseShape = Math.Exp(-p[0]);
        double logFirst = SpecialFunctions.GammaLn(1 + inverseShape);
        double logSecond = SpecialFunctions.GammaLn(1 + 2 * inverseShape);
        return Math.Sqrt(Math.Max(0, double.ExpM1(logSecond - 2 * logFirst)));
    }

    public override IContinuousDistribution Distribution(ReadOnlySpan<double> p) => new Weibull(Math.Exp(p[0]), Math.Exp(p[1]));

    public override double[] StartFromMean(double mean) => [0, Math.Log(mean)];
}
