using System.Runtime.CompilerServices;

namespace Simulator.Core.Simulation;

/// <summary>A contact's life: arrival, the bot, the queue, the answer or the abandonment, and the customer's return.</summary>
public sealed partial class Replication
{
    /// <summary>A customer makes contact: through the bot if the type has one, else straight to the agent queue.</summary>
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
        if (_bot[type] is { } bot) EnterBot(type, bot, now, customer, counted);
        else EnterQueue(type, now, customer, fromBot: false);
    }

    private void EnterBot(int type, Bot bot, double now, CustomerState customer, bool counted)
    {
        var streams = customer.Attempt == 0 ? _fresh[type] : _returning[type];
        double outcome = streams.Bot.NextUniform();
        double botSeconds = bot.Time.Sample(streams.Bot);
        double redialDraw = 0, redialDelay = 0;
        if (_redialAfter[type] is { } redialAfter)
        {
            redialDraw = streams.Bot.NextUniform();
            redialDelay = redialAfter.Sample(streams.Bot);
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
            _calendar.Schedule(new ScheduledEvent(now + botSeconds, EventKind.BotTransfer, type, _pending.Store(customer)));
        }
    }

    /// <summary>The contact reaches the agent queue: its durations and outcome draws are made now, and an agent takes it if one is free.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EnterQueue(int type, double now, CustomerState customer, bool fromBot)
    {
        var streams = customer.Attempt == 0 ? _fresh[type] : _returning[type];
        double handle = _handle[type].Sample(streams.Handle);
        double wrapUp = _wrapUp[type]?.Sample(streams.WrapUp) ?? 0;
        double patience = _patience[type]?.Sample(streams.Patience) ?? double.PositiveInfinity;
        _observer?.Arrived(type, now, handle, wrapUp, patience);

        var contact = new WaitingContact
        {
            ArrivalTime = now,
            HandleSeconds = handle,
            WrapUpSeconds = wrapUp,
            Interval = _interval == Closed ? _lastInterval : _interval,
            Counted = now >= _timeline.WarmupEnd,
            Customer = customer,
        };
        if (fromBot)
        {
            var bot = _botDefinition[type]!;
            contact.HandleSeconds = Math.Max(0, handle + bot.TransferHandleSeconds);
            contact.ResolutionChange = bot.TransferResolutionChange;
        }
        if (_drawOutcomes)
        {
            contact.ResolutionDraw = streams.Outcome.NextUniform();
            contact.RepeatDelay = _repeatAfter[type]?.Sample(streams.Outcome) ?? 0;
            if (_redialAfter[type] is { } redialAfter)
            {
                contact.RedialDraw = streams.Outcome.NextUniform();
                contact.RedialDelay = redialAfter.Sample(streams.Outcome);
            }
        }
        if (contact.Counted) _result.ContactsAt(contact.Interval, type).Offered++;

        if (_interval == Closed && !_email[type])
        {
            LeaveUnanswered(type, contact); // handed on by the bot after the centre closed
            return;
        }
        int agent = _interval == Closed ? -1 : FindAgent(type, _groupsServing[type]);
        if (agent >= 0)
        {
            Answer(agent, type, contact, now);
            FillChats(agent, now);
            return;
        }

        long position = _queues[type].Enqueue(contact);
        _waiting++;
        _centre?.ContactQueued(now, type, customer.Id);
        if (contact.Counted && _interval != Closed)
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
        if (_overflowGroups[type].Length > 0)
        {
            _calendar.Schedule(new ScheduledEvent(now + _overflowAfter[type], EventKind.Overflow, type, position));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Answer(int agent, int type, in WaitingContact contact, double now)
    {
        int group = _groupOf[agent];
        int k = group * _types + type;
        double stretch = 1;
        bool chat = _chatLimit[type] > 1;
        if (chat)
        {
            stretch = 1 + _chatSlowdown[type] * _load[agent];
            _chatLoads[group]?.Remove(agent, _load[agent]);
            if (_load[agent]++ == 0)
            {
                _busy++;
                _busyInGroup[group]++;
            }
            _chatLoads[group]?.Place(agent, _load[agent]);
        }
        else
        {
            _busy++;
            _busyInGroup[group]++;
        }
        _result.Answers++;
        double talk = contact.HandleSeconds * _handleFactor[k] * stretch;
        double busyFor = talk + contact.WrapUpSeconds * _handleFactor[k] * stretch;
        _calendar.Schedule(new ScheduledEvent(now + busyFor, EventKind.AgentFree, agent, chat ? 1 : 0));

        double wait = now - contact.ArrivalTime;
        bool resolved = !_drawOutcomes || contact.ResolutionDraw < _resolutionRate[type] + _resolutionChange[k] + contact.ResolutionChange;
        var customer = contact.Customer;
        _centre?.ContactAnswered(now, type, customer.Id, agent, group, wait, talk, busyFor, resolved);
        if (contact.Counted)
        {
            ref var tally = ref _result.ContactsAt(contact.Interval, type);
            tally.Answered++;
            if (wait <= _threshold[type]) tally.AnsweredWithinThreshold++;
            tally.AnsweredWaitSeconds += wait;
            tally.AllWaitSeconds += wait;
            tally.HandleSeconds += busyFor;
            if (resolved) tally.Resolved++;
            ChargeLine(type, wait + talk);
            if (_trained[group]) SaveByTraining(group, (contact.HandleSeconds + contact.WrapUpSeconds) * _untrainedFactor[k] * stretch - busyFor);
        }
        CountFirstContact(type, customer, resolved);
        customer = customer.After(poor: !resolved || wait > _poorWait[type]);
        if (!resolved && _repeatAfter[type] is not null) Return(type, customer.Next(redial: false), now + busyFor + contact.RepeatDelay);
        else EndCustomer(type, customer);
    }

    /// <summary>A customer's first contact handled (by an agent or a bot): FCR counts it where the customer is counted.</summary>
    private void CountFirstContact(int type, CustomerState customer, bool resolved)
    {
        if (customer.Attempt != 0 || !customer.Counted) return;
        ref var first = ref _result.ContactsAt(customer.FirstInterval, type);
        first.FirstContactsHandled++;
        if (resolved) first.FirstContactsResolved++;
    }

    /// <summary>Telephony for seconds a voice contact spent on the line (in the bot, waiting, talking), in the open interval.</summary>
    private void ChargeLine(int type, double seconds)
    {
        if (_voice[type] && _telephonyPerSecond > 0) _result.CostAt(_interval, CostComponent.Telephony) += seconds * _telephonyPerSecond;
    }

    private void SaveByTraining(int group, double savedSeconds)
    {
        double value = savedSeconds / 3_600 * _costPerHour[group];
        var shares = _trainingShare[group];
        int row = _day * shares.Length;
        for (int p = 0; p < shares.Length; p++) _result.TrainingSavings[row + p] += value * shares[p];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Abandon(int type, long position, double now)
    {
        if (!_queues[type].IsWaiting(position)) return; // answered (or the day closed) before patience ran out
        Account(now);
        _result.Abandonments++;
        ref readonly var contact = ref _queues[type].Abandon(position);
        _waiting--;
        double wait = now - contact.ArrivalTime;
        _centre?.ContactAbandoned(now, type, contact.Customer.Id, wait, inBot: false);
        if (contact.Counted)
        {
            ref var tally = ref _result.ContactsAt(contact.Interval, type);
            tally.Abandoned++;
            if (wait <= _shortAbandonLimit) tally.AbandonedWithinShortLimit++;
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
        if (_redialAfter[type] is not null && draw < _redialShare[type]) Return(type, customer.Next(redial: true), at);
        else EndCustomer(type, customer);
    }

    /// <summary>The customer comes back at <paramref name="at"/>, or at the next opening if the centre is closed then; one due after the horizon ends is counted as it stands.</summary>
    private void Return(int type, CustomerState customer, double at)
    {
        if (!_timeline.IsOpen(at)) at = _timeline.NextOpening(at);
        if (at >= _timeline.End)
        {
            EndCustomer(type, customer);
            return;
        }
        _calendar.Schedule(new ScheduledEvent(at, EventKind.Return, type, _pending.Store(customer)));
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
}
