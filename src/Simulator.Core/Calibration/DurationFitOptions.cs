namespace Simulator.Core.Calibration;

/// <summary>How <see cref="DurationFitter"/> fits and chooses; every default is stated in docs/calibration.md.</summary>
public sealed record DurationFitOptions
{
    public static readonly DurationFitOptions Default = new();

    /// <summary>Confidence level of every interval, in (0, 1).</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>Fewer positive durations than this and nothing is fitted: the result says so.</summary>
    public int MinimumSampleSize { get; init; } = 30;

    /// <summary>The families tried; the scenario format draws handle times from these three.</summary>
    public IReadOnlyList<FittedFamily> Families { get; init; } = [FittedFamily.Exponential, FittedFamily.Lognormal, FittedFamily.Gamma];

    /// <summary>
    /// Among families within this many AIC units of the best, the one with fewest parameters wins:
    /// a difference under 2 is no real support for the larger model (Burnham &amp; Anderson 2002, §2.6).
    /// </summary>
    public double AicParsimonyMargin { get; init; } = 2;

    /// <summary>The level of the Kolmogorov–Smirnov test that decides whether the chosen family fits.</summary>
    public double KolmogorovSmirnovSignificance { get; init; } = 0.01;

    /// <summary>
    /// A family whose distribution function is never more than this far from the data's is kept even
    /// when a large sample makes the test reject it: two percentage points anywhere on the curve does not
    /// move a staffing figure, and no real handle-time distribution is exactly lognormal or gamma.
    /// </summary>
    public double PracticalDistanceTolerance { get; init; } = 0.02;
}
