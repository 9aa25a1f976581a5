namespace Simulator.Core.Simulation;

/// <summary>What happens at a scheduled instant. Lower values go first among events at the same time.</summary>
internal enum EventKind : byte
{
    /// <summary>Planning-interval boundary: an interval opens, or the centre closes after one.</summary>
    IntervalBoundary = 0,

    /// <summary>A group's agents taking contacts change (interval, shift, break, training).</summary>
    StaffingChange = 1,

    /// <summary>An agent finishes talk, hold and wrap-up of a contact.</summary>
    AgentFree = 2,

    /// <summary>A waiting customer's patience runs out (ignored if already answered).</summary>
    Abandonment = 3,

    /// <summary>A waiting contact has waited long enough for backup groups to take it.</summary>
    Overflow = 4,

    /// <summary>A bot hands a contact on to the agent queue.</summary>
    BotTransfer = 5,

    /// <summary>A customer comes back: a redial or a repeat contact.</summary>
    Return = 6,
}
