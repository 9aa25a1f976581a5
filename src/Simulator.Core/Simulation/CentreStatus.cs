namespace Simulator.Core.Simulation;

/// <summary>The centre at one simulated instant: the clock, each queue, each agent group, and today's service so far.</summary>
/// <param name="Time">Simulated seconds from the first opening.</param>
/// <param name="Day">The day of the horizon, from 1.</param>
/// <param name="Open">The centre is open (between a day's opening and its close).</param>
/// <param name="Finished">The horizon has ended.</param>
public sealed record CentreStatus(
    double Time,
    int Day,
    TimeSpan TimeOfDay,
    bool Open,
    bool Finished,
    IReadOnlyList<QueueStatus> Queues,
    IReadOnlyList<GroupStatus> Groups,
    ServiceToday Today)
{
    /// <summary>A centre not started yet: no queues, no groups, nothing today.</summary>
    public static CentreStatus NotStarted { get; } = new(0, 0, TimeSpan.Zero, false, false, [], [], ServiceToday.None);

    public int AgentsLoggedOn => Groups.Sum(g => g.LoggedOn);

    public int AgentsBusy => Groups.Sum(g => g.Busy);

    public int AgentsIdle => Groups.Sum(g => g.Idle);
}
