namespace Simulator.Core.Calibration;

/// <summary>
/// What the centre does with a given availability: mean abandonment and ASA in each interval when
/// interval i has <c>effectiveAgents[i]</c> agents available (a real number: 7.3 agents is 7.3).
/// Implemented by the simulator with common random numbers (the same seeds and replications on every
/// call), so the response is a deterministic function of the agents and a search on it sees the effect
/// of the agents, not the noise of new random numbers; and by <see cref="ErlangAStaffingResponse"/>, the
/// analytic stand-in. Abandonment and ASA are expected to fall as an interval's own agents rise; an
/// interval may also depend on earlier intervals (a queue carried over), not on later ones.
/// </summary>
public interface IStaffingResponse
{
    int IntervalCount { get; }

    IReadOnlyList<IntervalResponse> Evaluate(IReadOnlyList<double> effectiveAgents);
}
