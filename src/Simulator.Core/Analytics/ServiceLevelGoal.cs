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
}
