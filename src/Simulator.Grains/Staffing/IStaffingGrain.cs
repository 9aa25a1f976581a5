namespace Simulator.Grains.Staffing;

/// <summary>
/// Erlang staffing as an Orleans service, so a cluster can answer staffing questions for many
/// intervals, sites or scenarios in parallel. Stateless: any silo's activation may answer.
/// </summary>
[Alias("ccsim.IStaffingGrain")]
public interface IStaffingGrain : IGrainWithIntegerKey
{
    /// <summary>The smallest staffing that meets the request's goal (Erlang A when a patience is given).</summary>
    [Alias("Recommend")]
    Task<IntervalStaffing> RecommendAsync(IntervalStaffingRequest request);

    /// <summary>What <paramref name="agents"/> agents on the phones achieve.</summary>
    [Alias("Assess")]
    Task<IntervalStaffing> AssessAsync(IntervalStaffingRequest request, int agents);
}
