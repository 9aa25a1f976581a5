namespace Simulator.Core.Simulation;

public sealed record QueueStatus(string ContactType, int Waiting, double LongestWaitSeconds, bool BotOn);

public sealed record GroupStatus(string Group, int LoggedOn, int Busy, int Idle, int AddedByHand);

/// <summary>The centre at one simulated instant: queues, agents and today's service so far (null where nothing was answered yet).</summary>
public sealed record CentreStatus(
    double Time,
    int Day,
    TimeSpan TimeOfDay,
    bool Open,
    bool Finished,
    IReadOnlyList<QueueStatus> Queues,
    IReadOnlyList<GroupStatus> Groups,
    int AgentsLoggedOn,
    int AgentsBusy,
    int AgentsIdle,
    double? ServiceLevelToday,
    double? AverageSpeedOfAnswerToday,
    double? AbandonmentRateToday,
    long OfferedToday,
    long AnsweredToday,
    long AbandonedToday);
