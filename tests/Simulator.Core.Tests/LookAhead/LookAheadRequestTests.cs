using Simulator.Core.LookAhead;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.LookAhead;

/// <summary>A look-ahead that cannot be run says what is wrong in the model's words.</summary>
public class LookAheadRequestTests
{
    private static Replication LiveAt(double seconds)
    {
        var live = new Replication(ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml")), 0);
        live.Start();
        live.RunUntil(seconds);
        return live;
    }

    private static string Refusal(LookAheadRequest request, double at = 3 * 3_600) =>
        Assert.Throws<ArgumentException>(() => LookAheadRunner.Run(LiveAt(at), request)).Message;

    [Fact]
    public void An_action_on_a_group_the_scenario_lacks_names_the_groups_there_are()
    {
        string message = Refusal(new LookAheadRequest { Replications = 2, Actions = [CentreAction.AddAgents("nobody", 5)] });
        Assert.Contains("no agent group 'nobody'", message);
        Assert.Contains("groups:", message);
    }

    [Fact]
    public void A_horizon_past_the_days_close_says_how_far_it_may_reach()
    {
        string message = Refusal(new LookAheadRequest { Replications = 2, Horizon = TimeSpan.FromHours(13) });
        Assert.Contains("reaches past the day's close at 20:00", message);
        Assert.Contains("at most 9h", message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(LookAheadRequest.MaxReplications + 1)]
    public void Replications_outside_one_to_the_limit_are_refused(int replications)
    {
        Assert.Contains($"1 to {LookAheadRequest.MaxReplications} replications; not {replications}",
            Refusal(new LookAheadRequest { Replications = replications }));
    }

    [Fact]
    public void An_action_before_now_is_refused()
    {
        string message = Refusal(new LookAheadRequest { Replications = 2, Actions = [CentreAction.AddAgents("generalists", 2, TimeSpan.FromHours(9))] });
        Assert.Contains("is not between now (11:00)", message);
    }

    [Fact]
    public void Switching_a_bot_a_contact_type_does_not_have_is_refused()
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml"));
        string message = Refusal(new LookAheadRequest { Replications = 2, Actions = [CentreAction.SwitchBot(scenario.ContactTypes[0].Id, true)] });
        Assert.Contains("has no bot in the scenario", message);
    }

    [Fact]
    public void A_look_ahead_after_the_close_says_the_day_is_over()
    {
        Assert.Contains("closed for the day", Refusal(new LookAheadRequest { Replications = 2 }, at: 12 * 3_600 + 1));
    }
}
