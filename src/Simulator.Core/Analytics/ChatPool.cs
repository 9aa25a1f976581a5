namespace Simulator.Core.Analytics;

/// <summary>
/// Chat agents, each holding up to k chats at once, as one queue. Without slowdown an agent is exactly
/// k servers, so N agents are Erlang C (or A) with k·N servers. With slowdown s a chat taken while an
/// agent holds i others lasts (1 + s·i) × its handle time; an agent that refills as chats end (a busy
/// pool, when planning matters) holds j chats each taken beside j − 1 others, so the pool is a
/// birth–death process on the chats in service n ≤ k·N whose departure rate depends on n: new chats go
/// to the least-loaded agent, so n chats lie j = ⌊n/N⌋ or j + 1 to an agent, and an agent holding j
/// finishes at g(j) = j·μ / (1 + s·(j − 1)). Beyond k·N chats wait (and may abandon) with the pool departing at
/// r(k·N) = N·g(k): Erlang C's or A's queue with that rate in place of Nμ, and the pool's loss
/// probability in place of Erlang B. Occupancy is used chat places / available places.
/// </summary>
public sealed class ChatPool : IQueueModel
{
    private readonly IQueueModel _servers;
    private readonly ErlangA? _impatient;
    private readonly double _arrivalRate;
    private readonly double _serviceRate;

    /// <param name="workload">Chats arriving and each chat's own handle time (not divided among the chats an agent holds).</param>
    /// <param name="chatsPerAgent">k: the most chats an agent holds at once.</param>
    /// <param name="slowdown">s: each chat already held stretches a new one by this share of its handle time.</param>
    public ChatPool(QueueModelKind kind, IntervalWorkload workload, int chatsPerAgent, double slowdown)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chatsPerAgent, 1);
        if (!(slowdown >= 0) || double.IsInfinity(slowdown)) throw new ArgumentOutOfRangeException(nameof(slowdown), slowdown, "Slowdown is a share ≥ 0.");
        Workload = workload;
        ChatsPerAgent = chatsPerAgent;
        Slowdown = slowdown;
        _servers = StaffingCalculator.CreateModel(kind, workload);
        _impatient = _servers as ErlangA;
        _arrivalRate = workload.ArrivalRatePerSecond;
        _serviceRate = 1 / workload.AverageHandleTime.TotalSeconds;
    }

    public QueueModelKind Kind => _servers.Kind;

    public IntervalWorkload Workload { get; }

    public int ChatsPerAgent { get; }

    public double Slowdown { get; }

    public QueuePerformance Evaluate(int agents, ServiceLevelGoal goal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agents);
        if (Slowdown == 0 || ChatsPerAgent == 1 || agents == 0 || _arrivalRate == 0)
        {
            return _servers.Evaluate(checked(agents * ChatsPerAgent), goal) with { Agents = agents };
        }
        return Pool(agents, goal);
    }

    /// <summary>Service level, the occupancy cap and stability all improve with each agent: gallop, then bisect.</summary>
    public int RequiredAgents(ServiceLevelGoal goal)
    {
        if (_arrivalRate == 0) return 0;
        bool Meets(int agents) => goal.IsMetBy(Evaluate(agents, goal));
        int low = 0;
        int high = 1;
        while (!Meets(high))
        {
            low = high;
            high = checked(high * 2);
        }
        while (high - low > 1)
        {
            int middle = low + (high - low) / 2;
            if (Meets(middle)) high = middle; else low = middle;
        }
        return high;
    }

    /// <summary>Chats per second an agent holding <paramref name="chats"/> finishes.</summary>
    private double AgentRate(int chats) => chats == 0 ? 0 : chats * _serviceRate / (1 + Slowdown * (chats - 1));

    private QueuePerformance Pool(int agents, ServiceLevelGoal goal)
    {
        int places = checked(agents * ChatsPerAgent);
        var agentRate = new double[ChatsPerAgent + 1];
        for (int j = 1; j <= ChatsPerAgent; j++) agentRate[j] = AgentRate(j);

        // Stationary weights of the pool without a queue, scaled as they go so that no power of λ overflows.
        var weight = new double[places + 1];
        weight[0] = 1;
        double total = 1;
        for (int n = 1; n <= places; n++)
        {
            int each = n / agents, fuller = n % agents; // n chats, balanced: `fuller` agents hold one more than the rest
            double rate = (agents - fuller) * agentRate[each] + (fuller > 0 ? fuller * agentRate[each + 1] : 0);
            weight[n] = weight[n - 1] * _arrivalRate / rate;
            total += weight[n];
            if (total > 1e250)
            {
                for (int m = 0; m <= n; m++) weight[m] /= total;
                total = 1;
            }
        }
        double blocking = weight[places] / total;
        double fullRate = agents * agentRate[ChatsPerAgent];
        double traffic = _arrivalRate / _serviceRate;

        QueuePerformance performance;
        double waiting;
        if (_impatient is { } erlangA)
        {
            performance = erlangA.EvaluatePool(agents, blocking, fullRate, goal);
            waiting = performance.ProbabilityOfWaiting;
        }
        else
        {
            if (_arrivalRate >= fullRate)
            {
                return new QueuePerformance(Kind, agents, traffic, 1, 0, null, 1, 0, IsStable: false);
            }
            double load = _arrivalRate / fullRate;
            waiting = Math.Clamp(blocking / (1 - load * (1 - blocking)), 0, 1);
            double spare = fullRate - _arrivalRate;
            double serviceLevel = 1 - waiting * Math.Exp(-spare * goal.AnswerWithin.TotalSeconds);
            performance = new QueuePerformance(Kind, agents, traffic, waiting, Math.Clamp(serviceLevel, 0, 1), waiting / spare, 0, 0, IsStable: true);
        }

        // Used places: states below full in their loss-system proportions, scaled to the mass that does not wait.
        double belowFull = 0;
        double mass = total - weight[places];
        for (int n = 0; n < places; n++) belowFull += n * weight[n];
        double used = (mass > 0 ? belowFull / mass : 0) * (1 - waiting) + places * waiting;
        return performance with { Occupancy = Math.Clamp(used / places, 0, 1) };
    }
}
