namespace Simulator.Core.Analytics;

/// <summary>An analytic model of one queue in one interval: the forward and the reverse staffing question.</summary>
public interface IQueueModel
{
    QueueModelKind Kind { get; }

    IntervalWorkload Workload { get; }

    /// <summary>What <paramref name="agents"/> agents achieve against <paramref name="goal"/>'s threshold and definition.</summary>
    QueuePerformance Evaluate(int agents, ServiceLevelGoal goal);

    /// <summary>The smallest number of agents that meets the service-level target and the occupancy cap.</summary>
    int RequiredAgents(ServiceLevelGoal goal);
}
