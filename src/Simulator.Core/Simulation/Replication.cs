using System.Runtime.CompilerServices;
using Simulator.Core.Randomness;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// The discrete-event kernel: one replication of a scenario on a virtual clock. A contact arrives,
/// waits in its type's FIFO queue unless an agent is idle, is answered by the longest-idle agent
/// that has the skill, or abandons when its patience runs out; talk and wrap-up then keep the agent
/// busy. Agents log on and off at interval boundaries (one busy at log-off finishes first). All
/// randomness comes from per-type streams, drawn at arrival, so staffing never changes the customers.
/// The hot methods are compiled fully optimised at once: a command-line run is over before tiered
/// compilation would have promoted them.
/// </summary>
public sealed class Replication
{
    private const int Closed = -1;

    private readonly Scenario _scenario;
    private readonly Timeline _timeline;
    private readonly int _types;
    private readonly int _groups;
    private readonly double _threshold;
    private readonly double _shortAbandonLimit;
    private readonly IContactObserver? _observer;

    // Contact types
    private readonly ArrivalProcess[] _arrivals;
    private readonly double[] _nextArrival;
    private readonly DurationSampler[] _handle;
    private readonly DurationSampler?[] _wrapUp;
    private readonly DurationSampler?[] _patience;
    private readonly Xoshiro256StarStar[] _handleRandom;
    private readonly Xoshiro256StarStar[] _wrapUpRandom;
    private readonly Xoshiro256StarStar[] _patienceRandom;
    private readonly ContactQueue[] _queues;
    private readonly int[][] _groupsServing;

    // Agent groups and agents
    private readonly int[][] _skills;
    private readonly int[][] _target;
    private readonly IdleAgents[] _idle;
    private readonly Stack<int>[] _offShift;
    private readonly int[] _busyInGroup;
    private readonly int[] _pendingLogOff;
    private readonly int[] _groupOf;
    private readonly double[] _idleSince;

    private readonly EventCalendar _calendar = new();
    private readonly ReplicationResult _result;
    private int _interval = Closed;
    private double _lastAccounted;
    private int _busy;
    private int _loggedOn;
    private int _waiting;

    public Replication(Scenario scenario, int replication, IContactObserver? observer = null)
    {
        _scenario = scenario;
        _timeline = new Timeline(scenario.Horizon);
        _types = scenario.ContactTypes.Count;
        _groups = scenario.AgentGroups.Count;
        _threshold = scenario.ServiceLevel.AnswerWithin.TotalSeconds;
        _shortAbandonLimit = scenario.ServiceLevel.ShortAbandonLimit.TotalSeconds;
        _observer = observer;
        _result = new ReplicationResult(replication, _timeline.TotalIntervals, _types, _groups);

        _arrivals = new ArrivalProcess[_types];
        _nextArrival = new double[_types];
        _handle = new DurationSampler[_types];
        _wrapUp = new DurationSampler?[_types];
        _patience = new DurationSampler?[_types];
        _handleRandom = new Xoshiro256StarStar[_types];
        _wrapUpRandom = new Xoshiro256StarStar[_types];
        _patienceRandom = new Xoshiro256StarStar[_types];
        _queues = new ContactQueue[_types];
        for (int t = 0; t < _types; t++)
        {
            var type = scenario.ContactTypes[t];
            var rates = new double[_timeline.TotalIntervals];
            for (int i = 0; i < rates.Length; i++) rates[i] = type.Arrivals.VolumeIn(i, scenario.Horizon) / _timeline.IntervalSeconds;
            _arrivals[t] = new ArrivalProcess(_timeline, rates, RandomStreams.Create(scenario.Seed, replication, StreamPurpose.Arrivals, type.Id));
            _handle[t] = new DurationSampler(type.HandleTime);
            _wrapUp[t] = type.WrapUp is null ? null : new DurationSampler(type.WrapUp);
            _patience[t] = type.Patience is null ? null : new DurationSampler(type.Patience);
            _handleRandom[t] = RandomStreams.Create(scenario.Seed, replication, StreamPurpose.HandleTime, type.Id);
            _wrapUpRandom[t] = RandomStreams.Create(scenario.Seed, replication, StreamPurpose.WrapUp, type.Id);
            _patienceRandom[t] = RandomStreams.Create(scenario.Seed, replication, StreamPurpose.Patience, type.Id);
            _queues[t] = new ContactQueue();
        }

        var typeIndex = scenario.ContactTypes.Select((type, index) => (type.Id, index)).ToDictionary(p => p.Id, p => p.index);
        _skills = scenario.AgentGroups.Select(g => g.Skills.Select(s => typeIndex[s]).ToArray()).ToArray();
        _groupsServing = Enumerable.Range(0, _types)
            .Select(t => Enumerable.Range(0, _groups).Where(g => _skills[g].Contains(t)).ToArray())
            .ToArray();
        _target = scenario.AgentGroups.Select(g => Enumerable.Range(0, _timeline.TotalIntervals)
            .Select(i => AvailableAgents(g.Agents.At(i), g.Shrinkage))
            .ToArray()).ToArray();

        int agents = _target.Sum(t => t.Length == 0 ? 0 : t.Max());
        _groupOf = new int[agents];
        _idleSince = new double[agents];
        _idle = new IdleAgents[_groups];
        _offShift = new Stack<int>[_groups];
        _busyInGroup = new int[_groups];
        _pendingLogOff = new int[_groups];
        int next = 0;
        for (int g = 0; g < _groups; g++)
        {
            _idle[g] = new IdleAgents();
            _offShift[g] = new Stack<int>();
            int capacity = _target[g].Length == 0 ? 0 : _target[g].Max();
            for (int k = 0; k < capacity; k++)
            {
                _groupOf[next] = g;
                _offShift[g].Push(next++);
            }
            for (int i = 0; i < _timeline.TotalIntervals; i++)
            {
                _result.PaidCost[i] += scenario.AgentGroups[g].Agents.At(i) * _timeline.IntervalSeconds / 3_600 * scenario.AgentGroups[g].CostPerHour;
            }
        }
    }

