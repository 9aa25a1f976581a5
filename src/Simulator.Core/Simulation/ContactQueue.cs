using System.Runtime.CompilerServices;

namespace Simulator.Core.Simulation;

/// <summary>
/// The FIFO queue of one contact type: a ring buffer indexed by each contact's position in line, so
/// an abandonment can name its contact without searching, and abandoned contacts are skipped when
/// they reach the head. Its size follows the number waiting, never the number simulated.
/// </summary>
internal sealed class ContactQueue
{
    private WaitingContact[] _slots = new WaitingContact[16];
    private long _head;
    private long _tail;

    public int Waiting { get; private set; }

    /// <summary>Adds a contact at the back; returns its position, which identifies it until it leaves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long Enqueue(in WaitingContact contact)
    {
        if (_tail - _head == _slots.Length) Grow();
        long position = _tail++;
        _slots[position & (_slots.Length - 1)] = contact;
        Waiting++;
        return position;
    }

    public bool IsWaiting(long position) =>
        position >= _head && position < _tail && !_slots[position & (_slots.Length - 1)].Abandoned;

    /// <summary>Takes the contact at <paramref name="position"/> out of line (its patience ran out).</summary>
    public ref readonly WaitingContact Abandon(long position)
    {
        ref var slot = ref _slots[position & (_slots.Length - 1)];
        slot.Abandoned = true;
        Waiting--;
        return ref slot;
    }

    /// <summary>The arrival time of the longest-waiting contact, or +∞ when nobody waits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double OldestArrival()
    {
        SkipAbandoned();
        return Waiting == 0 ? double.PositiveInfinity : _slots[_head & (_slots.Length - 1)].ArrivalTime;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public WaitingContact Dequeue()
    {
        SkipAbandoned();
        var contact = _slots[_head & (_slots.Length - 1)];
        _head++;
        Waiting--;
        return contact;
    }

    /// <summary>Empties the queue (the centre closes), handing each contact still waiting to <paramref name="leave"/>.</summary>
    public void Clear(Action<WaitingContact> leave)
    {
        for (long position = _head; position < _tail; position++)
        {
            var contact = _slots[position & (_slots.Length - 1)];
            if (!contact.Abandoned) leave(contact);
        }
        _head = _tail;
        Waiting = 0;
    }

    /// <summary>The contacts waiting, front first, with their positions; reads without moving the head (a look-ahead must not disturb the queue).</summary>
    public IEnumerable<(long Position, WaitingContact Contact)> Contents()
    {
        for (long position = _head; position < _tail; position++)
        {
            var contact = _slots[position & (_slots.Length - 1)];
            if (!contact.Abandoned) yield return (position, contact);
        }
    }

    private void SkipAbandoned()
    {
        while (_head < _tail && _slots[_head & (_slots.Length - 1)].Abandoned) _head++;
    }

    private void Grow()
    {
        var larger = new WaitingContact[_slots.Length * 2];
        for (long position = _head; position < _tail; position++)
        {
            larger[position & (larger.Length - 1)] = _slots[position & (_slots.Length - 1)];
        }
        _slots = larger;
    }
}
