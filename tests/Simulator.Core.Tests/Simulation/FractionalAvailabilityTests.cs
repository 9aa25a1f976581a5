using Simulator.Core.Analytics;
using Simulator.Core.Planning;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Simulation;

/// <summary>Available capacity keeps its fraction in the kernel and in `staff`: shrinkage on a small team removes what it says.</summary>
public class FractionalAvailabilityTests
{
    private static Scenario SmallTeam(string shrinkage, string volumes = "[0, 0, 0, 0]") => ScenarioLoader.Parse($$"""
        name: Small team
        seed: 5
        replications: 1
        horizon: { start: "08:00", end: "10:00", interval: 30m }
        serviceLevel: { target: 0.80, answerWithin: 20s }
        contactTypes:
          - id: calls
            arrivals: { volumes: {{volumes}} }
            handleTime: { mean: 180s }
            patience: { mean: 300s }
        agentGroups:
          - { id: team, agents: 4, shrinkage: {{shrinkage}}, skills: [calls] }
        """, "small-team.yaml");

    private static double AvailableAgentHours(Scenario scenario) =>
        new Replication(scenario, 0).Run().GroupAvailableAgentSeconds[0] / 3_600;

    [Theory]
    [InlineData("0.05", 3.8)]
    [InlineData("0.10", 3.6)]
    [InlineData("0.25", 3.0)]
    [InlineData("0", 4.0)]
    public void Shrinkage_removes_the_agent_hours_it_states_on_a_small_team(string shrinkage, double availablePerInterval)
    {
        // Two hours of four heads: 8 agent-hours less the stated share, where flooring made 5 % and 10 % both remove a whole agent.
        Assert.Equal(availablePerInterval * 2, AvailableAgentHours(SmallTeam(shrinkage)), 9);
    }

    [Fact]
    public void Shrinkage_given_per_interval_applies_interval_by_interval()
    {
        var scenario = SmallTeam("[0, 0.5, 0.125, 0.3]");

        Assert.Equal(0.3, scenario.AgentGroups[0].ShrinkageAt(3), 12);
        Assert.Equal((4 + 2 + 3.5 + 2.8) / 2, AvailableAgentHours(scenario), 9);
    }

    [Fact]
    public void A_fractional_agent_is_on_for_the_first_part_of_the_interval_then_leaves()
    {
        var observer = new Staffing();
        var replication = new Replication(SmallTeam("0.0625"), 0); // 3.75 agents: four until 22m30s into each interval, then three
        replication.Observe(observer);
        replication.Run();

        Assert.Contains(observer.LoggedOff, t => Math.Abs(t - 22.5 * 60) < 1e-6);
        Assert.Contains(observer.LoggedOff, t => Math.Abs(t - 52.5 * 60) < 1e-6);
    }

    [Fact]
    public void More_shrinkage_on_a_small_team_means_a_worse_simulated_day()
    {
        string volumes = "[40, 40, 40, 40]";
        var fivePercent = ExperimentRunner.Run(SmallTeam("0.05", volumes) with { Replications = 20 }, cancellationToken: TestContext.Current.CancellationToken);
        var tenPercent = ExperimentRunner.Run(SmallTeam("0.10", volumes) with { Replications = 20 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(tenPercent.Overall[Kpi.AverageSpeedOfAnswerSeconds].Mean > fivePercent.Overall[Kpi.AverageSpeedOfAnswerSeconds].Mean);
    }

    [Fact]
    public void Staff_evaluates_the_plan_with_the_fraction_kept_by_the_same_rule()
    {
        var plan = StaffingPlanner.Plan(SmallTeam("0.05", "[40, 40, 40, 40]"), QueueModelKind.ErlangA);
        var fivePercent = plan.Intervals[0];
        var tenPercent = StaffingPlanner.Plan(SmallTeam("0.10", "[40, 40, 40, 40]"), QueueModelKind.ErlangA).Intervals[0];

        var queue = new ErlangA(new IntervalWorkload(40, TimeSpan.FromMinutes(30), TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(300)));
        var goal = plan.Goal;
        double three = queue.Evaluate(3, goal).ServiceLevel, four = queue.Evaluate(4, goal).ServiceLevel;
        Assert.Equal(0.2 * three + 0.8 * four, fivePercent.Planned.ServiceLevel, 12);
        Assert.Equal(0.4 * three + 0.6 * four, tenPercent.Planned.ServiceLevel, 12);
        Assert.True(fivePercent.Planned.AbandonmentRate < tenPercent.Planned.AbandonmentRate);
    }

    [Fact]
    public void A_whole_number_a_hair_off_by_binary_arithmetic_is_that_number()
    {
        Assert.Equal((7, 0.0), StaffingLevels.Available(10 * 0.7));
        Assert.Equal((4, 0.75), StaffingLevels.Available(4.75));
    }

    private sealed class Staffing : ICentreObserver
    {
        public List<double> LoggedOff { get; } = [];

        public void AgentLoggedOff(double time, int agent, int group, bool onBreak) => LoggedOff.Add(time);

        public void ContactArrived(double time, int contactType, long customer, int attempt, bool redial) { }

        public void ContactQueued(double time, int contactType, long customer) { }

        public void ContactAnswered(double time, int contactType, long customer, int agent, int group, double waitSeconds, double talkSeconds,
            double busySeconds, bool resolved)
        { }

        public void ContactAbandoned(double time, int contactType, long customer, double waitSeconds, bool inBot) { }

        public void ContactContained(double time, int contactType, long customer) { }

        public void ContactUnanswered(double time, int contactType, long customer) { }

        public void CustomerEnded(double time, int contactType, long customer, int poorExperiences) { }

        public void AgentLoggedOn(double time, int agent, int group) { }

        public void AgentIdle(double time, int agent, int group) { }
    }
}
