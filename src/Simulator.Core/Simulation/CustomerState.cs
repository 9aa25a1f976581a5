namespace Simulator.Core.Simulation;

/// <summary>
/// What the centre remembers about a customer between contacts: who it is, the interval of the first
/// contact (where the customer is counted), poor experiences so far, how many contacts came before
/// this one, whether this one is a redial, and whether the customer counts (arrived after warm-up).
/// It rides on the waiting contact, or waits in <see cref="PendingCustomers"/> for a return; nothing
/// is kept once the last contact ends, so memory follows contacts in progress.
/// </summary>
internal readonly record struct CustomerState(long Id, int FirstInterval, int PoorExperiences, int Attempt, bool IsRedial, bool Counted)
{
    public static CustomerState First(long id, int interval, bool counted) => new(id, interval, 0, 0, false, counted);

    /// <summary>The same customer after one more contact, poor or not.</summary>
    public CustomerState After(bool poor) => poor ? this with { PoorExperiences = PoorExperiences + 1 } : this;

    /// <summary>The customer's next contact: a redial after abandoning, or a repeat after an unresolved one.</summary>
    public CustomerState Next(bool redial) => this with { Attempt = Attempt + 1, IsRedial = redial };
}

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

    public CustomerState Take(long slot)
    {
        _free.Push((int)slot);
        return _slots[slot];
    }
}
