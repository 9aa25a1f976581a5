using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Calibration;

/// <summary>
/// The simulator as an <see cref="IStaffingResponse"/>: interval i gets effectiveAgents[i] agents taking contacts
/// (each group's shrinkage in that interval set to 1 − agents / heads, fraction kept), and the scenario's own
/// replications run with its own seed on every call, so the same customers meet each availability (common random
/// numbers) and the response is a deterministic function of the agents. Abandonment and ASA are pooled over replications.
/// </summary>
public sealed class SimulatedStaffingResponse(Scenario scenario, IReadOnlyList<double> heads, int? maxParallelism = null,
    CancellationToken cancellationToken = default)
    : IStaffingResponse
{
    /// <summary>Shrinkage never quite reaches 1 (the scenario format's bound): an interval with no one available keeps a millionth of its heads.</summary>
    private const double MostShrinkage = 0.999_999;

    public int IntervalCount => heads.Count;

    /// <summary>The scenario with availability <paramref name="effectiveAgents"/>: what a calibrated scenario is written as.</summary>
    public Scenario WithAvailability(IReadOnlyList<double> effectiveAgents)
    {
        var shares = effectiveAgents.Select((agents, i) => heads[i] > 0 ? Math.Clamp(1 - agents / heads[i], 0, MostShrinkage) : 0).ToValueList();
        return scenario with
        {
            AgentGroups = [.. scenario.AgentGroups.Select(g => g with { Shrinkage = shares.Average(), ShrinkagePerInterval = shares })],
        };
    }

    public IReadOnlyList<IntervalResponse> Evaluate(IReadOnlyList<double> effectiveAgents) =>
        Responses(ExperimentRunner.Run(WithAvailability(effectiveAgents), maxParallelism, cancellationToken: cancellationToken));

    /// <summary>Abandoned / offered and the mean answered wait per interval, pooled over the replications.</summary>
    public static IReadOnlyList<IntervalResponse> Responses(ExperimentResult result)
    {
        var responses = new IntervalResponse[result.Scenario.Horizon.TotalIntervals];
        for (int i = 0; i < responses.Length; i++)
        {
            var tally = Pooled(result, i);
            responses[i] = new IntervalResponse(
                tally.Offered > 0 ? (double)tally.Abandoned / tally.Offered : 0,
                tally.Answered > 0 ? tally.AnsweredWaitSeconds / tally.Answered : null);
        }
        return responses;
    }

    /// <summary>Interval <paramref name="interval"/>'s contacts of every type, summed over the replications.</summary>
    public static ContactTally Pooled(ExperimentResult result, int interval) => result.PooledContactsAt(interval);
}
