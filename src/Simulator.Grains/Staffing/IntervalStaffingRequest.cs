namespace Simulator.Grains.Staffing;

/// <summary>One interval's demand and goal, as sent to a <see cref="IStaffingGrain"/>.</summary>
/// <param name="Definition">Service-level definition: offered, answered or excludeShortAbandons.</param>
[GenerateSerializer, Immutable, Alias("ccsim.IntervalStaffingRequest")]
public sealed record IntervalStaffingRequest(
    [property: Id(0)] double Volume,
    [property: Id(1)] TimeSpan IntervalLength,
    [property: Id(2)] TimeSpan AverageHandleTime,
    [property: Id(3)] TimeSpan? AveragePatience,
    [property: Id(4)] double Target,
    [property: Id(5)] TimeSpan AnswerWithin,
    [property: Id(6)] string Definition,
    [property: Id(7)] double? MaxOccupancy,
    [property: Id(8)] double Shrinkage);

/// <summary>The staffing answer for one interval.</summary>
/// <param name="AverageSpeedOfAnswerSeconds">Null when the queue is unstable.</param>
[GenerateSerializer, Immutable, Alias("ccsim.IntervalStaffing")]
public sealed record IntervalStaffing(
    [property: Id(0)] string Model,
    [property: Id(1)] int RequiredAgents,
    [property: Id(2)] int ScheduledAgents,
    [property: Id(3)] double ServiceLevel,
    [property: Id(4)] double ProbabilityOfWaiting,
    [property: Id(5)] double? AverageSpeedOfAnswerSeconds,
    [property: Id(6)] double Occupancy,
    [property: Id(7)] double AbandonmentRate);
