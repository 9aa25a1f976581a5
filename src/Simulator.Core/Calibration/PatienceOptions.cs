namespace Simulator.Core.Calibration;

/// <summary>How <see cref="PatienceEstimator"/> reads waits; every default is stated in docs/calibration.md.</summary>
public sealed record PatienceOptions
{
    public static readonly PatienceOptions Default = new();

    public double Confidence { get; init; } = 0.95;

    /// <summary>Abandons this quick are counted as short abandons (the same 5 s as the service-level definition's default).</summary>
    public double ShortAbandonLimitSeconds { get; init; } = 5;

    /// <summary>
    /// Leave short abandons out of the patience fits: they are mostly misdials and callers who changed
    /// their mind, and their spike at the start distorts a smooth family (Brown et al. 2005, §6). Every
    /// wait at or under the limit is then dropped, abandoned or answered, and the rest are seen from the
    /// limit on (delayed entry): the fits are conditional on patience beyond the limit, which for the
    /// exponential is the patience itself. Dropping only the abandons would count the first seconds'
    /// waiting with none of their abandons and overstate patience. Off by default.
    /// </summary>
    public bool ExcludeShortAbandons { get; init; }

    /// <summary>
    /// A wait logged as 0 s for an abandon is taken as this long: logs round to whole seconds, and no
    /// continuous family has mass at zero. Half the resolution is the midpoint of what "0" covers.
    /// </summary>
    public double ZeroAbandonSeconds { get; init; } = 0.5;

    /// <summary>Two-parameter families tried against the exponential. Weibull is fitted but the scenario format cannot draw it yet.</summary>
    public IReadOnlyList<FittedFamily> Families { get; init; } = [FittedFamily.Lognormal, FittedFamily.Weibull, FittedFamily.Gamma];

    /// <summary>A family with more parameters replaces the exponential only when its AIC is lower by more than this (Burnham &amp; Anderson 2002).</summary>
    public double AicParsimonyMargin { get; init; } = 2;

    /// <summary>Fewer abandons than this and only the exponential is fitted: a shape needs more than a handful of events.</summary>
    public int MinimumAbandonsForShape { get; init; } = 10;

    /// <summary>Bins of the hazard estimate up to the 95th percentile of waits (one more, open bin beyond).</summary>
    public int HazardBins { get; init; } = 20;
}
