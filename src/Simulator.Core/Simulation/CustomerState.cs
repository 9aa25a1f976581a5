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
