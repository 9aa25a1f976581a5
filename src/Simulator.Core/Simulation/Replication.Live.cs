using Simulator.Core.Analytics;

namespace Simulator.Core.Simulation;

/// <summary>
/// What a live centre needs from the kernel beyond a batch run: an observer that sees each entity
/// change, controls that act at the current simulated instant (agents, surges, bots), and a status
/// of queues, agents and today's service so far. Batch runs use none of it.
/// </summary>
public sealed partial class Replication
{
    /// <summary>Reports every contact and agent change to <paramref name="observer"/> from now on (a live centre's grains).</summary>
    public void Observe(ICentreObserver observer) => _centre = observer;

    public int GroupIndex(string groupId) => IndexOf(_groupIndex, groupId, "agent group", "groups");

    public int TypeIndex(string contactTypeId) => IndexOf(_typeIndex, contactTypeId, "contact type", "types");

    private static int IndexOf(Dictionary<string, int> ids, string id, string what, string plural) =>
        ids.TryGetValue(id, out int index) ? index : throw new ArgumentException($"no {what} '{id}' ({plural}: {string.Join(", ", ids.Keys)})");

    /// <summary>
    /// Adds (or, negative, removes) agents of a group from now on, on top of its schedule; removed agents
    /// finish their contacts first. Agents added are paid from now to the end of the horizon at the
    /// group's rate; agents sent home keep their scheduled pay.
    /// </summary>
    public void AddAgents(string groupId, int delta)
    {
        int g = GroupIndex(groupId);
        Account(Now);
        int before = _extra[g];
        _extra[g] = before + delta;
        if (_interval != Closed)
        {
            double rest = (_timeline.IntervalEnd(_interval) - Now) / 3_600;
            _result.CostAt(_interval, CostComponent.AgentHours) += (Math.Max(0, _extra[g]) - Math.Max(0, before)) * rest * _costPerHour[g];
            Staff(g, Math.Max(0, _scheduled[g] + _extra[g]), Now);
        }
    }

    /// <summary>Agents of a group added (or, negative, removed) by hand on top of its schedule.</summary>
    public int AddedAgents(string groupId) => _extra[GroupIndex(groupId)];

    /// <summary>From now on, contacts of a type arrive at <paramref name="factor"/> × the planned rate (1 ends a surge).</summary>
    public void Surge(string contactTypeId, double factor)
    {
        if (!(factor >= 0) || double.IsPositiveInfinity(factor)) throw new ArgumentException($"a surge factor is a number ≥ 0, such as 1.5; not {factor}");
        int t = TypeIndex(contactTypeId);
        _arrivals[t].SetFactor(factor, Now);
        _nextArrival[t] = _arrivals[t].Next();
    }

    /// <summary>Switches the bot in front of a contact type on or off from now on (contacts already in it finish their session).</summary>
    public void SetBot(string contactTypeId, bool on)
    {
        int t = TypeIndex(contactTypeId);
        if (_botDefinition[t] is null)
        {
            throw new ArgumentException($"contact type '{contactTypeId}' has no bot in the scenario; give it an 'automation' block to switch one on");
        }
        _bot[t] = on ? _botDefinition[t] : null;
    }

    public bool BotOn(string contactTypeId) => _bot[TypeIndex(contactTypeId)] is not null;

