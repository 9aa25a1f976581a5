using Simulator.Core.Randomness;

namespace Simulator.Core.Simulation;

/// <summary>
/// Forking: <see cref="Capture"/> reads the replication's exact state without changing it, and <see cref="Resume"/> builds a new replication
/// that goes on from such a state with fresh random streams: how a look-ahead predicts the rest of a live day.
/// </summary>
public sealed partial class Replication
{
    /// <summary>Tries of a conditional draw of work (talk plus wrap-up) longer than what is done before falling back to the talk's tail alone.</summary>
    private const int ConditionalTries = 64;

    /// <summary>The compiled model the replication runs.</summary>
    public CentreModel Model => _model;

    /// <summary>
    /// The centre's state at <see cref="Now"/>: read only, so the replication goes on exactly as if it had never been captured (a live centre's
    /// day is bit for bit the same with and without look-aheads).
    /// </summary>
    public CentreState Capture()
    {
        if (!_started) throw new InvalidOperationException("The replication has not started: there is no state to capture yet.");
        var abandonsAt = new Dictionary<(int Type, long Position), double>();
        var services = new List<ServiceState>();
        var pending = new List<PendingCustomerState>();
        foreach (var e in _calendar.Remaining())
        {
            switch (e.Kind)
            {
                case EventKind.AgentFree:
                    services.Add(new ServiceState(e.Agent, _agents.GroupOf(e.Agent), e.ServedType, e.IsChat, e.AnsweredAt, e.Time));
                    break;
                case EventKind.Abandonment:
                    abandonsAt[(e.ContactType, e.QueuePosition)] = e.Time;
                    break;
                case EventKind.BotTransfer or EventKind.Return:
                    pending.Add(new PendingCustomerState(e.ContactType, e.Time, e.Kind == EventKind.BotTransfer,
                        CustomerSnapshot.Of(_pending.Peek(e.PendingCustomer))));
                    break;
                case EventKind.IntervalBoundary or EventKind.StaffingChange or EventKind.Overflow:
                    break; // rebuilt from the schedule, the timeline and each waiting contact's arrival
            }
        }
        var waiting = new List<WaitingContactState>();
        foreach (var type in _types)
        {
            foreach (var (position, c) in _queues.Contents(type.Index))
            {
                double abandons = abandonsAt.TryGetValue((type.Index, position), out double at) ? at : double.PositiveInfinity;
                waiting.Add(new WaitingContactState(type.Index, c.ArrivalTime, c.Interval, c.Counted, CustomerSnapshot.Of(c.Customer), c.HandleSeconds,
                    c.WrapUpSeconds, abandons, c.ResolutionDraw, c.RepeatDelay, c.RedialDraw, c.RedialDelay, c.ResolutionChange));
            }
        }
        var idle = new List<IdleAgentState>();
        foreach (var group in _groups)
        {
            for (int i = 0; i < _agents.IdleIn(group.Index); i++) idle.Add(new IdleAgentState(group.Index, _agents.IdleSince(_agents.IdleAt(group.Index, i))));
        }
        var r = _result;
        return new CentreState
        {
            Now = Now,
            Interval = _interval,
            LastInterval = _lastInterval,
            Day = _day,
            Customers = _customers,
            LastAccounted = _lastAccounted,
            NextStaffingChange = _staffing.NextChange,
            AddedByHand = [.. _groups.Select(g => _staffing.AddedByHand(g.Index))],
            ArrivalFactors = [.. _types.Select(t => _arrivals.Factor(t.Index))],
            BotsOn = [.. _types.Select(t => _bots.IsOn(t.Index))],
            Waiting = [.. waiting],
            InService = [.. services.OrderBy(s => s.Agent).ThenBy(s => s.AnsweredAt).ThenBy(s => s.EndsAt)],
            Idle = [.. idle],
            DueToLogOff = [.. _groups.Select(g => _agents.DueToLogOff(g.Index))],
            Pending = [.. pending.OrderBy(p => p.Due).ThenBy(p => p.Customer.Id)],
            SoFar = new ReplicationResult(r.Replication, r.Intervals, r.ContactTypes, [.. r.Contacts], [.. r.Time], [.. r.GroupBusyAgentSeconds],
                [.. r.GroupAvailableAgentSeconds], [.. r.Costs], [.. r.TrainingSavings], r.Programmes, r.Arrivals, r.Answers, r.Abandonments,
                r.Completions),
        };
    }

