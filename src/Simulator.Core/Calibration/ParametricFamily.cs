using MathNet.Numerics.Distributions;

namespace Simulator.Core.Calibration;

/// <summary>
/// One family's log-density and log-survival on an unconstrained parameter vector (scales on the log
/// scale), so a Newton step can never leave the parameter space; each natural parameter is a monotone
/// function of one component, so its interval is the component's interval mapped through it.
/// </summary>
internal abstract class ParametricFamily
{
    public static readonly IReadOnlyList<ParametricFamily> All =
        [ExponentialFamily.Instance, LognormalFamily.Instance, GammaFamily.Instance, WeibullFamily.Instance];

    public static ParametricFamily Of(FittedFamily family) => All.Single(f => f.Family == family);

    public abstract FittedFamily Family { get; }

    /// <summary>Names of the natural parameters, in the order of the unconstrained components.</summary>
    public abstract IReadOnlyList<string> ParameterNames { get; }

    public int ParameterCount => ParameterNames.Count;

    public abstract double NaturalParameter(int index, double unconstrained);

    public abstract double LogDensity(ReadOnlySpan<double> p, double t);

    public abstract double LogSurvival(ReadOnlySpan<double> p, double t);

    public abstract double Mean(ReadOnlySpan<double> p);

    public abstract double CoefficientOfVariation(ReadOnlySpan<double> p);

    public abstract IContinuousDistribution Distribution(ReadOnlySpan<double> p);

    /// <summary>A start for Newton's method: the member of the family with the given mean and a shape near the exponential's.</summary>
    public abstract double[] StartFromMean(double mean);

    /// <summary>
    /// Σ events·ln f(t) + Σ censored·ln S(t): the log-likelihood of right-censored durations, less
    /// ln S(entry) for each where they were seen only from an entry time on.
    /// </summary>
    public double CensoredLogLikelihood(ReadOnlySpan<double> p, TimeCounts data)
    {
        double sum = data.EntrySeconds > 0 ? -(data.TotalEvents + data.TotalCensored) * LogSurvival(p, data.EntrySeconds) : 0;
        for (int i = 0; i < data.Count; i++)
        {
            double t = data.Times[i];
            if (data.Events[i] > 0) sum += data.Events[i] * LogDensity(p, t);
            if (data.Censored[i] > 0 && t > 0) sum += data.Censored[i] * LogSurvival(p, t);
        }
        return sum;
    }
}
