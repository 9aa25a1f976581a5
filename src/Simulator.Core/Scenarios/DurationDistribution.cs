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
    IReadOnlyList<TimeSpan>? Samples = null)
{
    public static DurationDistribution Exponential(TimeSpan mean) => new(DistributionFamily.Exponential, mean);

    public bool Equals(DurationDistribution? other) =>
        other is not null && Family == other.Family && Mean == other.Mean
        && CoefficientOfVariation == other.CoefficientOfVariation
        && (Samples ?? []).SequenceEqual(other.Samples ?? []);

    public override int GetHashCode() => HashCode.Combine(Family, Mean, CoefficientOfVariation);
}
