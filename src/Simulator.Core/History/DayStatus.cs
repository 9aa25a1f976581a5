namespace Simulator.Core.History;

/// <summary>What a history holds for one contact type on one day.</summary>
public enum DayStatus
{
    /// <summary>Outside the dates this contact type has data for.</summary>
    OutOfRange,

    /// <summary>Every interval the centre is normally open on this weekday is there.</summary>
    Complete,

    /// <summary>Some intervals the centre is normally open are missing: the day's total is unknown.</summary>
    Partial,

    /// <summary>No data on a weekday that normally has some: a gap.</summary>
    Missing,

    /// <summary>No data on a weekday that normally has none (a closed Sunday).</summary>
    Closed,
}
