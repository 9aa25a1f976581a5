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

    public void Add(in ContactTally other)
    {
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
