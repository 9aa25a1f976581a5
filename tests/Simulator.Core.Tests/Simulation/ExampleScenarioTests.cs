using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Simulation;

/// <summary>The example scenarios run, and their outcomes are the ones a planner would expect from them.</summary>
public class ExampleScenarioTests
{
    private static ExperimentResult Run(Scenario scenario) =>
        ExperimentRunner.Run(scenario, cancellationToken: TestContext.Current.CancellationToken);

    private static ScenarioFile Load(string name) => ScenarioLoader.LoadWithVariants(RepositoryPaths.Scenario(name));

    private static KpiDifference Difference(ExperimentResult baseline, ExperimentResult option, Kpi kpi) =>
        new Comparison(baseline, [option]).Differences[0][kpi];

    public static TheoryData<string> Examples() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root(), "scenarios"), "*.yaml").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_runs_and_accounts_for_every_contact(string name)
    {
        var scenario = Load(name).Base;
        var days = Math.Min(scenario.Horizon.Days, Math.Max(3, scenario.Training.Select(p => p.Day + p.Days - 1).DefaultIfEmpty(0).Max()));

        var result = Run(scenario with { Replications = 2, Horizon = scenario.Horizon with { Days = days } });

        Assert.All(result.Replications.SelectMany(r => r.Contacts), c => Assert.Equal(c.Offered, c.Answered + c.Abandoned + c.UnansweredAtClose));
        Assert.True(result.Overall[Kpi.Answered].Mean > 0);
        Assert.True(scenario.AgentGroups.All(g => g.CostPerHour == 0) || result.Overall[Kpi.TotalCost].Mean > 0);
    }

    [Fact]
    public void The_bots_lower_cost_per_contact_and_total_cost_against_the_multi_skill_baseline()
    {
        var baseline = Run(Load("bank-multiskill.yaml").Base with { Replications = 6 });
        var bots = Run(Load("bank-chatbot.yaml").Base with { Replications = 6 });

        var perContact = Difference(baseline, bots, Kpi.CostPerContact);
        Assert.True(perContact.Significant && perContact.Estimate.Mean < 0, $"cost per contact {perContact.Estimate}");
        Assert.True(Difference(baseline, bots, Kpi.TotalCost).Estimate.Mean < 0);
        Assert.InRange(bots.Overall[Kpi.ContainmentRate].Mean!.Value, 0.2, 0.35);
        Assert.True(bots.Overall[Kpi.ServiceLevel].Mean >= baseline.Overall[Kpi.ServiceLevel].Mean);
    }

    [Fact]
    public void Training_costs_capacity_on_its_day_lowers_handle_time_afterwards_and_pays_back_in_the_horizon()
    {
        var file = Load("bank-training.yaml");
        var trained = Run(file.Base with { Replications = 4 });
        var untrained = Run(file.Variant("no-training").Scenario with { Replications = 4 });
        var programme = file.Base.Training.Single();

        double Day(ExperimentResult r, int day, Kpi kpi) => r.Days[day - 1][kpi].Mean!.Value;
        Assert.True(Day(trained, programme.Day, Kpi.ServiceLevel) < Day(untrained, programme.Day, Kpi.ServiceLevel) - 0.01,
            "the training day takes agents off the phones");
        Assert.True(Day(trained, 28, Kpi.AverageHandleTimeSeconds) < Day(untrained, 28, Kpi.AverageHandleTimeSeconds));
        var payback = trained.Training.Single();
        Assert.Equal(4, payback.PaidBackIn);
        Assert.InRange(payback.BreakEvenDay.Mean!.Value, programme.Day + 1, 28);
    }

    [Fact]
    public void The_hiring_wave_lifts_service_level_and_its_new_hires_speed_up_over_the_weeks()
    {
        var file = Load("bank-hiring-wave.yaml");
        var wave = file.Base with { Replications = 2 };
        var without = Run(file.Variant("no-wave").Scenario with { Replications = 2 });

        // The same wave as if already proficient: the same customers and staffing, only the learning curve differs.
        var proficient = Run(wave with { AgentGroups = [.. wave.AgentGroups.Select(g => g.TenureMonths == 0 ? g with { TenureMonths = null } : g)] });

        var result = Run(wave);

        Assert.True(result.Overall[Kpi.ServiceLevel].Mean > without.Overall[Kpi.ServiceLevel].Mean + 0.1);
        double Gap(int firstDay) => Enumerable.Range(firstDay, 7).Average(d =>
            result.Days[d - 1][Kpi.AverageHandleTimeSeconds].Mean!.Value - proficient.Days[d - 1][Kpi.AverageHandleTimeSeconds].Mean!.Value);
        Assert.True(Gap(1) > 10, $"first week: new hires add {Gap(1):F1} s to AHT");
        Assert.True(Gap(50) < Gap(1) / 2, $"eighth week: {Gap(50):F1} s against {Gap(1):F1} s in the first");
    }
}
