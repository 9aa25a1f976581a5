using Simulator.Core.LookAhead;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.LookAhead;

/// <summary>Each kind of action moves the look-ahead the way it should, paired against doing nothing on the same forks.</summary>
public class ActionTests
{
    private static readonly string ServiceLevel = KpiCatalogue.Of(Kpi.ServiceLevel).Name;

    private static LookAheadResult LookAhead(params CentreAction[] actions)
    {
        var live = new Replication(ScenarioLoader.Load(RepositoryPaths.Scenario("bank-chatbot.yaml")), 0);
        live.Start();
        live.RunUntil(2 * 3_600); // 10:00
        return LookAheadRunner.Run(live, new LookAheadRequest { Replications = 12, Horizon = TimeSpan.FromHours(4), Actions = actions });
    }

    [Fact]
    public void More_agents_raise_service_level_a_surge_lowers_it_and_a_bot_switched_off_sends_more_contacts_to_agents()
    {
        var look = LookAhead(
            CentreAction.AddAgents("generalists", 6),
            CentreAction.Surge("general", 1.5),
            CentreAction.SwitchBot("general", on: false),
            CentreAction.MoveTraining("generalists", 4, TimeSpan.FromHours(11), TimeSpan.FromHours(15), TimeSpan.FromHours(1)));

        var (more, surge, botOff, moved) = (look.Actions[0], look.Actions[1], look.Actions[2], look.Actions[3]);
        Assert.Equal("+6 agents of generalists from now", more.Action);
        Assert.True(more.Window[ServiceLevel].CiLow > 0, "six more generalists answer more calls within the threshold");
        Assert.True(surge.Window[ServiceLevel].CiHigh < 0, "half as many calls again wait longer");
        Assert.True(botOff.Window[KpiCatalogue.Of(Kpi.Offered).Name].CiLow > 0, "without the IVR, calls it would have kept reach the agents");
        Assert.Equal("training of 4 agents of generalists moved from 11:00 to 15:00 (1h)", moved.Action);
        Assert.NotNull(moved.WholeDay[ServiceLevel].Mean);
    }

    [Fact]
    public void Doing_nothing_as_an_action_differs_from_the_baseline_by_exactly_nothing()
    {
        var look = LookAhead(CentreAction.SwitchBot("general", on: true)); // the IVR is on already

        var difference = look.Actions.Single().WholeDay[ServiceLevel];
        Assert.Equal(0, difference.Mean);
        Assert.Equal(0, difference.Low);
        Assert.Equal(0, difference.High);
    }

    [Fact]
    public void A_training_session_moved_past_the_close_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            LookAhead(CentreAction.MoveTraining("generalists", 4, TimeSpan.FromHours(11), TimeSpan.FromHours(19.5), TimeSpan.FromHours(1))));
        Assert.Contains("the session's new end 20:30 is not between now (10:00) and the day's close", e.Message);
    }
}
