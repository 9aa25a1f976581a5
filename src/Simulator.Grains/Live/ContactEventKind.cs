namespace Simulator.Grains.Live;

/// <summary>What happened to a contact, as a live centre reports it.</summary>
public enum ContactEventKind
{
    Arrived,
    Queued,
    Answered,
    Abandoned,
    AbandonedInBot,
    Contained,
    Unanswered,
    Ended,
}