    /// <summary>Queues, agents and today's service so far, at <see cref="Now"/>.</summary>
    public CentreStatus Status()
    {
        int perDay = _timeline.IntervalsPerDay;
        int day = Math.Min(_scenario.Horizon.Days - 1, Math.Max(0, _timeline.DayOf(Now)));
        var today = new ContactTally();
        for (int i = day * perDay; i < (day + 1) * perDay; i++)
        {
            for (int t = 0; t < _types; t++) today.Add(_result.ContactsAt(i, t));
        }
        var kpis = KpiCalculator.Compute(today, new TimeTally(), [], _scenario.ServiceLevel.Definition);
        var queues = _scenario.ContactTypes.Select((type, t) =>
        {
            double oldest = _queues[t].OldestArrival();
            return new QueueStatus(type.Id, _queues[t].Waiting, double.IsPositiveInfinity(oldest) ? 0 : Now - oldest, BotOn(type.Id));
        }).ToArray();
        int idle = _idle.Sum(q => q.Count);
        var groups = _scenario.AgentGroups.Select((group, g) => new GroupStatus(
            group.Id, _idle[g].Count + _busyInGroup[g], _busyInGroup[g], _idle[g].Count, _extra[g])).ToArray();
        return new CentreStatus(
            Now,
            day + 1,
            _scenario.Horizon.Start + TimeSpan.FromSeconds(Now - day * Timeline.SecondsPerDay),
            _interval != Closed,
            Finished,
            queues,
            groups,
            _loggedOn,
            _busy,
            idle,
            Value(kpis[Kpi.ServiceLevel]),
            Value(kpis[Kpi.AverageSpeedOfAnswerSeconds]),
            Value(kpis[Kpi.AbandonmentRate]),
            today.Offered,
            today.Answered,
            today.Abandoned);

        static double? Value(double v) => double.IsFinite(v) ? v : null;
    }

    /// <summary>The first planning-interval boundary (an interval's start or end) after <paramref name="after"/>; the horizon's end at most.</summary>
    public double NextIntervalBoundary(double after) => _timeline.NextBoundary(after);

    /// <summary>The instant the horizon ends (the last day's close).</summary>
    public double End => _timeline.End;

    /// <summary>One more agent for a group, beyond the most its schedule ever needs (agents added by hand).</summary>
    private int NewAgent(int group)
    {
        if (_agentCount == _groupOf.Length)
        {
            int size = Math.Max(16, _groupOf.Length * 2);
            Array.Resize(ref _groupOf, size);
            Array.Resize(ref _idleSince, size);
            Array.Resize(ref _load, size);
        }
        _groupOf[_agentCount] = group;
        return _agentCount++;
    }
}

/// <summary>A live centre's view of the kernel: every contact and agent change, as it happens in simulated time.</summary>
public interface ICentreObserver
{
    /// <summary>A customer makes contact (<paramref name="attempt"/> 0: the first; then redials and repeats).</summary>
    void ContactArrived(double time, int contactType, long customer, int attempt, bool redial);

    void ContactQueued(double time, int contactType, long customer);

    /// <summary>An agent takes the contact: talking until time + <paramref name="talkSeconds"/>, wrapping up until time + <paramref name="busySeconds"/>.</summary>
    void ContactAnswered(double time, int contactType, long customer, int agent, int group, double waitSeconds, double talkSeconds, double busySeconds, bool resolved);

    void ContactAbandoned(double time, int contactType, long customer, double waitSeconds, bool inBot);

    void ContactContained(double time, int contactType, long customer);

    /// <summary>Still waiting when the centre closed (email: when the horizon ended).</summary>
    void ContactUnanswered(double time, int contactType, long customer);

    /// <summary>The customer's last contact has ended.</summary>
    void CustomerEnded(double time, int contactType, long customer, int poorExperiences);

    void AgentLoggedOn(double time, int agent, int group);

    /// <summary>The agent stops taking contacts: a break of its shift when <paramref name="onBreak"/>, else off shift or sent home.</summary>
    void AgentLoggedOff(double time, int agent, int group, bool onBreak);

    /// <summary>The agent has nothing to do and joins the idle line.</summary>
    void AgentIdle(double time, int agent, int group);
}

public sealed record QueueStatus(string ContactType, int Waiting, double LongestWaitSeconds, bool BotOn);

public sealed record GroupStatus(string Group, int LoggedOn, int Busy, int Idle, int AddedByHand);

/// <summary>The centre at one simulated instant: queues, agents and today's service so far (null where nothing was answered yet).</summary>
public sealed record CentreStatus(
    double Time,
    int Day,
    TimeSpan TimeOfDay,
    bool Open,
    bool Finished,
    IReadOnlyList<QueueStatus> Queues,
    IReadOnlyList<GroupStatus> Groups,
    int AgentsLoggedOn,
    int AgentsBusy,
    int AgentsIdle,
    double? ServiceLevelToday,
    double? AverageSpeedOfAnswerToday,
    double? AbandonmentRateToday,
    long OfferedToday,
    long AnsweredToday,
    long AbandonedToday);
