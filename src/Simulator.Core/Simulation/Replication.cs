using System.Runtime.CompilerServices;
using Simulator.Core.Randomness;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// The discrete-event kernel: one replication of a scenario on a virtual clock. A contact arrives,
/// may pass through a bot (contained, given up, or handed on), waits in its type's FIFO queue unless
/// an agent is free, is answered by the agent routing picks, or abandons when its patience runs out;
/// the answer resolves the customer's need or brings the customer back later, as an abandonment may.
/// Agents log on and off as the staffing schedule says (busy ones finish first), chat agents hold
/// several chats, and handle time follows proficiency, tenure and training. All randomness comes
/// from per-type streams drawn when a contact arrives, so staffing never changes the customers.
/// The hot methods are compiled fully optimised at once: a command-line run is over before tiered
/// compilation would have promoted them. The work is split over four files: this one (set-up, the
/// event loop, staffing, time accounting), Replication.Contacts.cs, Replication.Routing.cs and
/// Replication.Live.cs (what a live centre needs: an observer, controls, a status).
/// </summary>
public sealed partial class Replication
{
    private const int Closed = -1;

    private readonly Scenario _scenario;
    private readonly Timeline _timeline;
    private readonly int _types;
    private readonly int _groups;
    private readonly Dictionary<string, int> _typeIndex;
    private readonly Dictionary<string, int> _groupIndex;
    private readonly double _shortAbandonLimit;
    private readonly IContactObserver? _observer;
    private ICentreObserver? _centre;
    private bool _started;

    // Contact types
    private readonly ArrivalProcess[] _arrivals;
    private readonly double[] _nextArrival;
    private readonly DurationSampler[] _handle;
    private readonly DurationSampler?[] _wrapUp;
    private readonly DurationSampler?[] _patience;
    private readonly ContactStreams[] _fresh;
    private readonly ContactStreams[] _returning;
    private readonly ContactQueue[] _queues;
    private readonly int[][] _groupsServing;
    private readonly int[][] _overflowGroups;
    private readonly double[] _overflowAfter;
    private readonly double[] _threshold;
    private readonly double[] _poorWait;
    private readonly int[] _priority;
    private readonly int[] _chatLimit;
    private readonly double[] _chatSlowdown;
    private readonly bool[] _email;
    private readonly bool[] _voice;
    private readonly double[] _resolutionRate;
    private readonly DurationSampler?[] _repeatAfter;
    private readonly double[] _redialShare;
    private readonly DurationSampler?[] _redialAfter;
    private readonly Bot?[] _bot;
    private readonly Bot?[] _botDefinition;
    private readonly bool _drawOutcomes;
    private readonly double _telephonyPerSecond;

    // Agent groups and agents
    private readonly int[][] _skills;
    private readonly int[][] _backupSkills;
    private readonly bool _mostProficient;
    private readonly bool _byPriority;
    private readonly IdleAgents[] _idle;
    private readonly Stack<int>[] _offShift;
    private readonly ChatLoads?[] _chatLoads;
    private readonly int[] _busyInGroup;
    private readonly int[] _pendingLogOff;
    private int[] _groupOf;
    private double[] _idleSince;
    private int[] _load;
    private int _agentCount;
    private readonly int[] _scheduled;
    private readonly int[] _extra;
    private readonly bool[] _onBreak;
    private readonly double[] _costPerHour;

    // Effects of the day: [group × types + type]
    private readonly double[] _handleFactor;
    private readonly double[] _untrainedFactor;
    private readonly double[] _resolutionChange;
    private readonly double[][] _trainingShare; // [group][programme]: each programme's part of today's training factor
    private readonly bool[] _trained;

    private readonly StaffingSchedule _schedule;
    private readonly EventCalendar _calendar = new();
    private readonly PendingCustomers _pending = new();
    private long _customers;
    private readonly ReplicationResult _result;
    private int _interval = Closed;
    private int _lastInterval;
    private int _day = -1;
    private int _nextChange;
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
        _shortAbandonLimit = scenario.ServiceLevel.ShortAbandonLimit.TotalSeconds;
        _observer = observer;
        _schedule = new StaffingSchedule(scenario, _timeline);
        _result = new ReplicationResult(replication, _timeline.TotalIntervals, _types, _groups, scenario.Horizon.Days, scenario.Training.Count);
        Array.Copy(_schedule.Costs, _result.Costs, _schedule.Costs.Length);
        _telephonyPerSecond = scenario.Costs.TelephonyPerMinute / 60;

