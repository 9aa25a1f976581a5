using System.Runtime.CompilerServices;

namespace Simulator.Core.Simulation;

/// <summary>Routing: which agent takes an arriving contact, which contact a freed agent takes, chats held at once, overflow.</summary>
public sealed partial class Replication
{
    /// <summary>An idle agent of <paramref name="groups"/> for the type, by the routing policy; else, for chat, the least-loaded agent with room. −1 if none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindAgent(int type, int[] groups)
    {
        int best = -1;
        int bestGroup = -1;
        foreach (int g in groups)
        {
            if (_idle[g].Count == 0) continue;
            int candidate = _idle[g].Front;
            if (best < 0 || Better(g, bestGroup, candidate, best, type))
            {
                best = candidate;
                bestGroup = g;
            }
        }
        if (best >= 0)
        {
            _idle[bestGroup].PopFront();
            return best;
        }
        if (_chatLimit[type] <= 1) return -1;
        int fewest = int.MaxValue;
        foreach (int g in groups)
        {
            if (_chatLoads[g] is not { } loads || _pendingLogOff[g] > 0) continue;
            int candidate = loads.LeastLoaded(_chatLimit[type], out int load);
            if (candidate >= 0 && load < fewest)
            {
                best = candidate;
                fewest = load;
            }
        }
        return best;
    }

    /// <summary>Whether group <paramref name="g"/>'s candidate beats the best so far: more proficient first when routing asks for it, then longer idle.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Better(int g, int bestGroup, int candidate, int best, int type)
    {
        if (_mostProficient)
        {
            double mine = _handleFactor[g * _types + type], theirs = _handleFactor[bestGroup * _types + type];
            if (mine != theirs) return mine < theirs;
        }
        return _idleSince[candidate] < _idleSince[best];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Free(int agent, bool chat, double now)
    {
        Account(now);
        _result.Completions++;
        int group = _groupOf[agent];
        if (chat)
        {
            _chatLoads[group]?.Remove(agent, _load[agent]);
            if (--_load[agent] > 0)
            {
                _chatLoads[group]?.Place(agent, _load[agent]);
                if (_pendingLogOff[group] == 0) FillChats(agent, now);
                return;
            }
        }
        _busy--;
        _busyInGroup[group]--;
        if (_pendingLogOff[group] > 0)
        {
            _pendingLogOff[group]--;
            _loggedOn--;
            _offShift[group].Push(agent);
            _centre?.AgentLoggedOff(now, agent, group, _onBreak[group] && _interval != Closed);
            return;
        }
        TakeWorkOrIdle(agent, group, now);
    }

    /// <summary>The agent answers the contact routing picks among its skills (and backed-up types that waited long enough), or joins the back of its group's idle line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TakeWorkOrIdle(int agent, int group, double now)
    {
        int type = NextContactFor(group, now, chatsHeld: 0);
        if (type >= 0)
        {
            var contact = _queues[type].Dequeue();
            _waiting--;
            Answer(agent, type, contact, now);
            FillChats(agent, now);
            return;
        }
        _idleSince[agent] = now;
        _idle[group].PushBack(agent);
        _centre?.AgentIdle(now, agent, group);
    }

    /// <summary>A chat agent with room takes waiting chats until it holds its limit or none waits.</summary>
    private void FillChats(int agent, double now)
    {
        if (_load[agent] == 0) return;
        int group = _groupOf[agent];
        int type;
        while ((type = NextContactFor(group, now, _load[agent])) >= 0)
        {
            var contact = _queues[type].Dequeue();
            _waiting--;
            Answer(agent, type, contact, now);
        }
    }

    /// <summary>
    /// The contact type a group's agent should serve next, or −1: oldest waiting first, or highest
    /// priority first when routing says so. An agent already holding chats only takes more chats.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int NextContactFor(int group, double now, int chatsHeld)
    {
        int chosen = -1;
        double oldest = double.PositiveInfinity;
        foreach (int t in _skills[group]) Consider(t, double.PositiveInfinity, ref chosen, ref oldest);
        foreach (int t in _backupSkills[group]) Consider(t, now - _overflowAfter[t], ref chosen, ref oldest);
        return chosen;

        void Consider(int t, double arrivedBy, ref int chosen, ref double oldest)
        {
            if (chatsHeld > 0 && _chatLimit[t] <= chatsHeld) return;
            double arrival = _queues[t].OldestArrival();
            if (arrival > arrivedBy || double.IsPositiveInfinity(arrival)) return;
            bool better = chosen < 0
                || (_byPriority && _priority[t] != _priority[chosen] ? _priority[t] > _priority[chosen] : arrival < oldest);
            if (!better) return;
            chosen = t;
            oldest = arrival;
        }
    }

    /// <summary>A contact has waited long enough for the backup groups: an idle backup agent takes the oldest waiting one.</summary>
    private void Overflow(int type, long position, double now)
    {
        if (!_queues[type].IsWaiting(position) || _interval == Closed) return;
        Account(now);
        int agent = FindAgent(type, _overflowGroups[type]);
        if (agent < 0) return;
        var contact = _queues[type].Dequeue();
        _waiting--;
        Answer(agent, type, contact, now);
        FillChats(agent, now);
    }
}
