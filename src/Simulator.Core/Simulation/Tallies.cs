namespace Simulator.Core.Simulation;

/// <summary>Per-contact counts and sums for one contact type in one interval (contacts belong to the interval they arrived in).</summary>
public struct ContactTally
{
    public long Offered;
    public long Answered;
    public long AnsweredWithinThreshold;
    public long Abandoned;
    public long AbandonedWithinShortLimit;

    /// <summary>Contacts still waiting when the centre closed or the horizon ended.</summary>
    public long UnansweredAtClose;

    public double AnsweredWaitSeconds;

    /// <summary>Waits of answered and abandoned contacts together: Little's law's side of the queue.</summary>
    public double AllWaitSeconds;

    public double HandleSeconds;

    /// <summary>Contacts that entered a bot or IVR; of them, resolved there and given up there.</summary>
    public long BotSessions;
    public long Contained;
    public long AbandonedInBot;

    /// <summary>Contacts from customers trying again after abandoning, and coming back unresolved.</summary>
    public long Redials;
    public long Repeats;

    /// <summary>Customers' first contacts that an agent or a bot handled, and those of them resolved.</summary>
    public long FirstContactsHandled;
    public long FirstContactsResolved;

    /// <summary>Handled contacts (by agents or bots) that resolved the customer's need.</summary>
    public long Resolved;

    /// <summary>Customers whose first contact arrived here, counted when their last contact ends; those with two or more poor experiences; and all their poor
    /// experiences.</summary>
    public long Customers;
    public long CustomersAtRisk;
    public long PoorExperiences;

    public void Add(in ContactTally other)
    {
        BotSessions += other.BotSessions;
        Contained += other.Contained;
        AbandonedInBot += other.AbandonedInBot;
        Redials += other.Redials;
        Repeats += other.Repeats;
        FirstContactsHandled += other.FirstContactsHandled;
        FirstContactsResolved += other.FirstContactsResolved;
        Resolved += other.Resolved;
        Customers += other.Customers;
        CustomersAtRisk += other.CustomersAtRisk;
        PoorExperiences += other.PoorExperiences;
        Offered += other.Offered;
        Answered += other.Answered;
        AnsweredWithinThreshold += other.AnsweredWithinThreshold;
        Abandoned += other.Abandoned;
        AbandonedWithinShortLimit += other.AbandonedWithinShortLimit;
        UnansweredAtClose += other.UnansweredAtClose;
        AnsweredWaitSeconds += other.AnsweredWaitSeconds;
        AllWaitSeconds += other.AllWaitSeconds;
        HandleSeconds += other.HandleSeconds;
    }
}

/// <summary>Time-weighted statistics: separate from per-contact tallies, as SimSharp keeps them.</summary>
public struct TimeTally
{
    /// <summary>Time observed (after warm-up, while open).</summary>
    public double Seconds;

    /// <summary>∫ waiting contacts dt.</summary>
    public double QueueSeconds;

    public int MaxQueue;

    /// <summary>∫ busy agents dt and ∫ logged-on agents dt: occupancy is their ratio.</summary>
    public double BusyAgentSeconds;

    public double AvailableAgentSeconds;

    public void Add(in TimeTally other)
    {
        Seconds += other.Seconds;
        QueueSeconds += other.QueueSeconds;
        MaxQueue = Math.Max(MaxQueue, other.MaxQueue);
        BusyAgentSeconds += other.BusyAgentSeconds;
        AvailableAgentSeconds += other.AvailableAgentSeconds;
    }
}
