using System.Text.Json;
using System.Text.Json.Serialization;

namespace Simulator.Core.Simulation;

/// <summary>
/// One replication's result as one line of JSON: how the journal stores it and how it crosses the
/// wire between silos. Doubles are written in round-trip form, so a result read back is the same to
/// the last bit; every tally field travels without being listed here.
/// </summary>
public static class ReplicationResultCodec
{
    private static readonly JsonSerializerOptions Options = new()
    {
        IncludeFields = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string ToJson(ReplicationResult result) => JsonSerializer.Serialize(Entry.Of(result), Options);

    /// <summary>The result on a line, or null when the line is damaged (cut short by a kill, or from another version).</summary>
    public static ReplicationResult? FromJson(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<Entry>(line, Options)?.ToResult();
        }
        catch (Exception e) when (e is JsonException or ArgumentException or NullReferenceException)
        {
            return null;
        }
    }

    private sealed record Entry(
        int Replication,
        int Intervals,
        int ContactTypes,
        ContactTally[] Contacts,
        TimeTally[] Time,
        double[] GroupBusyAgentSeconds,
        double[] GroupAvailableAgentSeconds,
        double[] Costs,
        double[] TrainingSavings,
        int Programmes,
        long Arrivals,
        long Answers,
        long Abandonments,
        long Completions)
    {
        public static Entry Of(ReplicationResult r) => new(
            r.Replication, r.Intervals, r.ContactTypes, r.Contacts, r.Time, r.GroupBusyAgentSeconds, r.GroupAvailableAgentSeconds,
            r.Costs, r.TrainingSavings, r.Programmes, r.Arrivals, r.Answers, r.Abandonments, r.Completions);

        public ReplicationResult ToResult() => new(
            Replication, Intervals, ContactTypes, Contacts, Time, GroupBusyAgentSeconds, GroupAvailableAgentSeconds,
            Costs, TrainingSavings, Programmes, Arrivals, Answers, Abandonments, Completions);
    }
}
