using System.Collections.Immutable;
using Simulator.Core.Intraday;

namespace Simulator.Grains.Serialization;

/// <summary>How a replayed day crosses the wire: its contacts as parallel arrays (Core knows nothing of Orleans).</summary>
[GenerateSerializer, Alias("ccsim.ReplayDay")]
public struct ReplayDaySurrogate
{
    [Id(0)] public int DayNumber;
    [Id(1)] public double[] Arrivals;
    [Id(2)] public int[] ContactTypes;
    [Id(3)] public double[] Handles;
    [Id(4)] public double[] Patience;
    [Id(5)] public double[] WaitedAtLeast;
    [Id(6)] public long[] Rows;
    [Id(7)] public string[] Notes;
}

[RegisterConverter]
public sealed class ReplayDayConverter : IConverter<ReplayDay, ReplayDaySurrogate>
{
    public ReplayDay ConvertFromSurrogate(in ReplayDaySurrogate surrogate)
    {
        var s = surrogate;
        var contacts = Enumerable.Range(0, s.Arrivals.Length)
            .Select(i => new ReplayedContact(s.Arrivals[i], s.ContactTypes[i], s.Handles[i], s.Patience[i], s.WaitedAtLeast[i], s.Rows[i]));
        return new ReplayDay(DateOnly.FromDayNumber(s.DayNumber), [.. contacts], [.. s.Notes]);
    }

    public ReplayDaySurrogate ConvertToSurrogate(in ReplayDay value) => new()
    {
        DayNumber = value.Date.DayNumber,
        Arrivals = [.. value.Contacts.Select(c => c.ArrivalSeconds)],
        ContactTypes = [.. value.Contacts.Select(c => c.ContactType)],
        Handles = [.. value.Contacts.Select(c => c.HandleSeconds)],
        Patience = [.. value.Contacts.Select(c => c.PatienceSeconds)],
        WaitedAtLeast = [.. value.Contacts.Select(c => c.WaitedAtLeastSeconds)],
        Rows = [.. value.Contacts.Select(c => c.Row)],
        Notes = [.. value.Notes],
    };
}
