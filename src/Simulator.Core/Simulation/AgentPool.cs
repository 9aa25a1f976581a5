using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Simulator.Core.Simulation;

/// <summary>
/// A replication's agents: each agent's group, the chats it holds and since when it is idle; per
/// group the idle line (longest idle first), the agents off shift, the chat agents with room, the
/// busy count and the agents to log off once they finish. Every agent is in exactly one place: off
/// shift, in its group's idle line, or busy (holding a contact, or chats); an agent asked to log off
/// while busy leaves when it finishes. <see cref="Busy"/> and <see cref="LoggedOn"/> are the sums
/// over groups, kept for the time-weighted tallies.
/// </summary>
internal sealed class AgentPool
{
    private readonly IdleAgents[] _idle;
    private readonly Stack<int>[] _offShift;
    private readonly ChatLoads?[] _chatLoads;
    private readonly int[] _busyIn;

    /// <summary>Per group: contact places in use, an agent having its group's chat limit of them (one contact that is not a chat takes them all).</summary>
    private readonly int[] _placesUsed;
    private readonly int[] _placesPerAgent;
    private readonly double[] _agentsPerPlace;
    private readonly int[] _pendingLogOff;
    private readonly bool _mostProficientFirst;
    private int[] _groupOf;
    private double[] _idleSince;
    private int[] _load;
    private int _count;

    /// <summary>Creates the most agents each group's schedule ever has taking contacts, all off shift.</summary>
    public AgentPool(CentreModel model)
    {
        var groups = model.AgentGroups;
        int agents = groups.Sum(g => g.MostAvailable);
        _mostProficientFirst = model.Routing.MostProficientFirst;
        _idle = new IdleAgents[groups.Length];
        _offShift = new Stack<int>[groups.Length];
        _chatLoads = new ChatLoads?[groups.Length];
        _busyIn = new int[groups.Length];
        _placesUsed = new int[groups.Length];
        _placesPerAgent = [.. groups.Select(g => Math.Max(1, g.ChatLimit))];
        _agentsPerPlace = [.. _placesPerAgent.Select(p => 1.0 / p)];
        _pendingLogOff = new int[groups.Length];
        _groupOf = new int[agents];
        _idleSince = new double[agents];
        _load = new int[agents];
        foreach (var group in groups)
        {
            int g = group.Index;
            _idle[g] = new IdleAgents();
            _offShift[g] = new Stack<int>();
            _chatLoads[g] = group.ChatLimit > 1 ? new ChatLoads(group.ChatLimit) : null;
            for (int k = 0; k < group.MostAvailable; k++)
            {
                _groupOf[_count] = g;
                _offShift[g].Push(_count++);
            }
        }
    }

    /// <summary>Agents holding a contact or at least one chat.</summary>
    public int Busy { get; private set; }

