namespace Simulator.Core.Calibration;

/// <param name="Converged">Every block with data is <see cref="BlockOutcome.Matched"/>.</param>
/// <param name="Evaluations">Calls of <see cref="IStaffingResponse.Evaluate"/>: simulations of the horizon (none where <see cref="Measured"/>).</param>
public sealed record AvailabilitySolution(
    bool Converged,
    int Evaluations,
    string Reason,
    IReadOnlyList<BlockAvailability> Blocks,
    IReadOnlyList<IntervalAvailability> Intervals)
{
    /// <summary>Availability was counted from a contact log's agent ids, not searched for: no blocks, no simulations.</summary>
    public bool Measured { get; init; }
}