    /// <summary>Agents taking contacts: scheduled heads less shrinkage, whole agents (rounded down, as `ccsim staff` does).</summary>
    public static int AvailableAgents(int scheduled, double shrinkage) => (int)Math.Floor(scheduled * (1 - shrinkage) + 1e-9);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReplicationResult Run()
    {
        _calendar.Schedule(new ScheduledEvent(_timeline.IntervalStart(0), EventKind.IntervalBoundary, 0, 0));
        for (int t = 0; t < _types; t++) _nextArrival[t] = _arrivals[t].Next();

        while (true)
        {
            int type = 0;
            double arrival = _nextArrival[0];
            for (int t = 1; t < _types; t++)
            {
                if (_nextArrival[t] < arrival)
                {
                    arrival = _nextArrival[t];
                    type = t;
                }
            }

            if (arrival < _calendar.NextTime)
            {
                Arrive(type, arrival);
                _nextArrival[type] = _arrivals[type].Next();
                continue;
            }
            if (_calendar.Count == 0) break;

            var next = _calendar.Pop();
            switch (next.Kind)
            {
                case EventKind.AgentFree:
                    Free(next.Subject, next.Time);
                    break;
                case EventKind.Abandonment:
                    Abandon(next.Subject, next.Detail, next.Time);
                    break;
                case EventKind.IntervalBoundary:
                    if (next.Detail == 0) Open(next.Subject, next.Time);
                    else if (Close(next.Subject, next.Time)) return _result;
                    break;
            }
        }
        return _result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Arrive(int type, double now)
    {
        Account(now);
        _result.Arrivals++;
        double handle = _handle[type].Sample(_handleRandom[type]);
        double wrapUp = _wrapUp[type]?.Sample(_wrapUpRandom[type]) ?? 0;
        double patience = _patience[type]?.Sample(_patienceRandom[type]) ?? double.PositiveInfinity;
        _observer?.Arrived(type, now, handle, wrapUp, patience);

        var contact = new WaitingContact
        {
            ArrivalTime = now,
            HandleSeconds = handle,
            WrapUpSeconds = wrapUp,
            Interval = _interval,
            Counted = now >= _timeline.WarmupEnd,
        };
        if (contact.Counted) _result.ContactsAt(_interval, type).Offered++;

        int agent = LongestIdleAgent(type);
        if (agent >= 0)
        {
            Answer(agent, type, contact, now);
            return;
        }

        long position = _queues[type].Enqueue(contact);
        _waiting++;
        if (now >= _timeline.WarmupEnd)
        {
            ref var queueTime = ref _result.TimeAt(_interval, type);
            queueTime.MaxQueue = Math.Max(queueTime.MaxQueue, _queues[type].Waiting);
            ref var centreTime = ref _result.CentreTimeAt(_interval);
            centreTime.MaxQueue = Math.Max(centreTime.MaxQueue, _waiting);
        }
        if (!double.IsPositiveInfinity(patience))
        {
            _calendar.Schedule(new ScheduledEvent(now + patience, EventKind.Abandonment, type, position));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int LongestIdleAgent(int type)
    {
        int best = -1;
        int bestGroup = -1;
        foreach (int g in _groupsServing[type])
        {
            if (_idle[g].Count == 0) continue;
            int candidate = _idle[g].Front;
            if (best < 0 || _idleSince[candidate] < _idleSince[best])
            {
                best = candidate;
                bestGroup = g;
            }
        }
        if (best >= 0) _idle[bestGroup].PopFront();
        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Answer(int agent, int type, in WaitingContact contact, double now)
    {
        _result.Answers++;
        _busy++;
        _busyInGroup[_groupOf[agent]]++;
        double busyFor = contact.HandleSeconds + contact.WrapUpSeconds;
        _calendar.Schedule(new ScheduledEvent(now + busyFor, EventKind.AgentFree, agent, 0));
        if (!contact.Counted) return;

        double wait = now - contact.ArrivalTime;
        ref var tally = ref _result.ContactsAt(contact.Interval, type);
        tally.Answered++;
        if (wait <= _threshold) tally.AnsweredWithinThreshold++;
        tally.AnsweredWaitSeconds += wait;
        tally.AllWaitSeconds += wait;
        tally.HandleSeconds += busyFor;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Free(int agent, double now)
    {
        Account(now);
        _result.Completions++;
        int group = _groupOf[agent];
        _busy--;
        _busyInGroup[group]--;
        if (_pendingLogOff[group] > 0)
        {
            _pendingLogOff[group]--;
            _loggedOn--;
            _offShift[group].Push(agent);
            return;
        }
        TakeWorkOrIdle(agent, group, now);
    }

    /// <summary>The agent answers the longest-waiting contact among its skills, or joins the back of its group's idle line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TakeWorkOrIdle(int agent, int group, double now)
    {
        int oldestType = -1;
        double oldest = double.PositiveInfinity;
        foreach (int t in _skills[group])
        {
            double arrival = _queues[t].OldestArrival();
            if (arrival < oldest)
            {
                oldest = arrival;
                oldestType = t;
            }
        }
        if (oldestType >= 0)
        {
            var contact = _queues[oldestType].Dequeue();
            _waiting--;
            Answer(agent, oldestType, contact, now);
            return;
        }
        _idleSince[agent] = now;
        _idle[group].PushBack(agent);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Abandon(int type, long position, double now)
    {
        if (!_queues[type].IsWaiting(position)) return; // answered (or the day closed) before patience ran out
        Account(now);
        _result.Abandonments++;
        ref readonly var contact = ref _queues[type].Abandon(position);
        _waiting--;
        if (!contact.Counted) return;
        double wait = now - contact.ArrivalTime;
        ref var tally = ref _result.ContactsAt(contact.Interval, type);
        tally.Abandoned++;
        if (wait <= _shortAbandonLimit) tally.AbandonedWithinShortLimit++;
        tally.AllWaitSeconds += wait;
    }

    private void Open(int interval, double now)
    {
        Account(now);
        _interval = interval;
        for (int g = 0; g < _groups; g++) Staff(g, _target[g][interval], now);
        _calendar.Schedule(_timeline.ClosesAfter(interval)
            ? new ScheduledEvent(_timeline.IntervalEnd(interval), EventKind.IntervalBoundary, interval, 1)
            : new ScheduledEvent(_timeline.IntervalEnd(interval), EventKind.IntervalBoundary, interval + 1, 0));
    }

    /// <summary>The centre closes after <paramref name="interval"/>: callers still waiting are left unanswered, agents log off. True at the end of the horizon.</summary>
    private bool Close(int interval, double now)
    {
        Account(now);
        _interval = Closed;
        for (int t = 0; t < _types; t++)
        {
            int type = t;
            _queues[t].Clear(contact =>
            {
                if (contact.Counted) _result.ContactsAt(contact.Interval, type).UnansweredAtClose++;
            });
        }
        _waiting = 0;
        for (int g = 0; g < _groups; g++) Staff(g, 0, now);
        if (interval == _timeline.TotalIntervals - 1) return true;
        _calendar.Schedule(new ScheduledEvent(_timeline.IntervalStart(interval + 1), EventKind.IntervalBoundary, interval + 1, 0));
        return false;
    }

    /// <summary>Logs agents of a group on or off until <paramref name="target"/> are taking contacts.</summary>
    private void Staff(int group, int target, double now)
    {
        int active = _idle[group].Count + _busyInGroup[group] - _pendingLogOff[group];
        if (target > active)
        {
            int returning = Math.Min(_pendingLogOff[group], target - active);
            _pendingLogOff[group] -= returning;
            for (int k = active + returning; k < target; k++)
            {
                int agent = _offShift[group].Pop();
                _loggedOn++;
                TakeWorkOrIdle(agent, group, now);
            }
        }
        else
        {
            int leaving = active - target;
            while (leaving > 0 && _idle[group].Count > 0)
            {
                _offShift[group].Push(_idle[group].PopBack());
                _loggedOn--;
                leaving--;
            }
            _pendingLogOff[group] += leaving;
        }
    }

    /// <summary>Adds the time since the last change to the time-weighted tallies of the open interval (after warm-up).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Account(double now)
    {
        double from = Math.Max(_lastAccounted, _timeline.WarmupEnd);
        _lastAccounted = now;
        if (_interval == Closed || now <= from) return;
        double elapsed = now - from;
        for (int t = 0; t < _types; t++)
        {
            ref var queueTime = ref _result.TimeAt(_interval, t);
            queueTime.Seconds += elapsed;
            queueTime.QueueSeconds += _queues[t].Waiting * elapsed;
        }
        ref var centre = ref _result.CentreTimeAt(_interval);
        centre.Seconds += elapsed;
        centre.QueueSeconds += _waiting * elapsed;
        centre.BusyAgentSeconds += _busy * elapsed;
        centre.AvailableAgentSeconds += _loggedOn * elapsed;
        for (int g = 0; g < _groups; g++)
        {
            _result.GroupBusyAgentSeconds[g] += _busyInGroup[g] * elapsed;
            _result.GroupAvailableAgentSeconds[g] += (_idle[g].Count + _busyInGroup[g]) * elapsed;
        }
    }
}
