namespace Simulator.Core.Scenarios;

public enum DistributionFamily
{
    Exponential,
    Lognormal,
    Gamma,
    Constant,
    Empirical,
}

/// <summary>A random duration: handle time, wrap-up or patience.</summary>
/// <param name="CoefficientOfVariation">Standard deviation / mean, for lognormal and gamma.</param>
/// <param name="Samples">The observed durations an empirical distribution draws from.</param>
public sealed record DurationDistribution(
    DistributionFamily Family,
    TimeSpan Mean,
    double? CoefficientOfVariation = null,
    ValueList<TimeSpan>? Samples = null)
{
    /// <summary>A spread beyond this (a standard deviation a hundred times the mean) is a typo, not a contact centre.</summary>
    public const double MaxCoefficientOfVariation = 100;

    public static DurationDistribution Exponential(TimeSpan mean) => new(DistributionFamily.Exponential, mean);
}
