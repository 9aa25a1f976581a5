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

    /// <summary>
    /// An exponential fit from its mean and that mean's interval: d abandons (or n durations) give
    /// ln L = −d·ln m̂ − d at the maximum, censored or not. The coefficient of variation is 1 by definition.
    /// </summary>
    public static FittedDistribution Fitted(Estimate mean, double events, Func<IContinuousDistribution, double> distance)
    {
        var distribution = Instance.Distribution([Math.Log(mean.Value)]);
        return new FittedDistribution(
            FittedFamily.Exponential,
            distribution,
            [new FittedParameter("mean", mean)],
            mean,
            new Estimate(1, 1, 1, mean.Method),
            -events * Math.Log(mean.Value) - events,
            distance(distribution));
    }
}
