using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Grains.Live;

/// <summary>How to start a live centre: the scenario, which replication's random streams, and the speed.</summary>
/// <param name="Speed">Simulated seconds per wall second (60: an hour a minute); +∞ runs as fast as the machine allows.</param>
/// <param name="AutoTick">Let the silo's <see cref="LivePacer"/> keep the centre on pace with the clock; off when a test or a caller ticks it.</param>
/// <param name="Entities">Keep agent, queue and customer grains up to date (off: the centre alone, to measure what they cost).</param>
[GenerateSerializer, Immutable, Alias("ccsim.LiveSettings")]
public sealed record LiveSettings(
    [property: Id(0)] Scenario Scenario,
    [property: Id(1)] int Replication,
    [property: Id(2)] double Speed,
    [property: Id(3)] bool AutoTick,
    [property: Id(4)] bool Entities = true);

public enum SnapshotReason
{
    /// <summary>A simulated interval began or ended.</summary>
    Interval,

    /// <summary>A second of wall time has passed since the last snapshot.</summary>
    WallSecond,

    /// <summary>A control changed the centre, or a caller asked.</summary>
    Request,

    /// <summary>The horizon has ended.</summary>
    Final,
}

[GenerateSerializer, Immutable, Alias("ccsim.QueueSnapshot")]
public sealed record QueueSnapshot(
    [property: Id(0)] string ContactType,
    [property: Id(1)] int Waiting,
    [property: Id(2)] double LongestWaitSeconds,
    [property: Id(3)] bool BotOn);

[GenerateSerializer, Immutable, Alias("ccsim.GroupSnapshot")]
public sealed record GroupSnapshot(
    [property: Id(0)] string Group,
    [property: Id(1)] int LoggedOn,
    [property: Id(2)] int Busy,
    [property: Id(3)] int Idle,
    [property: Id(4)] int AddedByHand);

/// <summary>The centre at one simulated instant, as observers and the dashboard see it.</summary>
[GenerateSerializer, Immutable, Alias("ccsim.LiveSnapshot")]
public sealed record LiveSnapshot(
    [property: Id(0)] double Time,
    [property: Id(1)] int Day,
    [property: Id(2)] TimeSpan TimeOfDay,
    [property: Id(3)] SnapshotReason Reason,
    [property: Id(4)] bool Open,
    [property: Id(5)] bool Finished,
    [property: Id(6)] bool Paused,
    [property: Id(7)] double Speed,
    [property: Id(8)] IReadOnlyList<QueueSnapshot> Queues,
    [property: Id(9)] IReadOnlyList<GroupSnapshot> Groups,
    [property: Id(10)] int AgentsLoggedOn,
    [property: Id(11)] int AgentsBusy,
    [property: Id(12)] int AgentsIdle,
    [property: Id(13)] double? ServiceLevelToday,
    [property: Id(14)] double? AverageSpeedOfAnswerToday,
    [property: Id(15)] double? AbandonmentRateToday,
    [property: Id(16)] long OfferedToday,
    [property: Id(17)] long AnsweredToday,
    [property: Id(18)] long AbandonedToday,
    [property: Id(19)] long GrainCalls,
    [property: Id(20)] double BehindSeconds,
    [property: Id(21)] long Sequence)
{
    public static LiveSnapshot From(CentreStatus s, SnapshotReason reason, bool paused, double speed, long grainCalls, double behind, long sequence) => new(
        s.Time, s.Day, s.TimeOfDay, reason, s.Open, s.Finished, paused, speed,
        [.. s.Queues.Select(q => new QueueSnapshot(q.ContactType, q.Waiting, q.LongestWaitSeconds, q.BotOn))],
        [.. s.Groups.Select(g => new GroupSnapshot(g.Group, g.LoggedOn, g.Busy, g.Idle, g.AddedByHand))],
        s.AgentsLoggedOn, s.AgentsBusy, s.AgentsIdle, s.ServiceLevelToday, s.AverageSpeedOfAnswerToday, s.AbandonmentRateToday,
        s.OfferedToday, s.AnsweredToday, s.AbandonedToday, grainCalls, behind, sequence);
}

