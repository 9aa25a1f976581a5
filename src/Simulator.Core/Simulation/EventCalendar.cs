using System.Runtime.CompilerServices;

namespace Simulator.Core.Simulation;

/// <summary>
/// The future-event list: a binary min-heap of structs ordered by (time, kind, insertion order), so
/// that simultaneous events always run in the same order (SimSharp's rule) and nothing allocates
/// per event. It holds only busy agents' completions, waiting customers' abandonments and one
/// boundary, so it stays small; arrivals are merged in by the kernel, not stored here.
/// </summary>
internal sealed class EventCalendar
{
    private Entry[] _heap = new Entry[64];
    private int _count;
    private long _inserted;

    private struct Entry
    {
        public double Time;
        public long Order; // kind in the top byte, insertion counter below: one comparison breaks both ties
        public ScheduledEvent Event;
    }

    public int Count => _count;

    public double NextTime => _count > 0 ? _heap[0].Time : double.PositiveInfinity;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Schedule(in ScheduledEvent scheduled)
    {
        if (_count == _heap.Length) Array.Resize(ref _heap, _heap.Length * 2);
        var entry = new Entry { Time = scheduled.Time, Order = ((long)scheduled.Kind << 56) | _inserted++, Event = scheduled };
        int index = _count++;
        while (index > 0)
        {
            int parent = (index - 1) >> 1;
            if (!Before(entry, _heap[parent])) break;
            _heap[index] = _heap[parent];
            index = parent;
        }
        _heap[index] = entry;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ScheduledEvent Pop()
    {
        var top = _heap[0].Event;
        var last = _heap[--_count];
        int index = 0;
        while (true)
        {
            int child = 2 * index + 1;
            if (child >= _count) break;
            if (child + 1 < _count && Before(_heap[child + 1], _heap[child])) child++;
            if (!Before(_heap[child], last)) break;
            _heap[index] = _heap[child];
            index = child;
        }
        if (_count > 0) _heap[index] = last;
        return top;
    }

    /// <summary>Every event still scheduled, in no particular order: what the end of the horizon leaves behind.</summary>
    public IEnumerable<ScheduledEvent> Remaining()
    {
        for (int i = 0; i < _count; i++) yield return _heap[i].Event;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Before(in Entry a, in Entry b) => a.Time < b.Time || (a.Time == b.Time && a.Order < b.Order);
}
