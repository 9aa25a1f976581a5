namespace Simulator.Core.History;

/// <summary>The two shapes a history file comes in, told apart by its columns.</summary>
public enum HistoryShape
{
    /// <summary>One row per interval (and contact type): start, offered and what else is known.</summary>
    IntervalHistory,

    /// <summary>One row per contact: arrival, outcome, wait and what else is known; aggregated into intervals as it is read.</summary>
    ContactLog,
}
