using MathNet.Numerics.Distributions;

namespace Simulator.Core.Calibration;

/// <summary>Exponential with p = [ln mean].</summary>
internal sealed class ExponentialFamily : ParametricFamily
{
    public static readonly ExponentialFamily Instance = new();

    public override FittedFamily Family => FittedFamily.Exponential;

    public override IReadOnlyList<string> ParameterNames { get; } = ["mean"];

    public override double NaturalParameter(int index, double unconstrained) => Math.Exp(unconstrained);

    public override double LogDensity(ReadOnlySpan<double> p, double t) => -p[0] - t * Math.Exp(-p[0]);

    public override double LogSurvival(ReadOnlySpan<double> p, double t) => -t * Math.Exp(-p[0]);

    public override double Mean(ReadOnlySpan<double> p) => Math.Exp(p[0]);

    public override double CoefficientOfVariation(ReadOnlySpan<double> p) => 1;

    public override IContinuousDistribution Distribution(ReadOnlySpan<double> p) => new Exponential(Math.Exp(-p[0]));

    public override double[] StartFromMean(double mean) => [Math.Log(mean)];
}