    /// <summary>Agents taking contacts: idle or busy (those due to log off included until they do).</summary>
    public int LoggedOn { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GroupOf(int agent) => _groupOf[agent];

    /// <summary>Chats the agent holds now.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ChatsHeld(int agent) => _load[agent];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IdleIn(int group) => _idle[group].Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int BusyIn(int group) => _busyIn[group];

    /// <summary>Agents of the group taking contacts and staying: idle or busy, less those due to log off.</summary>
    public int Active(int group) => _idle[group].Count + _busyIn[group] - _pendingLogOff[group];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool LoggingOff(int group) => _pendingLogOff[group] > 0;

    /// <summary>Busy agents of the group due to log off once they finish.</summary>
    public int DueToLogOff(int group) => _pendingLogOff[group];

    /// <summary>The group's idle agent <paramref name="index"/> places from the front of its line (0: the longest idle).</summary>
    public int IdleAt(int group, int index) => _idle[group][index];

    /// <summary>Since when an idle agent has been idle.</summary>
    public double IdleSince(int agent) => _idleSince[agent];

    /// <summary>
    /// Takes out of its idle line the agent of <paramref name="groups"/> that routing picks for the type:
    /// the most proficient group first when the rule says so, then the longest idle. −1 if none is idle.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int TakeIdle(ImmutableArray<int> groups, int contactType, DayEffects today)
    {
        int best = -1;
        int bestGroup = -1;
        foreach (int g in groups)
        {
            if (_idle[g].Count == 0) continue;
            int candidate = _idle[g].Front;
            if (best < 0 || Better(g, bestGroup, candidate, best, contactType, today))
            {
                best = candidate;
                bestGroup = g;
            }
        }
        if (best >= 0) _idle[bestGroup].PopFront();
        return best;
    }

    /// <summary>
    /// The agent of <paramref name="groups"/> holding the fewest chats, fewer than <paramref name="below"/>; −1 if none has
    /// room (groups logging agents off give none).
    /// </summary>
    public int LeastLoadedChat(ImmutableArray<int> groups, int below)
    {
        int best = -1;
        int fewest = int.MaxValue;
        foreach (int g in groups)
        {
            if (_chatLoads[g] is not { } loads || _pendingLogOff[g] > 0) continue;
            int candidate = loads.LeastLoaded(below, out int load);
            if (candidate >= 0 && load < fewest)
            {
                best = candidate;
                fewest = load;
            }
        }
        return best;
    }

    /// <summary>The agent takes a contact: a chat adds to the chats it holds (busy from the first), anything else makes it busy.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Engage(int agent, int group, bool chat)
    {
        if (!chat)
        {
            _placesUsed[group] += _placesPerAgent[group];
            BecomeBusy(group);
            return;
        }
        _placesUsed[group]++;
        var loads = _chatLoads[group];
        loads?.Remove(agent, _load[agent]);
        if (_load[agent]++ == 0) BecomeBusy(group);
        loads?.Place(agent, _load[agent]);
    }

    /// <summary>The agent ends one of its chats; true while it still holds others.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool EndChat(int agent, int group)
    {
        _placesUsed[group]--;
        var loads = _chatLoads[group];
        loads?.Remove(agent, _load[agent]);
        if (--_load[agent] <= 0) return false;
        loads?.Place(agent, _load[agent]);
        return true;
    }

    /// <summary>
    /// The agent holds nothing any more (a chat's place is given back by <see cref="EndChat"/>); if its group is logging
    /// agents off, it goes off shift (true).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Release(int agent, int group, bool chat)
    {
        if (!chat) _placesUsed[group] -= _placesPerAgent[group];
        Busy--;
        _busyIn[group]--;
        if (_pendingLogOff[group] == 0) return false;
        _pendingLogOff[group]--;
        LoggedOn--;
        _offShift[group].Push(agent);
        return true;
    }

    /// <summary>The agent joins the back of its group's idle line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void MakeIdle(int agent, int group, double now)
    {
        _idleSince[agent] = now;
        _idle[group].PushBack(agent);
    }

    /// <summary>Agents due to log off stay instead, up to <paramref name="wanted"/>; returns how many.</summary>
    public int KeepLoggingOff(int group, int wanted)
    {
        int kept = Math.Min(_pendingLogOff[group], wanted);
        _pendingLogOff[group] -= kept;
        return kept;
    }

    /// <summary>An agent of the group comes on shift (one more agent if none is off shift); the caller gives it work or idles it.</summary>
    public int LogOn(int group)
    {
        int agent = _offShift[group].Count > 0 ? _offShift[group].Pop() : NewAgent(group);
        LoggedOn++;
        return agent;
    }

    /// <summary>The group's most recently idle agent goes off shift; −1 if none is idle.</summary>
    public int LogOffIdle(int group)
    {
        if (_idle[group].Count == 0) return -1;
        int agent = _idle[group].PopBack();
        _offShift[group].Push(agent);
        LoggedOn--;
        return agent;
    }

    /// <summary>Busy agents of the group that log off once they finish.</summary>
    public void LogOffWhenFree(int group, int agents) => _pendingLogOff[group] += agents;

    /// <summary>
    /// Adds <paramref name="elapsed"/> seconds to each group's busy and available (idle or busy) agent-seconds, an agent
    /// holding j of its k chat places counting j/k busy (occupancy is used places / available places); returns the busy
    /// agents of all groups so counted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double AccountTime(double[] busySeconds, double[] availableSeconds, double elapsed)
    {
        var busyIn = _busyIn;
        var idle = _idle;
        var used = _placesUsed;
        var perPlace = _agentsPerPlace;
        double busy = 0;
        for (int g = 0; g < busyIn.Length; g++)
        {
            double busyAgents = used[g] * perPlace[g];
            busy += busyAgents;
            busySeconds[g] += busyAgents * elapsed;
            availableSeconds[g] += (idle[g].Count + busyIn[g]) * elapsed;
        }
        return busy;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void BecomeBusy(int group)
    {
        Busy++;
        _busyIn[group]++;
    }

    /// <summary>Whether group <paramref name="g"/>'s candidate beats the best so far: more proficient first if routing says so, then longer idle.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Better(int g, int bestGroup, int candidate, int best, int contactType, DayEffects today)
    {
        if (_mostProficientFirst)
        {
            double mine = today.HandleFactor[today.Index(g, contactType)], theirs = today.HandleFactor[today.Index(bestGroup, contactType)];
            if (mine != theirs) return mine < theirs;
        }
        return _idleSince[candidate] < _idleSince[best];
    }

    /// <summary>One more agent for a group, beyond the most its schedule ever needs (agents added by hand).</summary>
    private int NewAgent(int group)
    {
        if (_count == _groupOf.Length)
        {
            int size = Math.Max(16, _groupOf.Length * 2);
            Array.Resize(ref _groupOf, size);
            Array.Resize(ref _idleSince, size);
            Array.Resize(ref _load, size);
        }
        _groupOf[_count] = group;
        return _count++;
    }
}
