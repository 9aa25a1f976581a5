using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Simulator.Core.Simulation;

/// <summary>
/// Every contact type's queue and the count waiting over all of them (always the sum of the
/// queues'), and the routing rule's choice of which waiting contact a group's agent takes next.
/// </summary>
internal sealed class ContactQueues
{
    private readonly ContactQueue[] _queues;
    private readonly ImmutableArray<ContactTypeModel> _types;
    private readonly bool _byPriority;

    public ContactQueues(CentreModel model)
    {
        _types = model.ContactTypes;
        _byPriority = model.Routing.ByPriority;
        _queues = [.. _types.Select(_ => new ContactQueue())];
    }

    /// <summary>Contacts waiting in all queues.</summary>
    public int Waiting { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WaitingIn(int contactType) => _queues[contactType].Waiting;

    /// <summary>The arrival time of a type's longest-waiting contact, or +∞ when none waits.</summary>
    public double OldestArrival(int contactType) => _queues[contactType].OldestArrival();

    /// <summary>A type's waiting contacts, front first, with their positions, read without changing the queue.</summary>
    public IEnumerable<(long Position, WaitingContact Contact)> Contents(int contactType) => _queues[contactType].Contents();

    /// <summary>Adds a contact at the back of its type's queue; returns its position there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Enqueue(int contactType, in WaitingContact contact)
    {
        Waiting++;
        return _queues[contactType].Enqueue(contact);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWaiting(int contactType, long position) => _queues[contactType].IsWaiting(position);

    /// <summary>Takes the contact at <paramref name="position"/> out of line: its patience ran out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly WaitingContact Abandon(int contactType, long position)
    {
        Waiting--;
        return ref _queues[contactType].Abandon(position);
    }

    /// <summary>Takes the longest-waiting contact of a type: an agent answers it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WaitingContact Dequeue(int contactType)
    {
        Waiting--;
        return _queues[contactType].Dequeue();
    }

    /// <summary>Empties a type's queue (the centre closes), handing each contact still waiting to <paramref name="leave"/>.</summary>
    public void Clear(int contactType, Action<WaitingContact> leave)
    {
        Waiting -= _queues[contactType].Waiting;
        _queues[contactType].Clear(leave);
    }

    /// <summary>Adds <paramref name="elapsed"/> open seconds to each queue's time-weighted tallies and to the centre's (<paramref name="centre"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AccountTime(ReplicationResult result, int interval, ref TimeTally centre, double elapsed)
    {
        var queues = _queues;
        for (int t = 0; t < queues.Length; t++)
        {
            ref var queueTime = ref result.TimeAt(interval, t);
            queueTime.Seconds += elapsed;
            queueTime.QueueSeconds += queues[t].Waiting * elapsed;
        }
        centre.Seconds += elapsed;
        centre.QueueSeconds += Waiting * elapsed;
    }

    /// <summary>
    /// The contact type a group's agent should serve next, or −1: oldest waiting first, or highest
    /// priority first when routing says so; types the group backs up only once their oldest contact has
    /// waited long enough. An agent already holding chats only takes more chats.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int NextFor(AgentGroupModel group, double now, int chatsHeld)
    {
        int chosen = -1;
        double oldest = double.PositiveInfinity;
        foreach (int t in group.Skills) Consider(t, double.PositiveInfinity, ref chosen, ref oldest);
        foreach (int t in group.BackupSkills) Consider(t, now - _types[t].OverflowAfterSeconds, ref chosen, ref oldest);
        return chosen;

        void Consider(int t, double arrivedBy, ref int chosen, ref double oldest)
        {
            var type = _types[t];
            if (chatsHeld > 0 && type.ChatLimit <= chatsHeld) return;
            double arrival = _queues[t].OldestArrival();
            if (arrival > arrivedBy || double.IsPositiveInfinity(arrival)) return;
            bool better = chosen < 0
                || (_byPriority && type.Priority != _types[chosen].Priority ? type.Priority > _types[chosen].Priority : arrival < oldest);
            if (!better) return;
            chosen = t;
            oldest = arrival;
        }
    }
}
