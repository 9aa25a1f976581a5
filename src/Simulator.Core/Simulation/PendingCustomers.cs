namespace Simulator.Core.Simulation;

/// <summary>
/// Customers between contacts (a scheduled return, or a session in a bot), kept in a slab with a free
/// list so the event for them carries only a slot number and nothing allocates per customer.
/// </summary>
internal sealed class PendingCustomers
{
    private CustomerState[] _slots = new CustomerState[16];
    private readonly Stack<int> _free = new();
    private int _used;

    public long Store(in CustomerState customer)
    {
        int slot;
        if (_free.Count > 0)
        {
            slot = _free.Pop();
        }
        else
        {
            if (_used == _slots.Length) Array.Resize(ref _slots, _slots.Length * 2);
            slot = _used++;
        }
        _slots[slot] = customer;
        return slot;
    }

    /// <summary>The customer in a slot, left there (a look-ahead reads the centre without changing it).</summary>
    public CustomerState Peek(long slot) => _slots[slot];

    public CustomerState Take(long slot)
    {
        _free.Push((int)slot);
        return _slots[slot];
    }
}
