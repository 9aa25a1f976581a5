using Simulator.Core.Analytics;

namespace Simulator.Core.Calibration;

/// <summary>
/// The analytic stand-in for the simulator: each interval on its own in Erlang A's steady state, with
/// real numbers of agents. Cheap, deterministic and monotone, so the availability search can be tested
/// against it, and a first guess made before any simulation.
/// </summary>
public sealed class ErlangAStaffingResponse : IStaffingResponse
{
    private readonly IReadOnlyList<IntervalWorkload> _intervals;

    /// <param name="intervals">Each interval's volume, length, AHT and (exponential) mean patience.</param>
    public ErlangAStaffingResponse(IReadOnlyList<IntervalWorkload> intervals)
    {
        for (int i = 0; i < intervals.Count; i++)
        {
            if (intervals[i].AveragePatience is not TimeSpan patience || patience <= TimeSpan.Zero)
            {
                throw new ArgumentException($"Interval {i} has no positive mean patience: Erlang A needs one.", nameof(intervals));
            }
        }
        _intervals = intervals;
    }

    public int IntervalCount => _intervals.Count;

    public IReadOnlyList<IntervalResponse> Evaluate(IReadOnlyList<double> effectiveAgents)
    {
        if (effectiveAgents.Count != _intervals.Count) throw new ArgumentException($"Agents are given for {effectiveAgents.Count} intervals; the model has " +
            $"{_intervals.Count}.", nameof(effectiveAgents));
        var result = new IntervalResponse[_intervals.Count];
        for (int i = 0; i < result.Length; i++)
        {
            var workload = _intervals[i];
            var outcome = FractionalErlangA.Evaluate(
                workload.ArrivalRatePerSecond,
                workload.AverageHandleTime.TotalSeconds,
                workload.AveragePatience!.Value.TotalSeconds,
                Math.Max(0, effectiveAgents[i]));
            result[i] = new IntervalResponse(outcome.AbandonmentRate, outcome.AverageSpeedOfAnswerSeconds);
        }
        return result;
    }
}
