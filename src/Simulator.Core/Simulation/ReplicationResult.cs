using System.Runtime.CompilerServices;

namespace Simulator.Core.Simulation;

/// <summary>
/// Everything one replication measured: per-contact tallies and time-weighted tallies for every
/// interval, costs per interval and component, training savings per day, plus event counts. Its
/// size follows intervals × contact types, never the contacts.
/// </summary>
public sealed class ReplicationResult
{
    internal ReplicationResult(int replication, int intervals, int contactTypes, int agentGroups, int days, int programmes)
        : this(replication, intervals, contactTypes,
            new ContactTally[intervals * contactTypes],
            new TimeTally[intervals * (contactTypes + 1)],
            new double[agentGroups],
            new double[agentGroups],
            new double[intervals * StaffingSchedule.CostComponents],
            new double[days * programmes],
            programmes, 0, 0, 0, 0)
    {
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
        double[] costs,
        double[] trainingSavings,
        int programmes,
        long arrivals,
        long answers,
        long abandonments,
        long completions)
    {
        if (contacts.Length != intervals * contactTypes || time.Length != intervals * (contactTypes + 1)
            || costs.Length != intervals * StaffingSchedule.CostComponents
            || groupBusyAgentSeconds.Length != groupAvailableAgentSeconds.Length
            || programmes < 0 || (programmes == 0 ? trainingSavings.Length != 0 : trainingSavings.Length % programmes != 0))
        {
            throw new ArgumentException("The tallies do not match the stated intervals, contact types, agent groups and programmes.");
        }
        Replication = replication;
        Intervals = intervals;
        ContactTypes = contactTypes;
        Contacts = contacts;
        Time = time;
        GroupBusyAgentSeconds = groupBusyAgentSeconds;
        GroupAvailableAgentSeconds = groupAvailableAgentSeconds;
        Costs = costs;
        TrainingSavings = trainingSavings;
        Programmes = programmes;
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

    /// <summary>[interval × cost components + component] (see <see cref="CostComponent"/>).</summary>
    public double[] Costs { get; }

    /// <summary>[day × programmes + programme]: the value of agent time each training programme saved that day (handle seconds saved × the group's cost per
    /// hour).</summary>
    public double[] TrainingSavings { get; }

    public int Programmes { get; }

    public long Arrivals { get; internal set; }

    public long Answers { get; internal set; }

    public long Abandonments { get; internal set; }

    public long Completions { get; internal set; }

    /// <summary>Arrivals, answers, abandonments and completions: the events the speed target counts.</summary>
    public long Events => Arrivals + Answers + Abandonments + Completions;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref ContactTally ContactsAt(int interval, int contactType) => ref Contacts[interval * ContactTypes + contactType];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref TimeTally TimeAt(int interval, int contactType) => ref Time[interval * (ContactTypes + 1) + contactType];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref TimeTally CentreTimeAt(int interval) => ref Time[interval * (ContactTypes + 1) + ContactTypes];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref double CostAt(int interval, CostComponent component) => ref Costs[interval * StaffingSchedule.CostComponents + (int)component];

    /// <summary>The costs of one interval, by component.</summary>
    public ReadOnlySpan<double> CostsIn(int interval) => Costs.AsSpan(interval * StaffingSchedule.CostComponents, StaffingSchedule.CostComponents);
}
