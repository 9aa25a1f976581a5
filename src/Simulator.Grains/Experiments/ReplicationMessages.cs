using Simulator.Core.Simulation;

namespace Simulator.Grains.Experiments;

/// <summary>Run replication <see cref="Replication"/> of the scenario given as canonical YAML (self-contained: it travels to any silo).</summary>
/// <param name="Fingerprint">SHA-256 of <see cref="ScenarioYaml"/>: silos parse each scenario once and cache it under this key.</param>
[GenerateSerializer, Immutable, Alias("ccsim.ReplicationRequest")]
public sealed record ReplicationRequest(
    [property: Id(0)] string ScenarioYaml,
    [property: Id(1)] string Fingerprint,
    [property: Id(2)] int Replication);

/// <summary>A finished replication and the silo that ran it.</summary>
[GenerateSerializer, Immutable, Alias("ccsim.ReplicationOutcome")]
public sealed record ReplicationOutcome(
    [property: Id(0)] ReplicationResult Result,
    [property: Id(1)] string Silo);

/// <summary>
/// How a Core <see cref="ReplicationResult"/> crosses the wire: its tallies flattened into primitive
/// arrays (Core knows nothing of Orleans, so the result type itself carries no serializer attributes).
/// </summary>
[GenerateSerializer, Alias("ccsim.ReplicationResult")]
public struct ReplicationResultSurrogate
{
    [Id(0)] public int Replication;
    [Id(1)] public int Intervals;
    [Id(2)] public int ContactTypes;
    [Id(3)] public long[] ContactCounts;   // 6 per tally
    [Id(4)] public double[] ContactSums;   // 3 per tally
    [Id(5)] public double[] TimeSums;      // 4 per tally
    [Id(6)] public int[] MaxQueue;
    [Id(7)] public double[] GroupBusyAgentSeconds;
    [Id(8)] public double[] GroupAvailableAgentSeconds;
    [Id(9)] public double[] PaidCost;
    [Id(10)] public long[] Events;         // arrivals, answers, abandonments, completions
}

[RegisterConverter]
public sealed class ReplicationResultConverter : IConverter<ReplicationResult, ReplicationResultSurrogate>
{
    public ReplicationResult ConvertFromSurrogate(in ReplicationResultSurrogate s)
    {
        var contacts = new ContactTally[s.Intervals * s.ContactTypes];
        for (int i = 0; i < contacts.Length; i++)
        {
            contacts[i] = new ContactTally
            {
                Offered = s.ContactCounts[6 * i],
                Answered = s.ContactCounts[6 * i + 1],
                AnsweredWithinThreshold = s.ContactCounts[6 * i + 2],
                Abandoned = s.ContactCounts[6 * i + 3],
                AbandonedWithinShortLimit = s.ContactCounts[6 * i + 4],
                UnansweredAtClose = s.ContactCounts[6 * i + 5],
                AnsweredWaitSeconds = s.ContactSums[3 * i],
                AllWaitSeconds = s.ContactSums[3 * i + 1],
                HandleSeconds = s.ContactSums[3 * i + 2],
            };
        }
        var time = new TimeTally[s.MaxQueue.Length];
        for (int i = 0; i < time.Length; i++)
        {
            time[i] = new TimeTally
            {
                Seconds = s.TimeSums[4 * i],
                QueueSeconds = s.TimeSums[4 * i + 1],
                BusyAgentSeconds = s.TimeSums[4 * i + 2],
                AvailableAgentSeconds = s.TimeSums[4 * i + 3],
                MaxQueue = s.MaxQueue[i],
            };
        }
        return new ReplicationResult(s.Replication, s.Intervals, s.ContactTypes, contacts, time,
            s.GroupBusyAgentSeconds, s.GroupAvailableAgentSeconds, s.PaidCost, s.Events[0], s.Events[1], s.Events[2], s.Events[3]);
    }

    public ReplicationResultSurrogate ConvertToSurrogate(in ReplicationResult value)
    {
        var counts = new long[6 * value.Contacts.Length];
        var sums = new double[3 * value.Contacts.Length];
        for (int i = 0; i < value.Contacts.Length; i++)
        {
            ref readonly var c = ref value.Contacts[i];
            counts[6 * i] = c.Offered;
            counts[6 * i + 1] = c.Answered;
            counts[6 * i + 2] = c.AnsweredWithinThreshold;
            counts[6 * i + 3] = c.Abandoned;
            counts[6 * i + 4] = c.AbandonedWithinShortLimit;
            counts[6 * i + 5] = c.UnansweredAtClose;
            sums[3 * i] = c.AnsweredWaitSeconds;
            sums[3 * i + 1] = c.AllWaitSeconds;
            sums[3 * i + 2] = c.HandleSeconds;
        }
        var timeSums = new double[4 * value.Time.Length];
        var maxQueue = new int[value.Time.Length];
        for (int i = 0; i < value.Time.Length; i++)
        {
            ref readonly var t = ref value.Time[i];
            timeSums[4 * i] = t.Seconds;
            timeSums[4 * i + 1] = t.QueueSeconds;
            timeSums[4 * i + 2] = t.BusyAgentSeconds;
            timeSums[4 * i + 3] = t.AvailableAgentSeconds;
            maxQueue[i] = t.MaxQueue;
        }
        return new ReplicationResultSurrogate
        {
            Replication = value.Replication,
            Intervals = value.Intervals,
            ContactTypes = value.ContactTypes,
            ContactCounts = counts,
            ContactSums = sums,
            TimeSums = timeSums,
            MaxQueue = maxQueue,
            GroupBusyAgentSeconds = value.GroupBusyAgentSeconds,
            GroupAvailableAgentSeconds = value.GroupAvailableAgentSeconds,
            PaidCost = value.PaidCost,
            Events = [value.Arrivals, value.Answers, value.Abandonments, value.Completions],
        };
    }
}
