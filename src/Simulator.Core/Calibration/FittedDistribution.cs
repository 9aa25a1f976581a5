using MathNet.Numerics.Distributions;

namespace Simulator.Core.Calibration;

/// <summary>
/// A family fitted by maximum likelihood: its parameters, mean and coefficient of variation with
/// confidence intervals, the likelihood and AIC that choose between families, and a distance to the
/// data's own curve.
/// </summary>
public sealed class FittedDistribution
{
    private readonly IContinuousDistribution _distribution;

    internal FittedDistribution(
        FittedFamily family,
        IContinuousDistribution distribution,
        IReadOnlyList<FittedParameter> parameters,
        Estimate meanSeconds,
        Estimate coefficientOfVariation,
        double logLikelihood,
        double kolmogorovSmirnovDistance)
    {
        Family = family;
        _distribution = distribution;
        Parameters = parameters;
        MeanSeconds = meanSeconds;
        CoefficientOfVariation = coefficientOfVariation;
        LogLikelihood = logLikelihood;
        KolmogorovSmirnovDistance = kolmogorovSmirnovDistance;
    }

    public FittedFamily Family { get; }

    public IReadOnlyList<FittedParameter> Parameters { get; }

    public Estimate MeanSeconds { get; }

    /// <summary>Standard deviation / mean, the <c>cv</c> of the scenario format.</summary>
    public Estimate CoefficientOfVariation { get; }

    public double LogLikelihood { get; }

    public int ParameterCount => Parameters.Count;

    /// <summary>Akaike's information criterion, 2k − 2 ln L: lower is better (Akaike 1974).</summary>
    public double Aic => 2 * ParameterCount - 2 * LogLikelihood;

    /// <summary>
    /// The largest vertical gap between the fitted distribution function and the data's: the empirical
    /// distribution for a complete sample, the Kaplan–Meier estimate for censored durations.
    /// </summary>
    public double KolmogorovSmirnovDistance { get; }

    public double Cdf(double seconds) => seconds <= 0 ? 0 : _distribution.CumulativeDistribution(seconds);

    public double Survival(double seconds) => 1 - Cdf(seconds);

    public double Density(double seconds) => seconds <= 0 ? 0 : _distribution.Density(seconds);

    public FittedParameter Parameter(string name) =>
        Parameters.FirstOrDefault(p => p.Name == name) is { Name: not null } found
            ? found
            : throw new ArgumentException($"A {Family} fit has no parameter '{name}'; it has {string.Join(", ", Parameters.Select(p => p.Name))}.",
                nameof(name));
}
