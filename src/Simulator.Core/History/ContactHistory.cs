namespace Simulator.Core.History;

/// <summary>A history file as read: its shape, grid and dates, one series per contact type, and what the reader noticed.</summary>
/// <param name="Source">The file, for messages.</param>
/// <param name="Notes">Things a planner should know that are not errors: clock-change merges, ignored columns, contained contacts.</param>
public sealed record ContactHistory(
    string Source,
    HistoryShape Shape,
    IntervalGrid Grid,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ContactTypeSeries> ContactTypes,
    IReadOnlyList<string> Notes,
    TimeZoneInfo? TimeZone)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>True when the contact-type column was absent and every row counts as one type.</summary>
    public bool SingleUnnamedType { get; init; }

    public IEnumerable<HistoryGap> Gaps => ContactTypes.SelectMany(t => t.Gaps);

    /// <summary>Local start of interval <paramref name="slot"/> on day <paramref name="day"/> (day 0 = <see cref="From"/>).</summary>
    public DateTime SlotStart(int day, int slot) => From.AddDays(day).ToDateTime(TimeOnly.MinValue) + Grid.SlotStart(slot);
}
