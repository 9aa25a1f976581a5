namespace Simulator.Core.Analytics;

/// <summary>What a staffing plan must achieve in every interval.</summary>
/// <param name="Target">Share of contacts to answer within <paramref name="AnswerWithin"/>, in (0, 1].</param>
/// <param name="AnswerWithin">The service-level threshold (the "20" in "80/20").</param>
/// <param name="Definition">Which contacts count in the denominator.</param>
/// <param name="MaxOccupancy">Optional cap on agent occupancy, in (0, 1]; null means no cap.</param>
/// <param name="ShortAbandonLimit">Abandons within this wait are left out under <see cref="ServiceLevelDefinition.ExcludeShortAbandons"/>.</param>
public sealed record ServiceLevelGoal(
    double Target,
    TimeSpan AnswerWithin,
    ServiceLevelDefinition Definition = ServiceLevelDefinition.Offered,
    double? MaxOccupancy = null,
    TimeSpan? ShortAbandonLimit = null)
{
    /// <summary>Abandons this quick are usually misdials or callers who changed their mind; 5 s is the common WFM default.</summary>
    public static readonly TimeSpan DefaultShortAbandonLimit = TimeSpan.FromSeconds(5);

    public TimeSpan EffectiveShortAbandonLimit => ShortAbandonLimit ?? DefaultShortAbandonLimit;

    /// <summary>True when the queue is stable, reaches the target and stays within the occupancy cap.</summary>
    public bool IsMetBy(QueuePerformance performance)
    {
        // Absorbs binary rounding so a service level of exactly the target counts as met.
        const double tolerance = 1e-12;
        return performance.IsStable
            && performance.ServiceLevel >= Target - tolerance
            && (MaxOccupancy is not double cap || performance.Occupancy <= cap + tolerance);
    }
}
