namespace Simulator.Core.History;

/// <summary>How to read a history file.</summary>
/// <param name="Interval">Interval length to aggregate into; null: a contact log uses <see cref="DefaultInterval"/>, interval history keeps its own.</param>
/// <param name="TimeZone">The centre's clock: times with a UTC offset are converted to it, and local times are checked against its clock changes. Null: times
/// are taken as written, and a time with an offset is refused.</param>
public sealed record HistoryReadOptions(TimeSpan? Interval = null, TimeZoneInfo? TimeZone = null, HistoryMapping? Mapping = null)
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(30);

    public HistoryMapping Columns => Mapping ?? HistoryMapping.None;

    /// <summary>The time zone with this IANA id (such as Europe/London or UTC), or a message naming <paramref name="origin"/>.</summary>
    public static TimeZoneInfo FindTimeZone(string id, string origin)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new InputException($"{origin}: '{id}' is not a time zone this machine knows; expected an IANA id such as Europe/London, America/New_York " +
                $"or UTC.");
        }
    }
}
