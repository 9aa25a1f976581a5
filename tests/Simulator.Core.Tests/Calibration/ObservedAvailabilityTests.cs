using Simulator.Core.Calibration;

namespace Simulator.Core.Tests.Calibration;

public class ObservedAvailabilityTests
{
    private static readonly IntervalGrid HalfHours = new(0, 1_800, 4);

    [Fact]
    public void Short_idle_gaps_count_as_logged_in_and_long_ones_as_away()
    {
        AgentWork[] work =
        [
            new("ann", 0, 600), new("ann", 700, 600),    // 100 s idle: logged in from 0 to 1300
            new("ann", 3_000, 300),                      // 1700 s gap: a break, not counted
        ];

        var activity = ObservedAvailability.Measure(work, HalfHours);

        Assert.Equal(1_300.0 / 1_800, activity[0].LoggedInAgents, 12);
        Assert.Equal(1_200.0 / 1_800, activity[0].BusyAgents, 12);
        Assert.Equal(1_200.0 / 1_300, activity[0].Occupancy!.Value, 12);
        Assert.Equal(300.0 / 1_800, activity[1].LoggedInAgents, 12);
        Assert.Equal(1, activity[1].Occupancy);
        Assert.Equal(0, activity[2].AgentsSeen);
        Assert.Null(activity[2].Occupancy);
    }

    [Fact]
    public void Work_across_an_interval_boundary_is_split_between_the_two()
    {
        var activity = ObservedAvailability.Measure([new AgentWork("bo", 1_700, 300)], HalfHours);

        Assert.Equal(100.0 / 1_800, activity[0].BusyAgents, 12);
        Assert.Equal(200.0 / 1_800, activity[1].BusyAgents, 12);
        Assert.Equal([1, 1, 0, 0], activity.Select(a => a.AgentsSeen));
    }

    [Fact]
    public void Concurrent_chats_of_one_agent_are_busy_time_once()
    {
        AgentWork[] work = [new("cy", 0, 600), new("cy", 300, 600), new("cy", 400, 100)];

        var activity = ObservedAvailability.Measure(work, HalfHours);

        Assert.Equal(900.0 / 1_800, activity[0].BusyAgents, 12);
        Assert.Equal(1, activity[0].Occupancy);
    }

    [Fact]
    public void Logged_in_share_of_heads_shows_availability_below_the_head_count()
    {
        // Agents 0–11 work all day; 12–19 only the first two hours, in a busy M/M/n queue.
        var random = Samples.Generator(9);
        int[] agentsByHour = [20, 20, 12, 12];
        var contacts = QueueSimulation.Run(0.12, 200, Samples.Exponential(150, random), agentsByHour, 3_600, random);
        var work = contacts.Where(c => !c.Abandoned).Select(c => new AgentWork($"agent{c.Agent}", c.AnswerSeconds, c.HandleSeconds)).ToArray();
        double[] heads = [20, 20, 20, 20, 20, 20, 20, 20];

        var activity = ObservedAvailability.Measure(work, new IntervalGrid(0, 1_800, 8), heads);

        // Idle gaps in this overloaded queue are far short of 15 minutes, so agents on duty are seen
        // logged in all the time, except before their first contact of the day; the last contacts run a
        // little past each agent's hours. Occupancy dips where the queue happened to empty for a while.
        Assert.InRange(activity[1].LoggedInAgents, 19, 20.5);
        Assert.InRange(activity[5].LoggedInAgents, 11, 12.5);
        Assert.InRange(activity[5].LoggedInShareOfHeads!.Value, 0.55, 0.63);
        Assert.All(activity, a => Assert.InRange(a.Occupancy!.Value, 0.85, 1));
        Assert.Equal(20, activity[0].AgentsSeen);
        Assert.Equal(12, activity[6].AgentsSeen);
    }

    [Fact]
    public void Heads_for_the_wrong_number_of_intervals_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ObservedAvailability.Measure([], HalfHours, [10, 10]));

        Assert.Contains("2 intervals", error.Message);
    }
}