        _typeIndex = scenario.ContactTypes.Select((type, index) => (type.Id, index)).ToDictionary(p => p.Id, p => p.index);
        _groupIndex = scenario.AgentGroups.Select((group, index) => (group.Id, index)).ToDictionary(p => p.Id, p => p.index);
        _arrivals = new ArrivalProcess[_types];
        _nextArrival = new double[_types];
        _handle = new DurationSampler[_types];
        _wrapUp = new DurationSampler?[_types];
        _patience = new DurationSampler?[_types];
        _fresh = new ContactStreams[_types];
        _returning = new ContactStreams[_types];
        _queues = new ContactQueue[_types];
        _overflowGroups = new int[_types][];
        _overflowAfter = new double[_types];
        _threshold = new double[_types];
        _poorWait = new double[_types];
        _priority = new int[_types];
        _chatLimit = new int[_types];
        _chatSlowdown = new double[_types];
        _email = new bool[_types];
        _voice = new bool[_types];
        _resolutionRate = new double[_types];
        _repeatAfter = new DurationSampler?[_types];
        _redialShare = new double[_types];
        _redialAfter = new DurationSampler?[_types];
        _bot = new Bot?[_types];
        _botDefinition = new Bot?[_types];
        for (int t = 0; t < _types; t++)
        {
            var type = scenario.ContactTypes[t];
            var rates = new double[_timeline.TotalIntervals];
            for (int i = 0; i < rates.Length; i++) rates[i] = type.Arrivals.VolumeIn(i, scenario.Horizon) / _timeline.IntervalSeconds;
            _arrivals[t] = new ArrivalProcess(_timeline, rates, RandomStreams.Create(scenario.Seed, replication, StreamPurpose.Arrivals, type.Id));
            _handle[t] = new DurationSampler(type.HandleTime);
            _wrapUp[t] = type.WrapUp is null ? null : new DurationSampler(type.WrapUp);
            _email[t] = type.Channel == Channel.Email;
            _voice[t] = type.Channel == Channel.Voice;
            _patience[t] = type.Patience is null || _email[t] ? null : new DurationSampler(type.Patience);
            _fresh[t] = new ContactStreams(scenario.Seed, replication, type.Id, returning: false);
            _returning[t] = new ContactStreams(scenario.Seed, replication, type.Id, returning: true);
            _queues[t] = new ContactQueue();
            _overflowGroups[t] = type.Overflow?.Groups.Select(g => _groupIndex[g]).ToArray() ?? [];
            _overflowAfter[t] = type.Overflow?.After.TotalSeconds ?? double.PositiveInfinity;
            _threshold[t] = scenario.AnswerWithin(type).TotalSeconds;
            _poorWait[t] = scenario.PoorWaitLimit(type).TotalSeconds;
            _priority[t] = type.Priority;
            _chatLimit[t] = type.Channel == Channel.Chat ? type.Concurrency.Max : 1;
            _chatSlowdown[t] = type.Concurrency.Slowdown;
            _resolutionRate[t] = type.Resolution.Rate;
            _repeatAfter[t] = type.Resolution.RepeatAfter is { } repeat ? new DurationSampler(repeat) : null;
            _redialShare[t] = type.Redial?.Share ?? 0;
            _redialAfter[t] = type.Redial is { } redial ? new DurationSampler(redial.After) : null;
            _bot[t] = _botDefinition[t] = type.Automation is { } automation ? new Bot(automation) : null;
        }
        _drawOutcomes = scenario.ContactTypes.Any(t => t.Resolution.Rate < 1 || t.Redial is not null || t.Automation is not null)
            || scenario.AgentGroups.Any(g => g.Proficiency.Values.Any(p => p.ResolutionChange != 0))
            || scenario.Training.Any(p => p.ResolutionChange != 0);

