using Simulator.Core.Simulation;

namespace Simulator.Core.LookAhead;

/// <summary>The in-process look-ahead: every replication on this machine's cores (a silo's grains spread them over a cluster instead).</summary>
public static class LookAheadRunner
{
    /// <summary>
    /// Forks <paramref name="state"/> as <paramref name="request"/> says and summarises the forks; bad requests throw
    /// <see cref="ArgumentException"/>.
    /// </summary>
    public static LookAheadResult Run(CentreModel model, CentreState state, LookAheadRequest request, int maxParallelism = -1)
    {
        var plan = LookAheadPlan.Create(model, state, request);
        var outcomes = new ForkOutcome[request.Replications];
        Parallel.For(0, outcomes.Length, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, r => outcomes[r] = plan.Run(r));
        return plan.Summarise(outcomes);
    }

    /// <summary>Looks ahead from a running replication's current instant without disturbing it.</summary>
    public static LookAheadResult Run(Replication live, LookAheadRequest request, int maxParallelism = -1) =>
        Run(live.Model, live.Capture(), request, maxParallelism);
}
