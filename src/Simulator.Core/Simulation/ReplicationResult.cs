namespace Simulator.Core.Simulation;

/// <summary>
/// Everything one replication measured: per-contact tallies and time-weighted tallies for every
/// interval, plus event counts. Its size follows intervals × contact types, never the contacts.
/// </summary>
public sealed class ReplicationResult
{
    internal ReplicationResult(int replication, int intervals, int contactTypes, int agentGroups)
    {
        Replication = replication;
        Intervals = intervals;
        ContactTypes = contactTypes;
        Contacts = new ContactTally[intervals * contactTypes];
        Time = new TimeTally[intervals * (contactTypes + 1)];
        GroupBusyAgentSeconds = new double[agentGroups];
        GroupAvailableAgentSeconds = new double[agentGroups];
        PaidCost = new double[intervals];
    }

    /// <summary>Rebuilds a result from its parts: a journal line, or a result that crossed the wire from another silo.</summary>
    public ReplicationResult(
        int replication,
        int intervals,
        int contactTypes,
        ContactTally[] contacts,
        TimeTally[] time,
        double[] groupBusyAgentSeconds,
        double[] groupAvailableAgentSeconds,
        double[] paidCost,
        long arrivals,
        long answers,
        long abandonments,
        long completions)
    {
        if (contacts.Length != intervals * contactTypes || time.Length != intervals * (contactTypes + 1) || paidCost.Length != intervals
            || groupBusyAgentSeconds.Length != groupAvailableAgentSeconds.Length)
        {
            throw new ArgumentException("The tallies do not match the stated intervals, contact types and agent groups.");
        }
        Replication = replication;
        Intervals = intervals;
        ContactTypes = contactTypes;
        Contacts = contacts;
        Time = time;
        GroupBusyAgentSeconds = groupBusyAgentSeconds;
        GroupAvailableAgentSeconds = groupAvailableAgentSeconds;
        PaidCost = paidCost;
        Arrivals = arrivals;
        Answers = answers;
        Abandonments = abandonments;
        Completions = completions;
    }

    public int Replication { get; }

    public int Intervals { get; }

    public int ContactTypes { get; }

    /// <summary>[interval × contact types + type].</summary>
    public ContactTally[] Contacts { get; }

    /// <summary>[interval × (contact types + 1) + type]; the last slot of each interval is the whole centre (all queues, all agents).</summary>
    public TimeTally[] Time { get; }

    public double[] GroupBusyAgentSeconds { get; }

    public double[] GroupAvailableAgentSeconds { get; }

    /// <summary>Paid agent cost per interval: scheduled heads × interval hours × cost per hour.</summary>
    public double[] PaidCost { get; }

    public long Arrivals { get; internal set; }

    public long Answers { get; internal set; }

    public long Abandonments { get; internal set; }

    public long Completions { get; internal set; }

    /// <summary>Arrivals, answers, abandonments and completions: the events the speed target counts.</summary>
    public long Events => Arrivals + Answers + Abandonments + Completions;

    public ref ContactTally ContactsAt(int interval, int contactType) => ref Contacts[interval * ContactTypes + contactType];

    public ref TimeTally TimeAt(int interval, int contactType) => ref Time[interval * (ContactTypes + 1) + contactType];

    public ref TimeTally CentreTimeAt(int interval) => ref Time[interval * (ContactTypes + 1) + ContactTypes];
}

/// <summary>Sees every contact as it arrives, with the durations drawn for it: how tests check common random numbers.</summary>
public interface IContactObserver
{
    void Arrived(int contactType, double time, double handleSeconds, double wrapUpSeconds, double patienceSeconds);
}
