using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// The discrete-event kernel: one replication of a compiled <see cref="CentreModel"/> on a virtual
/// clock. A contact arrives, may pass through a bot (contained, given up, or handed on), waits in its
/// type's FIFO queue unless an agent is free, is answered by the agent routing picks, or abandons when
/// its patience runs out; the answer resolves the customer's need or brings the customer back later,
/// as an abandonment may. Agents log on and off as the staffing schedule says (busy ones finish
/// first), chat agents hold several chats, and handle time follows the day's effects. All randomness
/// comes from per-type streams drawn when a contact arrives, so staffing never changes the customers.
/// </summary>
/// <remarks>
/// The replication is the event loop and what happens at each event; its state lives in small parts
/// that each keep their own invariants: <see cref="Arrivals"/>, <see cref="CustomerStreams"/>,
/// <see cref="ContactQueues"/>, the <see cref="AgentPool"/>, <see cref="StaffingTargets"/>,
/// <see cref="BotSwitches"/>, the <see cref="EventCalendar"/>, <see cref="PendingCustomers"/> and the
/// tallies (<see cref="ReplicationResult"/>); the loop itself keeps only its place in the horizon.
/// The hot methods are compiled fully optimised at once: a command-line run is over before tiered
/// compilation would have promoted them.
/// </remarks>
public sealed partial class Replication
{
    private const int Closed = -1;

    private readonly CentreModel _model;
    private readonly Timeline _timeline;
    private readonly ImmutableArray<ContactTypeModel> _types;
    private readonly ImmutableArray<AgentGroupModel> _groups;
    private readonly IContactObserver? _observer;
    private ICentreObserver? _centre;

    private readonly Arrivals _arrivals;
    private readonly CustomerStreams _streams;
    private readonly ContactQueues _queues;
    private readonly AgentPool _agents;
    private readonly StaffingTargets _staffing;
    private readonly BotSwitches _bots;
    private readonly EventCalendar _calendar = new();
    private readonly PendingCustomers _pending = new();
    private readonly ReplicationResult _result;
    private readonly bool _replaying;

    private bool _started;
    private long _customers;
    private int _interval = Closed;
    private int _lastInterval;
    private int _day = -1;
    private DayEffects _today;
    private double _lastAccounted;

    /// <summary>A replication of a scenario, compiled for it alone; a host running many compiles a <see cref="CentreModel"/> once and shares it.</summary>
    public Replication(Scenario scenario, int replication, IContactObserver? observer = null)
        : this(CentreModel.Compile(scenario), replication, observer)
    {
    }

    /// <summary>Replication number <paramref name="replication"/> of a compiled model, its random streams seeded from (the scenario's seed, this
    /// number); with <paramref name="replay"/>, first contacts are a real day's instead of drawn.</summary>
    public Replication(CentreModel model, int replication, IContactObserver? observer = null, Intraday.ReplayDay? replay = null)
    {
        _model = model;
        _timeline = model.Timeline;
        _types = model.ContactTypes;
        _groups = model.AgentGroups;
        _observer = observer;
        _arrivals = replay is null ? new Arrivals(model, replication) : new Arrivals(model, replication, replay);
        _replaying = replay is not null;
        _streams = new CustomerStreams(model, replication);
        _queues = new ContactQueues(model);
        _agents = new AgentPool(model);
        _staffing = new StaffingTargets(_groups.Length);
        _bots = new BotSwitches(model);
        _today = model.EffectsOn(0);
        _result = new ReplicationResult(replication, _timeline.TotalIntervals, _types.Length, _groups.Length, model.Scenario.Horizon.Days, model.Programmes);
        model.Schedule.Costs.CopyTo(_result.Costs);
    }

    public ReplicationResult Run()
    {
        Start();
        RunUntil(double.PositiveInfinity);
        return _result;
    }

    /// <summary>The tallies so far (all of them once <see cref="Finished"/>).</summary>
    public ReplicationResult Result => _result;

