namespace Simulator.Core.Analytics;

/// <summary>What a planner gets for one interval: the answer and what one agent more or fewer buys.</summary>
/// <param name="RequiredAgents">Agents on the phones (the Erlang answer, or the agents asked about).</param>
/// <param name="ScheduledAgents">Paid agents to schedule so that <paramref name="RequiredAgents"/> remain after shrinkage.</param>
/// <param name="Performance">The queue's performance at <paramref name="RequiredAgents"/>.</param>
/// <param name="Neighbourhood">Performance a few agent counts below and above, ascending.</param>
public sealed record StaffingRecommendation(
    int RequiredAgents,
    int ScheduledAgents,
    QueuePerformance Performance,
    IReadOnlyList<QueuePerformance> Neighbourhood);

public static class StaffingCalculator
{
    /// <summary>
    /// Scheduled agents = ⌈N / (1 − shrinkage)⌉, guarded against binary rounding: 14 / 0.7 is
    /// 20.000000000000004 in doubles and must schedule 20, not 21.
    /// </summary>
    public static int ScheduledAgents(int requiredAgents, double shrinkage)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(requiredAgents);
        if (shrinkage is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(shrinkage), shrinkage, "Shrinkage must be in [0, 1).");
        const double roundingGuard = 1e-9;
        return (int)Math.Ceiling(requiredAgents / (1 - shrinkage) - roundingGuard);
    }

    /// <summary>The model for a workload: Erlang A when asked for and the callers have a finite patience, else Erlang C.</summary>
    public static IQueueModel CreateModel(QueueModelKind kind, IntervalWorkload workload) =>
        kind == QueueModelKind.ErlangA && workload.AveragePatience is not null
            ? new ErlangA(workload)
            : new ErlangC(workload with { AveragePatience = null });

    /// <summary>The smallest staffing meeting <paramref name="goal"/>, and its neighbourhood.</summary>
    public static StaffingRecommendation Recommend(IQueueModel model, ServiceLevelGoal goal, double shrinkage, int neighbourhood = 0) =>
        Assess(model, model.RequiredAgents(goal), goal, shrinkage, neighbourhood);

    /// <summary>The reverse question: what does <paramref name="agents"/> agents on the phones achieve?</summary>
    public static StaffingRecommendation Assess(IQueueModel model, int agents, ServiceLevelGoal goal, double shrinkage, int neighbourhood = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(neighbourhood);
        var around = new List<QueuePerformance>(2 * neighbourhood + 1);
        long last = Math.Min((long)agents + neighbourhood, int.MaxValue);
        for (long n = Math.Max(0, (long)agents - neighbourhood); n <= last; n++)
        {
            around.Add(model.Evaluate((int)n, goal));
        }
        var performance = around.First(p => p.Agents == agents);
        return new StaffingRecommendation(agents, ScheduledAgents(agents, shrinkage), performance, around);
    }
}
