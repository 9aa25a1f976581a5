using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Simulation;

public class ComparisonTests
{
    private static ExperimentResult Run(Scenario scenario) =>
        ExperimentRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken);

    [Fact]
    public void Options_with_another_seed_cannot_be_paired()
    {
        var scenario = SteadyState.Centre(agents: 10, load: 0.8, patienceSeconds: 300, replications: 3);

        var error = Assert.Throws<ArgumentException>(() => new Comparison(Run(scenario), [Run(scenario with { Seed = 99 })]));

        Assert.Contains("paired differences need both equal", error.Message);
    }

    [Fact]
    public void One_more_agent_is_better_on_service_level_in_every_replication_so_the_difference_is_significant()
    {
        var scenario = SteadyState.Centre(agents: 20, load: 0.95, patienceSeconds: 240, replications: 6);
        var plusOne = scenario with { AgentGroups = [scenario.AgentGroups[0] with { Agents = StaffingLevels.Constant(21) }] };

        var comparison = new Comparison(Run(scenario), [Run(plusOne)]);

        var serviceLevel = comparison.Differences[0][Kpi.ServiceLevel];
        Assert.True(serviceLevel.Significant);
        Assert.True(serviceLevel.Estimate.CiLow > 0);
        Assert.Equal(1, comparison.Best(Kpi.ServiceLevel));
        Assert.Null(comparison.Best(Kpi.Occupancy)); // no better or worse in itself
        Assert.Equal(0, comparison.Differences[0][Kpi.Offered].Estimate.Mean);
    }

    [Fact]
    public void Compare_says_which_of_two_options_is_significantly_better_and_calls_a_tie_a_tie()
    {
        var scenario = SteadyState.Centre(agents: 20, load: 0.95, patienceSeconds: 240, replications: 6);
        var plusOne = scenario with { AgentGroups = [scenario.AgentGroups[0] with { Agents = StaffingLevels.Constant(21) }] };

        var comparison = new Comparison(Run(scenario), [Run(plusOne), Run(scenario with { Name = "same again" })]);

        Assert.Equal(1, comparison.Compare(1, 0, Kpi.ServiceLevel));
        Assert.Equal(-1, comparison.Compare(0, 1, Kpi.ServiceLevel));
        Assert.Equal(-1, comparison.Compare(2, 1, Kpi.ServiceLevel)); // between two options, not only against the baseline
        Assert.Equal(0, comparison.Compare(2, 0, Kpi.ServiceLevel)); // the same scenario: no significant difference
        Assert.Equal(0, comparison.Compare(1, 0, Kpi.Occupancy)); // no better or worse in itself
    }

    [Fact]
    public void Options_that_tie_have_no_best()
    {
        var scenario = SteadyState.Centre(agents: 10, load: 0.8, patienceSeconds: 300, replications: 3);

        var comparison = new Comparison(Run(scenario), [Run(scenario with { Name = "Same again" })]);

        Assert.All(KpiCatalogue.All, k => Assert.Null(comparison.Best(k.Kpi)));
    }

    [Fact]
    public void A_better_mean_without_a_significant_difference_is_not_named_best()
    {
        var scenario = SteadyState.Centre(agents: 20, load: 0.95, patienceSeconds: 240, replications: 1);
        var plusOne = scenario with { AgentGroups = [scenario.AgentGroups[0] with { Agents = StaffingLevels.Constant(21) }] };

        var comparison = new Comparison(Run(scenario), [Run(plusOne)]);

        Assert.True(comparison.Options[0].Overall[Kpi.ServiceLevel].Mean > comparison.Baseline.Overall[Kpi.ServiceLevel].Mean);
        Assert.False(comparison.Differences[0][Kpi.ServiceLevel].Significant); // one replication: no interval
        Assert.Null(comparison.Best(Kpi.ServiceLevel));
    }

    [Fact]
    public void The_best_option_must_be_significantly_better_than_each_other_option_not_only_the_baseline()
    {
        var scenario = SteadyState.Centre(agents: 20, load: 0.95, patienceSeconds: 240, replications: 6);
        var plusOne = scenario with { Name = "+1", AgentGroups = [scenario.AgentGroups[0] with { Agents = StaffingLevels.Constant(21) }] };

        var comparison = new Comparison(Run(scenario), [Run(plusOne), Run(plusOne with { Name = "+1 again" })]);

        Assert.True(comparison.Differences[0][Kpi.ServiceLevel].Significant);
        Assert.Null(comparison.Best(Kpi.ServiceLevel));
    }
}