    /// <summary>
    /// The tallies so far, with costs as incurred by <see cref="Now"/>: a day stopped before the horizon ends (a live
    /// centre quit mid-day) pays its schedule (agents, overtime, training hours, the fixed cost) up to now, and not
    /// for the rest of the horizon, which <see cref="Result"/> holds from the start. The whole result once finished.
    /// </summary>
    public ReplicationResult ResultSoFar()
    {
        if (Finished) return _result;
        var r = _result;
        var costs = (double[])r.Costs.Clone();
        var schedule = _model.Schedule.Costs;
        int components = StaffingSchedule.CostComponents;
        for (int i = 0; i < r.Intervals; i++)
        {
            double start = _timeline.IntervalStart(i), end = _timeline.IntervalEnd(i);
            if (end <= Now) continue;
            double unelapsed = Math.Min(1, (end - Now) / _timeline.IntervalSeconds);
            foreach (var component in Enum.GetValues<CostComponent>())
            {
                double share = AccruesOverTime(component) ? unelapsed : start > Now ? 1 : 0;
                costs[i * components + (int)component] -= share * schedule[i * components + (int)component];
            }
            if (i != _interval) continue;
            // Agents added by hand are booked to the end of the interval when they come (see AddAgents and Open).
            for (int g = 0; g < _groups.Length; g++)
            {
                costs[i * components + (int)CostComponent.AgentHours] -=
                    Math.Max(0, _staffing.AddedByHand(g)) * (end - Now) / 3_600 * _groups[g].CostPerHour;
            }
        }
        return new ReplicationResult(r.Replication, r.Intervals, r.ContactTypes, [.. r.Contacts], [.. r.Time], [.. r.GroupBusyAgentSeconds],
            [.. r.GroupAvailableAgentSeconds], costs, [.. r.TrainingSavings], r.Programmes, r.Arrivals, r.Answers, r.Abandonments, r.Completions);
    }

