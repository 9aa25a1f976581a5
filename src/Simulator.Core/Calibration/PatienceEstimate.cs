namespace Simulator.Core.Calibration;

/// <summary>What queued contacts' waits say about patience.</summary>
/// <param name="Queued">Contacts in the estimate, answered or abandoned; with short abandons left out, those who waited past the limit.</param>
/// <param name="TotalWaitSeconds">Time all of them spent waiting: the exposure of the exponential estimate.</param>
/// <param name="Exponential">Abandons / total time waited, with its likelihood-ratio interval; null when not identifiable.</param>
/// <param name="Candidates">Every family fitted with censoring, best AIC first (the exponential among them).</param>
/// <param name="Chosen">The exponential unless a richer family beats it by the AIC margin.</param>
/// <param name="ShortAbandons">Counted on all queued contacts given, whether or not they were left out of the fits.</param>
public sealed record PatienceEstimate(
    EstimateStatus Status,
    string Reason,
    int Queued,
    int Abandoned,
    double TotalWaitSeconds,
    FittedDistribution? Exponential,
    IReadOnlyList<FittedDistribution> Candidates,
    FittedDistribution? Chosen,
    KaplanMeierCurve KaplanMeier,
    IReadOnlyList<HazardBin> Hazard,
    ShortAbandons ShortAbandons);
