using System.Collections.Immutable;

namespace Simulator.Core.Intraday;

/// <summary>
/// The contacts of one real day, in order of arrival, ready to be fed to the kernel in place of its generated arrivals
/// (<see cref="Simulation.Replication"/>'s replay constructor). Immutable, so one day serves any number of replications.
/// </summary>
/// <param name="Date">The day of the log replayed.</param>
/// <param name="Contacts">Every replayed contact, sorted by arrival.</param>
/// <param name="Notes">What a planner should know: contacts left out (outside opening hours, contained by a bot) and why.</param>
public sealed record ReplayDay(DateOnly Date, ImmutableArray<ReplayedContact> Contacts, ImmutableArray<string> Notes)
{
    /// <summary>
    /// The most contacts one day may replay: well beyond the largest centres (a 50,000-a-day centre fits forty times), so a log that is not one
    /// day of one centre is refused before it fills memory.
    /// </summary>
    public const int MaxContacts = 2_000_000;

    /// <summary>The contacts of one type, in order of arrival.</summary>
    public ImmutableArray<ReplayedContact> OfType(int contactType) => [.. Contacts.Where(c => c.ContactType == contactType)];
}