    /// <summary>Whether a component of the schedule's cost is incurred as time passes (pay), or at once when its interval starts (a fee).</summary>
    private static bool AccruesOverTime(CostComponent component) => component switch
    {
        CostComponent.AgentHours or CostComponent.Overtime or CostComponent.TrainingHours or CostComponent.Fixed => true,
        CostComponent.TrainingFees => false,
        CostComponent.Telephony or CostComponent.Automation => false, // booked as they happen: nothing of them is in the schedule
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, "a cost component the schedule does not know"),
    };

    /// <summary>The simulation clock: seconds from the first opening, as far as <see cref="RunUntil"/> has gone.</summary>
    public double Now { get; private set; }

    /// <summary>The horizon has ended.</summary>
    public bool Finished { get; private set; }

    /// <summary>The instant the horizon ends (the last day's close).</summary>
    public double End => _timeline.End;

    /// <summary>Sets the first events going; <see cref="Run"/> does it, a live centre calls it before stepping.</summary>
    public void Start()
    {
        if (_started) return;
        _started = true;
        int first = _timeline.NextOpenInterval(0);
        _calendar.Schedule(ScheduledEvent.Opening(_timeline.IntervalStart(first), first));
        ScheduleStaffingChange();
        _arrivals.Start();
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
            int type = _arrivals.Earliest;
            double arrival = _arrivals.TimeOf(type);
            if (arrival < _calendar.NextTime)
            {
                if (arrival > until) break;
                Arrive(type, arrival, CustomerState.First(++_customers, _interval, arrival >= _timeline.WarmupEnd));
                _arrivals.Advance(type);
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
                    Free(next.Agent, next.IsChat, next.Time);
                    break;
                case EventKind.Abandonment:
                    Abandon(next.ContactType, next.QueuePosition, next.Time);
                    break;
                case EventKind.StaffingChange:
                    ChangeStaffing(next.Change, next.Time);
                    break;
                case EventKind.Overflow:
                    Overflow(next.ContactType, next.QueuePosition, next.Time);
                    break;
                case EventKind.BotTransfer:
                    Account(next.Time);
                    EnterQueue(next.ContactType, next.Time, _pending.Take(next.PendingCustomer), fromBot: true);
                    break;
                case EventKind.Return:
                    Arrive(next.ContactType, next.Time, _pending.Take(next.PendingCustomer));
                    break;
                case EventKind.IntervalBoundary:
                    if (!next.IsClosing) Open(next.Interval, next.Time);
                    else if (Close(next.Interval, next.Time))
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

    // ---- The horizon: intervals open and close, staffing changes, time is accounted.

    private void Open(int interval, double now)
    {
        Account(now);
        _interval = interval;
        _lastInterval = interval;
        foreach (var group in _groups)
        {
            int added = _staffing.AddedByHand(group.Index);
            if (added > 0) _result.CostAt(interval, CostComponent.AgentHours) += added * _timeline.IntervalSeconds / 3_600 * group.CostPerHour;
        }
        int day = interval / _timeline.IntervalsPerDay;
        if (day != _day)
        {
            _day = day;
            _today = _model.EffectsOn(day);
        }
        _calendar.Schedule(_timeline.ClosesAfter(interval)
            ? ScheduledEvent.Closing(_timeline.IntervalEnd(interval), interval)
            : ScheduledEvent.Opening(_timeline.IntervalEnd(interval), interval + 1));
    }

    /// <summary>The centre closes after <paramref name="interval"/>: callers still waiting are left unanswered (email waits on until the horizon ends), agents
    /// log off. True at the end of the horizon.</summary>
    private bool Close(int interval, double now)
    {
        Account(now);
        _interval = Closed;
        bool end = interval >= _timeline.LastOpenInterval;
        foreach (var type in _types)
        {
            if (type.IsEmail && !end) continue;
            int t = type.Index;
            _queues.Clear(t, contact => LeaveUnanswered(t, contact));
        }
        foreach (var group in _groups) Staff(group.Index, 0, now);
        if (end)
        {
            EndOfHorizon();
            return true;
        }
        int next = _timeline.NextOpenInterval(interval + 1);
        _calendar.Schedule(ScheduledEvent.Opening(_timeline.IntervalStart(next), next));
        return false;
    }

    /// <summary>Customers still inside a bot when the horizon ends never reached an agent: their story ends here.</summary>
    private void EndOfHorizon()
    {
        foreach (var pending in _calendar.Remaining().Where(e => e.Kind == EventKind.BotTransfer).ToList())
        {
            EndCustomer(pending.ContactType, _pending.Take(pending.PendingCustomer).After(poor: true));
        }
    }

    private void ScheduleStaffingChange()
    {
        var changes = _model.Schedule.Changes;
        int next = _staffing.NextChange;
        if (next < changes.Length) _calendar.Schedule(ScheduledEvent.StaffingChange(changes[next].Time, next));
    }

    private void ChangeStaffing(int index, double now)
    {
        Account(now);
        var change = _model.Schedule.Changes[index];
        _staffing.Apply(index, change);
        if (_interval != Closed) Staff(change.Group, _staffing.Target(change.Group), now);
        ScheduleStaffingChange();
    }

    /// <summary>Logs agents of a group on or off until <paramref name="target"/> are taking contacts; busy agents finish first.</summary>
    private void Staff(int group, int target, double now)
    {
        int active = _agents.Active(group);
        if (target > active)
        {
            int staying = _agents.KeepLoggingOff(group, target - active);
            for (int k = active + staying; k < target; k++)
            {
                int agent = _agents.LogOn(group);
                _centre?.AgentLoggedOn(now, agent, group);
                TakeWorkOrIdle(agent, group, now);
            }
            return;
        }
        int leaving = active - target;
        int idle;
        while (leaving > 0 && (idle = _agents.LogOffIdle(group)) >= 0)
        {
            _centre?.AgentLoggedOff(now, idle, group, _staffing.OnBreak(group) && _interval != Closed);
            leaving--;
        }
        _agents.LogOffWhenFree(group, leaving);
    }

    /// <summary>Adds the time since the last change to the time-weighted tallies of the open interval (after warm-up).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Account(double now)
    {
        double from = Math.Max(_lastAccounted, _timeline.WarmupEnd);
        _lastAccounted = now;
        if (_interval == Closed || now <= from) return;
        double elapsed = now - from;
        ref var centre = ref _result.CentreTimeAt(_interval);
        _queues.AccountTime(_result, _interval, ref centre, elapsed);
        centre.AvailableAgentSeconds += _agents.LoggedOn * elapsed;
        centre.BusyAgentSeconds += _agents.AccountTime(_result.GroupBusyAgentSeconds, _result.GroupAvailableAgentSeconds, elapsed) * elapsed;
    }

    // ---- A contact's life: arrival, the bot, the queue, the answer or the abandonment, the customer's return.

    /// <summary>A customer makes contact: through the bot if the type has one on, else straight to the agent queue.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Arrive(int type, double now, CustomerState customer)
    {
        Account(now);
        _result.Arrivals++;
        bool counted = now >= _timeline.WarmupEnd;
        _centre?.ContactArrived(now, type, customer.Id, customer.Attempt, customer.IsRedial);
        if (customer.Attempt > 0 && counted)
        {
            ref var tally = ref _result.ContactsAt(_interval, type);
            if (customer.IsRedial) tally.Redials++; else tally.Repeats++;
        }
        if (_bots.Active(type) is { } bot && !_replaying) EnterBot(type, bot, now, customer, counted); // a log's contacts are those that reached the queue
        else EnterQueue(type, now, customer, fromBot: false);
    }

    private void EnterBot(int type, BotModel bot, double now, CustomerState customer, bool counted)
    {
        var draws = _streams.For(type, customer.Attempt);
        double outcome = draws.Bot.NextUniform();
        double botSeconds = bot.Time.Sample(draws.Bot);
        double redialDraw = 0, redialDelay = 0;
        if (_types[type].RedialAfter is { } redialAfter)
        {
            redialDraw = draws.Bot.NextUniform();
            redialDelay = redialAfter.Sample(draws.Bot);
        }

        ref var tally = ref _result.ContactsAt(_interval, type);
        if (counted)
        {
            tally.BotSessions++;
            _result.CostAt(_interval, CostComponent.Automation) += bot.CostPerSession;
            ChargeLine(type, botSeconds);
        }
        if (outcome < bot.Abandonment)
        {
            if (counted) tally.AbandonedInBot++;
            _centre?.ContactAbandoned(now + botSeconds, type, customer.Id, botSeconds, inBot: true);
            RedialOrEnd(type, customer.After(poor: true), redialDraw, now + botSeconds + redialDelay);
        }
        else if (outcome < bot.Abandonment + bot.Containment)
        {
            if (counted)
            {
                tally.Contained++;
                tally.Resolved++;
            }
            CountFirstContact(type, customer, resolved: true);
            _centre?.ContactContained(now, type, customer.Id);
            EndCustomer(type, customer.After(poor: false));
        }
        else
        {
            _calendar.Schedule(ScheduledEvent.BotTransfer(now + botSeconds, type, _pending.Store(customer)));
        }
    }

    /// <summary>The contact reaches the agent queue: its durations and outcome draws are made now, and an agent takes it if one is free.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EnterQueue(int type, double now, CustomerState customer, bool fromBot)
    {
        var model = _types[type];
        var draws = _streams.For(type, customer.Attempt);
        double handle = model.HandleTime.Sample(draws.Handle);
        double wrapUp = model.WrapUp?.Sample(draws.WrapUp) ?? 0;
        double patience = model.Patience?.Sample(draws.Patience) ?? double.PositiveInfinity;
        bool recorded = _replaying && customer.Attempt == 0 && !fromBot
            && ReplayedArrivals.Apply(_arrivals.Replayed(type)!.Value, ref handle, ref wrapUp, ref patience, model.Patience, draws.Patience);
        _observer?.Arrived(type, now, handle, wrapUp, patience);

        var contact = new WaitingContact
        {
            ArrivalTime = now,
            HandleSeconds = handle,
            WrapUpSeconds = wrapUp,
            Interval = _interval == Closed ? _lastInterval : _interval,
            Counted = now >= _timeline.WarmupEnd,
            Customer = customer,
            Recorded = recorded,
        };
        if (fromBot)
        {
            var bot = model.Bot!; // the scenario's bot, even if switched off since the contact entered it
            contact.HandleSeconds = Math.Max(0, handle + bot.TransferHandleSeconds);
            contact.ResolutionChange = bot.TransferResolutionChange;
        }
        if (_model.DrawsOutcomes)
        {
            contact.ResolutionDraw = draws.Outcome.NextUniform();
            contact.RepeatDelay = model.RepeatAfter?.Sample(draws.Outcome) ?? 0;
            if (model.RedialAfter is { } redialAfter)
            {
                contact.RedialDraw = draws.Outcome.NextUniform();
                contact.RedialDelay = redialAfter.Sample(draws.Outcome);
            }
        }
        if (contact.Counted) _result.ContactsAt(contact.Interval, type).Offered++;

        if (_interval == Closed && !model.IsEmail)
        {
            LeaveUnanswered(type, contact); // handed on by the bot after the centre closed
            return;
        }
        int agent = _interval == Closed ? -1 : FindAgent(type, model.ServedBy);
        if (agent >= 0)
        {
            Answer(agent, type, contact, now);
            FillChats(agent, now);
            return;
        }

        long position = _queues.Enqueue(type, contact);
        _centre?.ContactQueued(now, type, customer.Id);
        if (contact.Counted && _interval != Closed)
        {
            ref var queueTime = ref _result.TimeAt(_interval, type);
            queueTime.MaxQueue = Math.Max(queueTime.MaxQueue, _queues.WaitingIn(type));
            ref var centreTime = ref _result.CentreTimeAt(_interval);
            centreTime.MaxQueue = Math.Max(centreTime.MaxQueue, _queues.Waiting);
        }
        if (!double.IsPositiveInfinity(patience))
        {
            _calendar.Schedule(ScheduledEvent.Abandonment(now + patience, type, position));
        }
        if (model.OverflowGroups.Length > 0)
        {
            _calendar.Schedule(ScheduledEvent.Overflow(now + model.OverflowAfterSeconds, type, position));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Answer(int agent, int type, in WaitingContact contact, double now)
    {
        var model = _types[type];
        var today = _today;
        int group = _agents.GroupOf(agent);
        int k = today.Index(group, type);
        bool chat = model.IsChat;
        double stretch = chat && !contact.Recorded ? 1 + model.ChatSlowdown * _agents.ChatsHeld(agent) : 1;
        _agents.Engage(agent, group, chat);
        _result.Answers++;
        double factor = contact.Recorded ? 1 : today.HandleFactor[k]; // a recorded handle time is what the agent took
        double talk = contact.HandleSeconds * factor * stretch;
        double busyFor = talk + contact.WrapUpSeconds * factor * stretch;
        _calendar.Schedule(ScheduledEvent.AgentFree(now + busyFor, agent, chat, type, now));

        double wait = now - contact.ArrivalTime;
        bool resolved = !_model.DrawsOutcomes || contact.ResolutionDraw < model.ResolutionRate + today.ResolutionChange[k] + contact.ResolutionChange;
        var customer = contact.Customer;
        _centre?.ContactAnswered(now, type, customer.Id, agent, group, wait, talk, busyFor, resolved);
        if (contact.Counted)
        {
            ref var tally = ref _result.ContactsAt(contact.Interval, type);
            tally.Answered++;
            if (wait <= model.AnswerWithinSeconds) tally.AnsweredWithinThreshold++;
            tally.AnsweredWaitSeconds += wait;
            tally.AllWaitSeconds += wait;
            tally.HandleSeconds += busyFor;
            if (resolved) tally.Resolved++;
            ChargeLine(type, wait + talk);
            if (today.Trained[group]) SaveByTraining(group, (contact.HandleSeconds + contact.WrapUpSeconds) * today.UntrainedFactor[k] * stretch - busyFor);
        }
        CountFirstContact(type, customer, resolved);
        customer = customer.After(poor: !resolved || wait > model.PoorWaitSeconds);
        if (!resolved && model.RepeatAfter is not null) Return(type, customer.Next(redial: false), now + busyFor + contact.RepeatDelay);
        else EndCustomer(type, customer);
    }

    /// <summary>A customer's first contact handled (by an agent or a bot): FCR counts it where the customer is counted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CountFirstContact(int type, CustomerState customer, bool resolved)
    {
        if (customer.Attempt != 0 || !customer.Counted) return;
        ref var first = ref _result.ContactsAt(customer.FirstInterval, type);
        first.FirstContactsHandled++;
        if (resolved) first.FirstContactsResolved++;
    }

    /// <summary>Telephony for seconds a voice contact spent on the line (in the bot, waiting, talking), in the open interval.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ChargeLine(int type, double seconds)
    {
        if (_types[type].IsVoice && _model.TelephonyPerSecond > 0) _result.CostAt(_interval, CostComponent.Telephony) += seconds * _model.TelephonyPerSecond;
    }

    /// <summary>Handle time training saved, valued at the group's pay and shared between today's programmes.</summary>
    private void SaveByTraining(int group, double savedSeconds)
    {
        double value = savedSeconds / 3_600 * _groups[group].CostPerHour;
        int programmes = _model.Programmes;
        int row = _day * programmes;
        for (int p = 0; p < programmes; p++) _result.TrainingSavings[row + p] += value * _today.TrainingShares[_today.ShareIndex(group, p)];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Abandon(int type, long position, double now)
    {
        if (!_queues.IsWaiting(type, position)) return; // answered (or the day closed) before patience ran out
        Account(now);
        _result.Abandonments++;
        ref readonly var contact = ref _queues.Abandon(type, position);
        double wait = now - contact.ArrivalTime;
        _centre?.ContactAbandoned(now, type, contact.Customer.Id, wait, inBot: false);
        if (contact.Counted)
        {
            ref var tally = ref _result.ContactsAt(contact.Interval, type);
            tally.Abandoned++;
            if (wait <= _model.ShortAbandonLimitSeconds) tally.AbandonedWithinShortLimit++;
            tally.AllWaitSeconds += wait;
            ChargeLine(type, wait);
        }
        RedialOrEnd(type, contact.Customer.After(poor: true), contact.RedialDraw, now + contact.RedialDelay);
    }

    /// <summary>A contact still waiting when the centre closes (or, for email, when the horizon ends).</summary>
    private void LeaveUnanswered(int type, in WaitingContact contact)
    {
        if (contact.Counted) _result.ContactsAt(contact.Interval, type).UnansweredAtClose++;
        _centre?.ContactUnanswered(_lastAccounted, type, contact.Customer.Id);
        EndCustomer(type, contact.Customer.After(poor: true));
    }

    private void RedialOrEnd(int type, CustomerState customer, double draw, double at)
    {
        var model = _types[type];
        if (model.RedialAfter is not null && draw < model.RedialShare) Return(type, customer.Next(redial: true), at);
        else EndCustomer(type, customer);
    }

    /// <summary>
    /// The customer comes back at <paramref name="at"/>; one who falls due while the centre is closed comes back
    /// on the next open day at a time that follows the type's arrival profile of that day (drawn from the type's
    /// own stream). One due after the horizon ends is counted as it stands.
    /// </summary>
    private void Return(int type, CustomerState customer, double at)
    {
        if (!_timeline.IsOpen(at))
        {
            // The next day with an open interval: a closed Sunday or holiday sends its returns on to the day after.
            int perDay = _timeline.IntervalsPerDay;
            int reopening = _timeline.NextOpenInterval(Math.Min((Timeline.DayOf(at) + 1) * perDay, _timeline.TotalIntervals));
            int day = reopening / perDay;
            if (day >= _model.Scenario.Horizon.Days)
            {
                EndCustomer(type, customer);
                return;
            }
            at = _types[type].ReopeningTime(day, _streams.Reopening(type).NextUniform());
        }
        if (at >= _timeline.End)
        {
            EndCustomer(type, customer);
            return;
        }
        _calendar.Schedule(ScheduledEvent.Return(at, type, _pending.Store(customer)));
    }

    /// <summary>The customer's last contact has ended: count the customer where the first contact arrived.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EndCustomer(int type, CustomerState customer)
    {
        _centre?.CustomerEnded(_lastAccounted, type, customer.Id, customer.PoorExperiences);
        if (!customer.Counted) return;
        ref var tally = ref _result.ContactsAt(customer.FirstInterval, type);
        tally.Customers++;
        tally.PoorExperiences += customer.PoorExperiences;
        if (customer.PoorExperiences >= 2) tally.CustomersAtRisk++;
    }

    // ---- Routing: which agent takes an arriving contact, which contact a freed agent takes, chats held at once, overflow.

    /// <summary>An idle agent of <paramref name="groups"/> for the type, by the routing rule; else, for chat, the least-loaded agent with room. −1 if
    /// none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindAgent(int type, ImmutableArray<int> groups)
    {
        int agent = _agents.TakeIdle(groups, type, _today);
        var model = _types[type];
        return agent >= 0 || !model.IsChat ? agent : _agents.LeastLoadedChat(groups, model.ChatLimit);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Free(int agent, bool chat, double now)
    {
        Account(now);
        _result.Completions++;
        int group = _agents.GroupOf(agent);
        if (chat && _agents.EndChat(agent, group))
        {
            if (!_agents.LoggingOff(group)) FillChats(agent, now);
            return;
        }
        if (_agents.Release(agent, group, chat))
        {
            _centre?.AgentLoggedOff(now, agent, group, _staffing.OnBreak(group) && _interval != Closed);
            return;
        }
        TakeWorkOrIdle(agent, group, now);
    }

    /// <summary>The agent answers the contact routing picks among its skills (and backed-up types that waited long enough), or joins the back of its group's
    /// idle line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TakeWorkOrIdle(int agent, int group, double now)
    {
        int type = _queues.NextFor(_groups[group], now, chatsHeld: 0);
        if (type >= 0)
        {
            var contact = _queues.Dequeue(type);
            Answer(agent, type, contact, now);
            FillChats(agent, now);
            return;
        }
        _agents.MakeIdle(agent, group, now);
        _centre?.AgentIdle(now, agent, group);
    }

    /// <summary>A chat agent with room takes waiting chats until it holds its limit or none waits.</summary>
    private void FillChats(int agent, double now)
    {
        if (_agents.ChatsHeld(agent) == 0) return;
        var group = _groups[_agents.GroupOf(agent)];
        int type;
        while ((type = _queues.NextFor(group, now, _agents.ChatsHeld(agent))) >= 0)
        {
            var contact = _queues.Dequeue(type);
            Answer(agent, type, contact, now);
        }
    }

    /// <summary>A contact has waited long enough for the backup groups: an idle backup agent takes the oldest waiting one.</summary>
    private void Overflow(int type, long position, double now)
    {
        if (!_queues.IsWaiting(type, position) || _interval == Closed) return;
        Account(now);
        int agent = FindAgent(type, _types[type].OverflowGroups);
        if (agent < 0) return;
        var contact = _queues.Dequeue(type);
        Answer(agent, type, contact, now);
        FillChats(agent, now);
    }

    // ---- What a live centre needs beyond a batch run: an observer, controls acting now, a status.

    /// <summary>Reports every contact and agent change to <paramref name="observer"/> from now on (a live centre's grains).</summary>
    public void Observe(ICentreObserver observer) => _centre = observer;

    /// <summary>
    /// Adds (or, negative, removes) agents of a group from now on, on top of its schedule; removed agents
    /// finish their contacts first. Agents added are paid from now to the end of the horizon at the
    /// group's rate; agents sent home keep their scheduled pay.
    /// </summary>
    public void AddAgents(string groupId, int delta)
    {
        int g = _model.GroupIndex(groupId);
        Account(Now);
        int before = _staffing.AddByHand(g, delta);
        if (_interval == Closed) return;
        double rest = (_timeline.IntervalEnd(_interval) - Now) / 3_600;
        _result.CostAt(_interval, CostComponent.AgentHours) += (Math.Max(0, _staffing.AddedByHand(g)) - Math.Max(0, before)) * rest * _groups[g].CostPerHour;
        Staff(g, _staffing.Target(g), Now);
    }

    /// <summary>From now on, contacts of a type arrive at <paramref name="factor"/> × the planned rate (1 ends a surge).</summary>
    public void Surge(string contactTypeId, double factor)
    {
        if (!(factor >= 0) || double.IsPositiveInfinity(factor)) throw new ArgumentException($"a surge factor is a number ≥ 0, such as 1.5; not {factor}");
        _arrivals.Surge(_model.TypeIndex(contactTypeId), factor, Now);
    }

    /// <summary>Switches the bot in front of a contact type on or off from now on (contacts already in it finish their session).</summary>
    public void SetBot(string contactTypeId, bool on) => _bots.Switch(_model.TypeIndex(contactTypeId), on);

    /// <summary>Queues, agent groups and today's service so far, at <see cref="Now"/>.</summary>
    public CentreStatus Status()
    {
        var scenario = _model.Scenario;
        int perDay = _timeline.IntervalsPerDay;
        int day = Math.Min(scenario.Horizon.Days - 1, Math.Max(0, Timeline.DayOf(Now)));
        var today = new ContactTally();
        for (int i = day * perDay; i < (day + 1) * perDay; i++)
        {
            for (int t = 0; t < _types.Length; t++) today.Add(_result.ContactsAt(i, t));
        }
        var kpis = KpiCalculator.Compute(today, new TimeTally(), [], scenario.ServiceLevel.Definition);
        var queues = _types.Select(type =>
        {
            double oldest = _queues.OldestArrival(type.Index);
            return new QueueStatus(type.Id, _queues.WaitingIn(type.Index), double.IsPositiveInfinity(oldest) ? 0 : Now - oldest, _bots.IsOn(type.Index));
        }).ToArray();
        var groups = _groups.Select(group =>
        {
            int g = group.Index, busy = _agents.BusyIn(g), idle = _agents.IdleIn(g);
            return new GroupStatus(group.Id, busy + idle, busy, idle, _staffing.AddedByHand(g));
        }).ToArray();
        var service = new ServiceToday(
            today.Offered,
            today.Answered,
            today.Abandoned,
            Value(kpis[Kpi.ServiceLevel]),
            Value(kpis[Kpi.AverageSpeedOfAnswerSeconds]),
            Value(kpis[Kpi.AbandonmentRate]));
        var timeOfDay = scenario.Horizon.Start + TimeSpan.FromSeconds(Now - day * Timeline.SecondsPerDay);
        return new CentreStatus(Now, day + 1, timeOfDay, _interval != Closed, Finished, queues, groups, service);

        static double? Value(double v) => double.IsFinite(v) ? v : null;
    }

    /// <summary>The first planning-interval boundary (an interval's start or end) after <paramref name="after"/>; the horizon's end at most.</summary>
    public double NextIntervalBoundary(double after) => _timeline.NextBoundary(after);
}
