namespace Simulator.Core.Analytics;

/// <summary>
/// Erlang C (M/M/N, no abandonment). P(wait) = N·B / (N − A(1 − B)) from the Erlang B value;
/// service level = 1 − P(wait)·e^(−(N − A)·T / AHT); ASA = P(wait)·AHT / (N − A); occupancy = A / N.
/// Without abandonment the three service-level definitions coincide.
/// </summary>
public sealed class ErlangC : IQueueModel
{
    /// <summary>Searches stop this many standard deviations of traffic above the load: no reachable target needs more.</summary>
    private const double SearchCeilingDeviations = 100;

    public ErlangC(IntervalWorkload workload)
    {
        Workload = workload;
        Traffic = workload.CheckedTraffic();
    }

    public QueueModelKind Kind => QueueModelKind.ErlangC;

    public IntervalWorkload Workload { get; }

    private double Traffic { get; }

    public QueuePerformance Evaluate(int agents, ServiceLevelGoal goal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agents);
        return FromBlocking(agents, ErlangB.Compute(agents, Traffic), goal.AnswerWithin);
    }

    public int RequiredAgents(ServiceLevelGoal goal)
    {
        if (Traffic == 0) return 0;

        // Below floor(A) + 1 the queue is unstable, and below A / cap the occupancy cap fails:
        // start at the larger bound and step up, updating B(N, A) in O(1) per agent.
        int agents = (int)Math.Floor(Traffic) + 1;
        if (goal.MaxOccupancy is double cap)
        {
            agents = Math.Max(agents, (int)Math.Ceiling(Traffic / cap - 1e-9));
        }
        double ceiling = Traffic + SearchCeilingDeviations * Math.Sqrt(Traffic) + 1_000;
        double blocking = ErlangB.Compute(agents, Traffic);
        while (!goal.IsMetBy(FromBlocking(agents, blocking, goal.AnswerWithin)))
        {
            if (agents > ceiling)
            {
                throw new InvalidOperationException(
                    $"No staffing up to {agents} agents meets a {goal.Target:P1} service level for {Traffic:F2} Erlangs.");
            }
            blocking = ErlangB.Next(blocking, agents, Traffic);
            agents++;
        }
        return agents;
    }

    private QueuePerformance FromBlocking(int agents, double blocking, TimeSpan answerWithin)
    {
        if (Traffic == 0)
        {
            return new QueuePerformance(Kind, agents, 0, 0, 1, 0, 0, 0, IsStable: true);
        }
        if (agents <= Traffic)
        {
            return new QueuePerformance(Kind, agents, Traffic, 1, 0, null, 1, 0, IsStable: false);
        }

        double spare = agents - Traffic;
        double probabilityOfWaiting = Math.Clamp(agents * blocking / (spare + Traffic * blocking), 0, 1);
        double handleSeconds = Workload.AverageHandleTime.TotalSeconds;
        double serviceLevel = 1 - probabilityOfWaiting * Math.Exp(-spare * answerWithin.TotalSeconds / handleSeconds);
        return new QueuePerformance(
            Kind,
            agents,
            Traffic,
            probabilityOfWaiting,
            Math.Clamp(serviceLevel, 0, 1),
            probabilityOfWaiting * handleSeconds / spare,
            Traffic / agents,
            AbandonmentRate: 0,
            IsStable: true);
    }
}