/// <summary>
/// How well a live centre kept pace, in simulated seconds: the most the clock stood behind its target
/// when a tick had caught up (what the work cost) and when a tick began (that plus the wait between
/// ticks: the pacer's resolution, and whatever held up its thread); how many ticks began more than one
/// simulated second behind; the grain calls it made.
/// </summary>
[GenerateSerializer, Immutable, Alias("ccsim.LivePace")]
public sealed record LivePace(
    [property: Id(0)] double MostBehindSeconds,
    [property: Id(1)] long GrainCalls,
    [property: Id(2)] long Ticks,
    [property: Id(3)] double SimulatedSeconds,
    [property: Id(4)] double MostBehindBeforeTickSeconds,
    [property: Id(5)] long TicksOverOneSecondBehind);

public enum AgentActivity
{
    /// <summary>Not taking contacts: off shift, shrunk, or sent home.</summary>
    Off,

    /// <summary>On a break of its shift.</summary>
    Break,
    Idle,
    Talking,
    WrapUp,
}

/// <summary>An agent's change as the centre saw it; <see cref="TalkUntil"/> and <see cref="BusyUntil"/> tell talking from wrap-up.</summary>
[GenerateSerializer, Immutable, Alias("ccsim.AgentUpdate")]
public sealed record AgentUpdate(
    [property: Id(0)] double Time,
    [property: Id(1)] string Group,
    [property: Id(2)] AgentActivity Activity,
    [property: Id(3)] double TalkUntil,
    [property: Id(4)] double BusyUntil,
    [property: Id(5)] string? ContactType,
    [property: Id(6)] long Customer,
    [property: Id(7)] long Handled,
    [property: Id(8)] IReadOnlyList<SkillView>? Skills = null);

/// <summary>A skill of an agent: the contact type and its handle-time factor (proficiency; 1 is standard).</summary>
[GenerateSerializer, Immutable, Alias("ccsim.SkillView")]
public sealed record SkillView([property: Id(0)] string ContactType, [property: Id(1)] double HandleTimeFactor);

[GenerateSerializer, Immutable, Alias("ccsim.AgentView")]
public sealed record AgentView(
    [property: Id(0)] string Group,
    [property: Id(1)] AgentActivity Activity,
    [property: Id(2)] double Since,
    [property: Id(3)] string? ContactType,
    [property: Id(4)] long Customer,
    [property: Id(5)] long Handled,
    [property: Id(6)] IReadOnlyList<SkillView> Skills);

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

/// <summary>One thing that happened to a customer's contact, in simulated time.</summary>
[GenerateSerializer, Immutable, Alias("ccsim.ContactEvent")]
public sealed record ContactEvent(
    [property: Id(0)] double Time,
    [property: Id(1)] ContactEventKind Kind,
    [property: Id(2)] string ContactType,
    [property: Id(3)] long Customer,
    [property: Id(4)] int Attempt,
    [property: Id(5)] double WaitSeconds,
    [property: Id(6)] int Agent,
    [property: Id(7)] bool Resolved,
    [property: Id(8)] int PoorExperiences);

/// <summary>A customer's contacts across the run.</summary>
[GenerateSerializer, Immutable, Alias("ccsim.CustomerHistory")]
public sealed record CustomerHistory(
    [property: Id(0)] IReadOnlyList<ContactEvent> Events,
    [property: Id(1)] int Contacts,
    [property: Id(2)] int PoorExperiences,
    [property: Id(3)] bool Ended);

[GenerateSerializer, Immutable, Alias("ccsim.QueueView")]
public sealed record QueueView(
    [property: Id(0)] int Waiting,
    [property: Id(1)] double OldestQueuedAt,
    [property: Id(2)] long Queued,
    [property: Id(3)] long Answered,
    [property: Id(4)] long Abandoned,
    [property: Id(5)] long Unanswered,
    [property: Id(6)] IReadOnlyList<RoutingDecision> RecentDecisions);

/// <summary>Which agent of which group took which customer, after what wait.</summary>
[GenerateSerializer, Immutable, Alias("ccsim.RoutingDecision")]
public sealed record RoutingDecision(
    [property: Id(0)] double Time,
    [property: Id(1)] long Customer,
    [property: Id(2)] int Agent,
    [property: Id(3)] string Group,
    [property: Id(4)] double WaitSeconds);
