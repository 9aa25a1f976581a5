namespace Simulator.Core.Calibration;

/// <param name="Converged">Every block with data is <see cref="BlockOutcome.Matched"/>.</param>
/// <param name="Evaluations">Calls of <see cref="IStaffingResponse.Evaluate"/>: simulations of the horizon.</param>
public sealed record AvailabilitySolution(
    bool Converged,
    int Evaluations,
    string Reason,
    IReadOnlyList<BlockAvailability> Blocks,
    IReadOnlyList<IntervalAvailability> Intervals);
