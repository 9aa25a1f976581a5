using MathNet.Numerics.LinearAlgebra;

namespace Simulator.Core.Calibration;

/// <summary>
/// Maximum-likelihood fits of a family to right-censored durations (a complete sample is the case with
/// nothing censored), with Wald intervals from the observed Fisher information: each natural parameter
/// from its own unconstrained component, the mean and coefficient of variation by the delta method on
/// the log scale, so no bound is ever negative.
/// </summary>
internal static class LikelihoodFit
{
    public static MaximumLikelihood Maximize(ParametricFamily family, TimeCounts data, double startMean) =>
        NewtonMaximizer.Maximize(p => family.CensoredLogLikelihood(p, data), family.StartFromMean(startMean));

    public static FittedDistribution Describe(ParametricFamily family, MaximumLikelihood fit, ConfidenceLevel level, double distance)
    {
        double z = level.NormalQuantile;
        var p = fit.Parameters;
        var parameters = new FittedParameter[family.ParameterCount];
        for (int i = 0; i < parameters.Length; i++)
        {
            double se = Math.Sqrt(fit.Covariance[i, i]);
            double low = double.IsFinite(se) ? family.NaturalParameter(i, p[i] - z * se) : family.NaturalParameter(i, double.NegativeInfinity);
            double high = double.IsFinite(se) ? family.NaturalParameter(i, p[i] + z * se) : family.NaturalParameter(i, double.PositiveInfinity);
            parameters[i] = new FittedParameter(family.ParameterNames[i],
                new Estimate(family.NaturalParameter(i, p[i]), low, high, ConfidenceMethod.ObservedInformation));
        }
        return new FittedDistribution(
            family.Family,
            family.Distribution(p),
            parameters,
            LogScaleWald(q => family.Mean(q), p, fit.Covariance, z),
            LogScaleWald(q => family.CoefficientOfVariation(q), p, fit.Covariance, z),
            fit.LogLikelihood,
            distance);
    }

    /// <summary>g(p̂)·exp(±z·se(ln g)), se from the delta method: (∇ln g)ᵀ Σ (∇ln g).</summary>
    public static Estimate LogScaleWald(Func<double[], double> g, double[] p, Matrix<double> covariance, double z)
    {
        double value = g(p);
        var gradient = NewtonMaximizer.Gradient(q => Math.Log(g(q)), p);
        double variance = 0;
        for (int i = 0; i < p.Length; i++)
        {
            for (int j = 0; j < p.Length; j++)
            {
                if (gradient[i] != 0 && gradient[j] != 0) variance += gradient[i] * covariance[i, j] * gradient[j];
            }
        }
        double se = Math.Sqrt(Math.Max(0, variance));
        return double.IsFinite(se)
            ? new Estimate(value, value * Math.Exp(-z * se), value * Math.Exp(z * se), ConfidenceMethod.ObservedInformation)
            : new Estimate(value, 0, double.PositiveInfinity, ConfidenceMethod.ObservedInformation);
    }
}
