namespace Simulator.Core.Intraday;

/// <summary>What a line of a live feed reports (docs/commands.md, "The event feed").</summary>
public enum FeedEventKind
{
    /// <summary>A contact reached the agent queue.</summary>
    Arrival,

    /// <summary>An agent took a waiting contact.</summary>
    Answer,

    /// <summary>A waiting customer hung up.</summary>
    Abandon,

    /// <summary>The agent finished an answered contact, after-contact work included.</summary>
    End,

    /// <summary>An agent changed state: ready for contacts, away (break, training, other work) or logged off.</summary>
    Agent,
}

/// <summary>An agent's state as a feed reports it.</summary>
public enum FeedAgentState
{
    Ready,
    Away,
    Off,
}

/// <summary>One event of a live feed, read and checked (<see cref="FeedReader"/>).</summary>
/// <param name="TimeSeconds">Seconds after the day's opening.</param>
/// <param name="Contact">The contact's id (every kind but <see cref="FeedEventKind.Agent"/>).</param>
/// <param name="ContactType">Index of the scenario's contact type (an arrival); −1 otherwise.</param>
/// <param name="Agent">The agent's id (an answer, or a state change); null otherwise.</param>
/// <param name="Group">Index of the agent's group (a state change); −1 otherwise.</param>
public sealed record FeedEvent(FeedEventKind Kind, double TimeSeconds, string? Contact, int ContactType, string? Agent, int Group, FeedAgentState State);