    /// <summary>
    /// A replication that goes on from <paramref name="state"/> with fresh random streams keyed by (<paramref name="seed"/>,
    /// <paramref name="replication"/>): arrivals from the state's instant on (at <paramref name="arrivalFactors"/> × the planned rate per contact
    /// type; null: the surge factors in force), and the time left of contacts in progress as <paramref name="residuals"/> says. Its tallies
    /// start from the state's, so its result is the whole horizon's, the part already done included. Every draw it makes at the fork comes
    /// from its own stream, in a fixed order, before any control: two forks of one state with the same seed and replication see the same
    /// customers whatever is done to them afterwards (common random numbers for paired what-ifs).
    /// </summary>
    public static Replication Resume(CentreModel model, CentreState state, long seed, int replication, ResidualTimes residuals,
        IReadOnlyList<double>? arrivalFactors = null) =>
        new(model, state, seed, replication, residuals, arrivalFactors ?? state.ArrivalFactors);

    private Replication(CentreModel model, CentreState state, long seed, int replication, ResidualTimes residuals, IReadOnlyList<double> arrivalFactors)
    {
        if (state.ArrivalFactors.Length != model.ContactTypes.Length || state.AddedByHand.Length != model.AgentGroups.Length
            || state.SoFar.Intervals != model.Timeline.TotalIntervals || arrivalFactors.Count != model.ContactTypes.Length)
        {
            throw new ArgumentException("The centre state is not of this scenario: its contact types, agent groups or intervals differ.");
        }
        _model = model;
        _timeline = model.Timeline;
        _types = model.ContactTypes;
        _groups = model.AgentGroups;
        _arrivals = new Arrivals(model, seed, replication);
        _streams = new CustomerStreams(model, seed, replication);
        _queues = new ContactQueues(model);
        _agents = new AgentPool(model);
        _staffing = new StaffingTargets(_groups.Length);
        _bots = new BotSwitches(model);
        var r = state.SoFar;
        _result = new ReplicationResult(replication, r.Intervals, r.ContactTypes, [.. r.Contacts], [.. r.Time], [.. r.GroupBusyAgentSeconds],
            [.. r.GroupAvailableAgentSeconds], [.. r.Costs], [.. r.TrainingSavings], r.Programmes, r.Arrivals, r.Answers, r.Abandonments, r.Completions);

        _started = true;
        Now = state.Now;
        _customers = state.Customers;
        _interval = state.Interval;
        _lastInterval = state.LastInterval;
        _day = state.Day;
        _today = model.EffectsOn(Math.Max(0, state.Day));
        _lastAccounted = state.LastAccounted;

        var changes = model.Schedule.Changes;
        for (int i = 0; i < state.NextStaffingChange; i++) _staffing.Apply(i, changes[i]);
        for (int g = 0; g < _groups.Length; g++) _staffing.AddByHand(g, state.AddedByHand[g]);
        for (int t = 0; t < _types.Length; t++)
        {
            if (state.BotsOn[t] != _bots.IsOn(t)) _bots.Switch(t, state.BotsOn[t]);
        }

        var random = RandomStreams.Create(seed, replication, StreamPurpose.ForkResiduals, "");
        RestoreAgents(state, residuals, random);
        RestoreQueues(state, residuals, random);
        foreach (var p in state.Pending)
        {
            var customer = p.Customer.ToState();
            _calendar.Schedule(p.BotTransfer
                ? ScheduledEvent.BotTransfer(p.Due, p.ContactType, _pending.Store(customer))
                : ScheduledEvent.Return(p.Due, p.ContactType, _pending.Store(customer)));
        }
        if (_interval != Closed)
        {
            _calendar.Schedule(_timeline.ClosesAfter(_interval)
                ? ScheduledEvent.Closing(_timeline.IntervalEnd(_interval), _interval)
                : ScheduledEvent.Opening(_timeline.IntervalEnd(_interval), _interval + 1));
        }
        else
        {
            int next = _timeline.NextOpenInterval(state.Day < 0 ? 0 : _lastInterval + 1);
            if (next < _timeline.TotalIntervals) _calendar.Schedule(ScheduledEvent.Opening(_timeline.IntervalStart(next), next));
        }
        ScheduleStaffingChange();
        var factors = new double[_types.Length];
        for (int t = 0; t < factors.Length; t++) factors[t] = arrivalFactors[t];
        _arrivals.Resume(Now, factors);
    }