        _skills = scenario.AgentGroups.Select(g => g.Skills.Select(s => _typeIndex[s]).ToArray()).ToArray();
        _backupSkills = Enumerable.Range(0, _groups)
            .Select(g => Enumerable.Range(0, _types).Where(t => _overflowGroups[t].Contains(g)).ToArray())
            .ToArray();
        _groupsServing = Enumerable.Range(0, _types)
            .Select(t => Enumerable.Range(0, _groups).Where(g => _skills[g].Contains(t)).ToArray())
            .ToArray();
        _mostProficient = scenario.Routing.Agents == AgentSelection.MostProficient;
        _byPriority = scenario.Routing.Contacts == ContactSelection.Priority;

        int agents = _schedule.MostAvailable.Sum();
        _agentCount = agents;
        _scheduled = new int[_groups];
        _extra = new int[_groups];
        _onBreak = new bool[_groups];
        _groupOf = new int[agents];
        _idleSince = new double[agents];
        _load = new int[agents];
        _idle = new IdleAgents[_groups];
        _offShift = new Stack<int>[_groups];
        _chatLoads = new ChatLoads?[_groups];
        _busyInGroup = new int[_groups];
        _pendingLogOff = new int[_groups];
        _costPerHour = scenario.AgentGroups.Select(g => g.CostPerHour).ToArray();
        int next = 0;
        for (int g = 0; g < _groups; g++)
        {
            _idle[g] = new IdleAgents();
            _offShift[g] = new Stack<int>();
            int chatLimit = _skills[g].Concat(_backupSkills[g]).Select(t => _chatLimit[t]).DefaultIfEmpty(1).Max();
            _chatLoads[g] = chatLimit > 1 ? new ChatLoads(chatLimit) : null;
            for (int k = 0; k < _schedule.MostAvailable[g]; k++)
            {
                _groupOf[next] = g;
                _offShift[g].Push(next++);
            }
        }

