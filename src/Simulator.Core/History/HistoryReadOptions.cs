namespace Simulator.Core.History;

/// <summary>How to read a history file.</summary>
/// <param name="Interval">Interval length to aggregate into; null: a contact log uses <see cref="DefaultInterval"/>, interval history keeps its own.</param>
/// <param name="TimeZone">The centre's clock: times with a UTC offset are converted to it, and local times are checked against its clock changes. Null: times
/// are taken as written, and a time with an offset is refused.</param>
public sealed record HistoryReadOptions(TimeSpan? Interval = null, TimeZoneInfo? TimeZone = null, HistoryMapping? Mapping = null)
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(30);

    public HistoryMapping Columns => Mapping ?? HistoryMapping.None;

    /// <summary>
    /// The options a user gave, combined one way wherever they are given: <paramref name="columns"/> override the mapping's columns, a
    /// <paramref name="timeZone"/> overrides the mapping's, which is named as <paramref name="mappingOrigin"/>'s timeZone in a message.
    /// </summary>
    /// <param name="timeZone">An IANA id and what names it in a message (an option, a form field), or null.</param>
    public static HistoryReadOptions Combine(TimeSpan? interval, HistoryMapping mapping, HistoryMapping? columns, (string Id, string Origin)? timeZone,
        string? mappingOrigin)
    {
        if (columns is not null) mapping = mapping.With(columns);
        var zone = timeZone is { } given ? FindTimeZone(given.Id, given.Origin)
            : mapping.TimeZone is string id ? FindTimeZone(id, $"{mappingOrigin}: timeZone") : null;
        return new HistoryReadOptions(interval, zone, mapping);
    }

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