    /// <summary>Agents back at work: those in service with their contacts (each contact's end known or drawn), the idle in line, those due to leave.</summary>
    private void RestoreAgents(CentreState state, ResidualTimes residuals, Xoshiro256StarStar random)
    {
        var agentOf = new Dictionary<int, int>();
        var held = state.InService.GroupBy(s => s.Agent).ToDictionary(g => g.Key, g => g.Count());
        foreach (var s in state.InService)
        {
            if (!agentOf.TryGetValue(s.Agent, out int agent))
            {
                agent = _agents.LogOn(s.Group);
                agentOf[s.Agent] = agent;
            }
            _agents.Engage(agent, s.Group, s.Chat);
            double ends = residuals == ResidualTimes.Known ? s.EndsAt : s.AnsweredAt + WorkBeyond(s, held[s.Agent], random);
            _calendar.Schedule(ScheduledEvent.AgentFree(Math.Max(Now, ends), agent, s.Chat, s.ContactType, s.AnsweredAt));
        }
        foreach (var idle in state.Idle)
        {
            int agent = _agents.LogOn(idle.Group);
            _agents.MakeIdle(agent, idle.Group, idle.IdleSince);
        }
        for (int g = 0; g < _groups.Length; g++) _agents.LogOffWhenFree(g, state.DueToLogOff[g]);
    }

    /// <summary>
    /// The whole work of a contact in service, drawn on condition that it lasts longer than it has so far: (talk + wrap-up) × the day's handle
    /// factor for the group and type × the chat stretch (taken from the chats the agent holds now, one fewer than this one). Drawn by rejection
    /// from the joint distribution, exact for any distributions; when the work done is so far in the tail that no try passes, the wrap-up is
    /// drawn alone and the talk from its own tail beyond the rest.
    /// </summary>
    private double WorkBeyond(in ServiceState s, int chatsHeld, Xoshiro256StarStar random)
    {
        var type = _types[s.ContactType];
        double stretch = s.Chat ? 1 + type.ChatSlowdown * Math.Max(0, chatsHeld - 1) : 1;
        double factor = _today.HandleFactor[_today.Index(s.Group, s.ContactType)] * stretch;
        double done = (Now - s.AnsweredAt) / factor;
        double wrapUp = 0;
        for (int k = 0; k < ConditionalTries; k++)
        {
            double talk = type.HandleTime.Sample(random);
            wrapUp = type.WrapUp?.Sample(random) ?? 0;
            if (talk + wrapUp > done) return (talk + wrapUp) * factor;
        }
        return (type.HandleTime.SampleBeyond(random, Math.Max(0, done - wrapUp)) + wrapUp) * factor;
    }

    /// <summary>Waiting contacts back in their queues, in line; each one's patience known or drawn beyond its wait, and its backup time.</summary>
    private void RestoreQueues(CentreState state, ResidualTimes residuals, Xoshiro256StarStar random)
    {
        foreach (var w in state.Waiting)
        {
            var type = _types[w.ContactType];
            var contact = new WaitingContact
            {
                ArrivalTime = w.ArrivalTime,
                HandleSeconds = w.HandleSeconds,
                WrapUpSeconds = w.WrapUpSeconds,
                Interval = w.Interval,
                Counted = w.Counted,
                Customer = w.Customer.ToState(),
                ResolutionDraw = w.ResolutionDraw,
                RepeatDelay = w.RepeatDelay,
                RedialDraw = w.RedialDraw,
                RedialDelay = w.RedialDelay,
                ResolutionChange = w.ResolutionChange,
            };
            double abandons = w.AbandonsAt;
            if (residuals == ResidualTimes.Conditional)
            {
                contact.HandleSeconds = type.HandleTime.Sample(random);
                contact.WrapUpSeconds = type.WrapUp?.Sample(random) ?? 0;
                abandons = type.Patience is { } patience ? w.ArrivalTime + patience.SampleBeyond(random, Now - w.ArrivalTime) : double.PositiveInfinity;
                if (_model.DrawsOutcomes)
                {
                    contact.ResolutionDraw = random.NextUniform();
                    contact.RepeatDelay = type.RepeatAfter?.Sample(random) ?? 0;
                    if (type.RedialAfter is { } redialAfter)
                    {
                        contact.RedialDraw = random.NextUniform();
                        contact.RedialDelay = redialAfter.Sample(random);
                    }
                }
            }
            long position = _queues.Enqueue(w.ContactType, contact);
            if (!double.IsPositiveInfinity(abandons)) _calendar.Schedule(ScheduledEvent.Abandonment(Math.Max(Now, abandons), w.ContactType, position));
            double backup = w.ArrivalTime + type.OverflowAfterSeconds;
            if (type.OverflowGroups.Length > 0 && backup > Now) _calendar.Schedule(ScheduledEvent.Overflow(backup, w.ContactType, position));
        }
    }
}
