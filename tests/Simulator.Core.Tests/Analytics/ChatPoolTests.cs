using Simulator.Core.Analytics;

namespace Simulator.Core.Tests.Analytics;

public class ChatPoolTests
{
    private static readonly ServiceLevelGoal EightyInTwenty = new(0.8, TimeSpan.FromSeconds(20));

    /// <summary>27 Erlangs of chats (each 300 s) for agents holding three at once: the case where one server of a third of the handle time was wrong.</summary>
    private static IntervalWorkload TwentySevenErlangs(TimeSpan? patience = null) =>
        new(27 * 6, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(300), patience);

    [Fact]
    public void Ten_agents_holding_three_chats_without_slowdown_answer_as_thirty_servers()
    {
        var pool = new ChatPool(QueueModelKind.ErlangC, TwentySevenErlangs(), chatsPerAgent: 3, slowdown: 0);
        var thirtyServers = new ErlangC(TwentySevenErlangs()).Evaluate(30, EightyInTwenty);

        var tenAgents = pool.Evaluate(10, EightyInTwenty);

        Assert.Equal(10, tenAgents.Agents);
        Assert.Equal(thirtyServers.ServiceLevel, tenAgents.ServiceLevel, 12);
        Assert.Equal(0.9, tenAgents.Occupancy, 12); // used chat places / available places: 27 / 30
        // The old reading, one server of a third of the handle time per agent, promised far less.
        var thirdOfHandleTime = new ErlangC(new IntervalWorkload(27 * 6, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(100)));
        Assert.True(thirdOfHandleTime.Evaluate(10, EightyInTwenty).ServiceLevel < tenAgents.ServiceLevel - 0.1);
        Assert.Equal(11, pool.RequiredAgents(EightyInTwenty));
        Assert.Equal(12, thirdOfHandleTime.RequiredAgents(EightyInTwenty));
    }

    [Theory]
    [InlineData(QueueModelKind.ErlangC)]
    [InlineData(QueueModelKind.ErlangA)]
    public void A_vanishing_slowdown_gives_the_k_servers_answer(QueueModelKind kind)
    {
        var workload = TwentySevenErlangs(TimeSpan.FromSeconds(120));
        var exact = new ChatPool(kind, workload, 3, slowdown: 0).Evaluate(10, EightyInTwenty);

        var birthDeath = new ChatPool(kind, workload, 3, slowdown: 1e-12).Evaluate(10, EightyInTwenty);

        Assert.Equal(exact.ServiceLevel, birthDeath.ServiceLevel, 8);
        Assert.Equal(exact.ProbabilityOfWaiting, birthDeath.ProbabilityOfWaiting, 8);
        Assert.Equal(exact.AverageSpeedOfAnswerSeconds!.Value, birthDeath.AverageSpeedOfAnswerSeconds!.Value, 6);
        Assert.Equal(exact.AbandonmentRate, birthDeath.AbandonmentRate, 8);
        Assert.Equal(exact.Occupancy, birthDeath.Occupancy, 8);
    }

    [Fact]
    public void Slowdown_lowers_service_level_and_raises_the_agents_needed()
    {
        var quick = new ChatPool(QueueModelKind.ErlangC, TwentySevenErlangs(), 3, slowdown: 0);
        var slowed = new ChatPool(QueueModelKind.ErlangC, TwentySevenErlangs(), 3, slowdown: 0.2);

        Assert.True(slowed.Evaluate(14, EightyInTwenty).ServiceLevel < quick.Evaluate(14, EightyInTwenty).ServiceLevel);
        Assert.True(slowed.RequiredAgents(EightyInTwenty) > quick.RequiredAgents(EightyInTwenty));
        // Fully loaded, an agent finishes 3 / 1.4 = 2.14 chats per handle time: 27 Erlangs need more than 12.6 agents.
        Assert.False(slowed.Evaluate(12, EightyInTwenty).IsStable);
        Assert.True(slowed.Evaluate(13, EightyInTwenty).IsStable);
    }
}