        _handleFactor = new double[_groups * _types];
        _untrainedFactor = new double[_groups * _types];
        _resolutionChange = new double[_groups * _types];
        _trainingShare = Enumerable.Range(0, _groups).Select(_ => new double[scenario.Training.Count]).ToArray();
        _trained = new bool[_groups];
    }

    /// <summary>Agents taking contacts: scheduled heads less shrinkage (and less a share in training), whole agents rounded down as `ccsim staff` does.</summary>
    public static int AvailableAgents(int scheduled, double shrinkage, double trainingShare = 0) =>
        StaffingLevels.WholeAgents(scheduled * (1 - shrinkage) * (1 - trainingShare));

    public ReplicationResult Run()
    {
        Start();
        RunUntil(double.PositiveInfinity);
        return _result;
    }

    /// <summary>The tallies so far (all of them once <see cref="Finished"/>).</summary>
    public ReplicationResult Result => _result;

    /// <summary>The simulation clock: seconds from the first opening, as far as <see cref="RunUntil"/> has gone.</summary>
    public double Now { get; private set; }

    /// <summary>The horizon has ended.</summary>
    public bool Finished { get; private set; }

    /// <summary>Sets the first events going; <see cref="Run"/> does it, a live centre calls it before stepping.</summary>
    public void Start()
    {
        if (_started) return;
        _started = true;
        _calendar.Schedule(new ScheduledEvent(_timeline.IntervalStart(0), EventKind.IntervalBoundary, 0, 0));
        ScheduleStaffingChange();
        for (int t = 0; t < _types; t++) _nextArrival[t] = _arrivals[t].Next();
    }

    /// <summary>
    /// Processes every event up to and including <paramref name="until"/> (simulated seconds) in time
    /// order, then stops with the clock there: how a live centre keeps pace with the wall clock. True
    /// when the horizon has ended. Stepping does not change the order of events, so a run stepped in
    /// any slices gives the counts of a run straight through.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool RunUntil(double until)
    {
        if (Finished) return true;
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
                if (arrival > until) break;
                Arrive(type, arrival, CustomerState.First(++_customers, _interval, arrival >= _timeline.WarmupEnd));
                _nextArrival[type] = _arrivals[type].Next();
                continue;
            }
            if (_calendar.Count == 0 || _calendar.NextTime > until)
            {
                if (_calendar.Count > 0) break;
                Finished = true;
                return true;
            }

            var next = _calendar.Pop();
            switch (next.Kind)
            {
                case EventKind.AgentFree:
                    Free(next.Subject, next.Detail == 1, next.Time);
                    break;
                case EventKind.Abandonment:
                    Abandon(next.Subject, next.Detail, next.Time);
                    break;
                case EventKind.StaffingChange:
                    ChangeStaffing(next.Subject, next.Time);
                    break;
                case EventKind.Overflow:
                    Overflow(next.Subject, next.Detail, next.Time);
                    break;
                case EventKind.BotTransfer:
                    Account(next.Time);
                    EnterQueue(next.Subject, next.Time, _pending.Take(next.Detail), fromBot: true);
                    break;
                case EventKind.Return:
                    Arrive(next.Subject, next.Time, _pending.Take(next.Detail));
                    break;
                case EventKind.IntervalBoundary:
                    if (next.Detail == 0) Open(next.Subject, next.Time);
                    else if (Close(next.Subject, next.Time))
                    {
                        Now = next.Time;
                        Finished = true;
                        return true;
                    }
                    break;
            }
        }
        Now = Math.Max(Now, until);
        return false;
    }

    private void Open(int interval, double now)
    {
        Account(now);
        _interval = interval;
        _lastInterval = interval;
        for (int g = 0; g < _groups; g++)
        {
            if (_extra[g] > 0) _result.CostAt(interval, CostComponent.AgentHours) += _extra[g] * _timeline.IntervalSeconds / 3_600 * _costPerHour[g];
        }
        int day = interval / _timeline.IntervalsPerDay;
        if (day != _day)
        {
            _day = day;
            SetEffectsOf(day);
        }
        _calendar.Schedule(_timeline.ClosesAfter(interval)
            ? new ScheduledEvent(_timeline.IntervalEnd(interval), EventKind.IntervalBoundary, interval, 1)
            : new ScheduledEvent(_timeline.IntervalEnd(interval), EventKind.IntervalBoundary, interval + 1, 0));
    }

    /// <summary>The centre closes after <paramref name="interval"/>: callers still waiting are left unanswered (email waits on until the horizon ends), agents log off. True at the end of the horizon.</summary>
    private bool Close(int interval, double now)
    {
        Account(now);
        _interval = Closed;
        bool end = interval == _timeline.TotalIntervals - 1;
        for (int t = 0; t < _types; t++)
        {
            if (_email[t] && !end) continue;
            int type = t;
            _waiting -= _queues[t].Waiting;
            _queues[t].Clear(contact => LeaveUnanswered(type, contact));
        }
        for (int g = 0; g < _groups; g++) Staff(g, 0, now);
        if (end)
        {
            EndOfHorizon();
            return true;
        }
        _calendar.Schedule(new ScheduledEvent(_timeline.IntervalStart(interval + 1), EventKind.IntervalBoundary, interval + 1, 0));
        return false;
    }

    /// <summary>Customers still inside a bot when the horizon ends never reached an agent: their story ends here.</summary>
    private void EndOfHorizon()
    {
        foreach (var pending in _calendar.Remaining().Where(e => e.Kind == EventKind.BotTransfer).ToList())
        {
            EndCustomer(pending.Subject, _pending.Take(pending.Detail).After(poor: true));
        }
    }

    /// <summary>Handle-time factors and resolution changes for a day: proficiency × learning curve by tenure × training effects.</summary>
    private void SetEffectsOf(int day)
    {
        for (int g = 0; g < _groups; g++)
        {
            var group = _scenario.AgentGroups[g];
            double learning = group.TenureMonths is double months
                ? group.LearningCurve.HandleTimeFactor(months + day / LearningCurve.DaysPerMonth)
                : 1;
            double training = 1, trainingResolution = 0;
            var shares = _trainingShare[g];
            for (int p = 0; p < _scenario.Training.Count; p++)
            {
                var programme = _scenario.Training[p];
                shares[p] = 0;
                if (programme.Group != group.Id) continue;
                double factor = programme.HandleTimeFactorOn(day + 1);
                training *= factor;
                trainingResolution += programme.ResolutionChange * programme.EffectOn(day + 1);
                shares[p] = Math.Log(factor);
            }
            // Savings are shared between programmes of a group by their part of the combined factor (logarithms add).
            double total = shares.Sum();
            for (int p = 0; p < shares.Length; p++) shares[p] = total != 0 ? shares[p] / total : 0;
            _trained[g] = training != 1;
            for (int t = 0; t < _types; t++)
            {
                var proficiency = group.ProficiencyFor(_scenario.ContactTypes[t].Id);
                int k = g * _types + t;
                _untrainedFactor[k] = proficiency.HandleTimeFactor * learning;
                _handleFactor[k] = _untrainedFactor[k] * training;
                _resolutionChange[k] = proficiency.ResolutionChange + trainingResolution;
            }
        }
    }

    private void ScheduleStaffingChange()
    {
        if (_nextChange < _schedule.Changes.Length)
        {
            _calendar.Schedule(new ScheduledEvent(_schedule.Changes[_nextChange].Time, EventKind.StaffingChange, _nextChange, 0));
        }
    }

    private void ChangeStaffing(int index, double now)
    {
        Account(now);
        var change = _schedule.Changes[index];
        _nextChange = index + 1;
        _scheduled[change.Group] = change.Available;
        _onBreak[change.Group] = change.OnBreak;
        if (_interval != Closed) Staff(change.Group, Math.Max(0, change.Available + _extra[change.Group]), now);
        ScheduleStaffingChange();
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
                int agent = _offShift[group].Count > 0 ? _offShift[group].Pop() : NewAgent(group);
                _loggedOn++;
                _centre?.AgentLoggedOn(now, agent, group);
                TakeWorkOrIdle(agent, group, now);
            }
        }
        else
        {
            int leaving = active - target;
            while (leaving > 0 && _idle[group].Count > 0)
            {
                int agent = _idle[group].PopBack();
                _offShift[group].Push(agent);
                _centre?.AgentLoggedOff(now, agent, group, _onBreak[group] && _interval != Closed);
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

    /// <summary>One contact type's random streams, for customers' first contacts or for their returns (kept apart so returns, which staffing changes, never shift what first contacts draw).</summary>
    private sealed class ContactStreams(long seed, int replication, string typeId, bool returning)
    {
        public readonly Xoshiro256StarStar Handle = RandomStreams.Create(seed, replication, returning ? StreamPurpose.ReturnHandleTime : StreamPurpose.HandleTime, typeId);
        public readonly Xoshiro256StarStar WrapUp = RandomStreams.Create(seed, replication, returning ? StreamPurpose.ReturnWrapUp : StreamPurpose.WrapUp, typeId);
        public readonly Xoshiro256StarStar Patience = RandomStreams.Create(seed, replication, returning ? StreamPurpose.ReturnPatience : StreamPurpose.Patience, typeId);
        public readonly Xoshiro256StarStar Outcome = RandomStreams.Create(seed, replication, returning ? StreamPurpose.ReturnOutcome : StreamPurpose.Outcome, typeId);
        public readonly Xoshiro256StarStar Bot = RandomStreams.Create(seed, replication, returning ? StreamPurpose.ReturnBot : StreamPurpose.Bot, typeId);
    }

    private sealed class Bot(AutomationPolicy policy)
    {
        public readonly double Containment = policy.Containment;
        public readonly double Abandonment = policy.Abandonment;
        public readonly DurationSampler Time = new(policy.BotTime);
        public readonly double CostPerSession = policy.CostPerSession;
        public readonly double TransferHandleSeconds = policy.TransferHandleTime.TotalSeconds;
        public readonly double TransferResolutionChange = policy.TransferResolutionChange;
    }
}
