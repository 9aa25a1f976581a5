using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Scenarios;

public class ScenarioWriterTests
{
    private static Scenario RoundTrip(Scenario scenario) => ScenarioLoader.Parse(ScenarioWriter.ToYaml(scenario), "written.yaml");

    [Fact]
    public void The_example_scenario_round_trips_through_its_file()
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml"));

        var again = RoundTrip(scenario);

        Assert.Equal(ScenarioWriter.ToYaml(scenario), ScenarioWriter.ToYaml(again));
        Assert.Equal(ScenarioWriter.Fingerprint(scenario), ScenarioWriter.Fingerprint(again));
        Assert.Equal(scenario.Name, again.Name);
        Assert.Equal(scenario.ContactTypes[0].HandleTime, again.ContactTypes[0].HandleTime);
        Assert.Equal(scenario.AgentGroups[0].Agents, again.AgentGroups[0].Agents);
    }

    [Fact]
    public void A_round_tripped_scenario_simulates_to_the_same_numbers()
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml")) with { Replications = 3 };

        var original = new Replication(scenario, 1).Run();
        var again = new Replication(RoundTrip(scenario), 1).Run();

        Assert.Equal(original.Contacts, again.Contacts);
        Assert.Equal(original.Time, again.Time);
    }

    [Fact]
    public void Empirical_durations_are_inlined_so_the_text_needs_no_side_file()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("aht.csv"), "120\n240\n");
        string path = directory.File("s.yaml");
        File.WriteAllText(path, ScenarioText.Valid.Replace("handleTime: { distribution: exponential, mean: 180s }", "handleTime: { distribution: empirical, file: aht.csv }"));

        string yaml = ScenarioWriter.ToYaml(ScenarioLoader.Load(path));

        Assert.Contains("handleTime: { distribution: empirical, values: [120s, 240s] }", yaml);
        Assert.Equal(TimeSpan.FromSeconds(180), ScenarioLoader.Parse(yaml, "elsewhere.yaml").ContactTypes[0].HandleTime.Mean);
    }

    [Property]
    public Property Any_valid_scenario_round_trips()
    {
        var scenarios =
            from seed in Gen.Choose(0, int.MaxValue)
            from target in Gen.Choose(1, 100)
            from rate in Gen.Choose(1, 100_000)
            from meanMs in Gen.Choose(1, 10_000_000)
            from cv in Gen.Choose(1, 300)
            from shrinkage in Gen.Choose(0, 99)
            from agents in Gen.Choose(0, 5_000)
            from name in Gen.Elements("A", "Bank – \"East\"", "Café: 24/7", "x\\y")
            select ScenarioText.Valid
                .Replace("name: Test centre", $"name: {System.Text.Json.JsonSerializer.Serialize(name)}")
                .Replace("seed: 7", $"seed: {seed}")
                .Replace("target: 0.80", $"target: {target / 100.0}")
                .Replace("rate: 0.01/s", $"rate: {rate / 1000.0}/h")
                .Replace("mean: 4m, cv: 0.8", $"mean: {meanMs}ms, cv: {cv / 100.0}")
                .Replace("shrinkage: 0.30", $"shrinkage: {shrinkage / 100.0}")
                .Replace("agents: 20", $"agents: {agents}");
        return Prop.ForAll(scenarios.ToArbitrary(), text =>
        {
            var scenario = ScenarioLoader.Parse(text, "generated.yaml");
            string yaml = ScenarioWriter.ToYaml(scenario);
            var again = ScenarioLoader.Parse(yaml, "written.yaml");
            return yaml == ScenarioWriter.ToYaml(again)
                && again.Name == scenario.Name
                && again.ContactTypes[1].Arrivals == scenario.ContactTypes[1].Arrivals
                && again.ContactTypes[1].HandleTime == scenario.ContactTypes[1].HandleTime
                && again.AgentGroups[0].Shrinkage == scenario.AgentGroups[0].Shrinkage;
        });
    }

    [Fact]
    public void A_scenario_with_every_new_key_round_trips_to_the_same_text_and_values()
    {
        var scenario = ScenarioLoader.Parse(ScenarioText.EveryNewKey, "every.yaml");

        string yaml = ScenarioWriter.ToYaml(scenario);
        var again = ScenarioLoader.Parse(yaml, "written.yaml");

        Assert.Equal(yaml, ScenarioWriter.ToYaml(again));
        Assert.Equal(scenario.Customers, again.Customers);
        Assert.Equal(scenario.Routing, again.Routing);
        Assert.Equal(scenario.Costs, again.Costs);
        Assert.Equal(scenario.Training, again.Training);
        Assert.Equal(scenario.ContactTypes, again.ContactTypes);
        Assert.Equal(scenario.AgentGroups.Count, again.AgentGroups.Count);
        foreach (var (group, read) in scenario.AgentGroups.Zip(again.AgentGroups))
        {
            Assert.Equal(group.Id, read.Id);
            Assert.Equal(group.Agents, read.Agents);
            Assert.Equal(group.Skills, read.Skills);
            Assert.Equal(group.Proficiency, read.Proficiency);
            Assert.Equal(group.Shifts ?? [], read.Shifts ?? []);
            Assert.Equal(group.Shifts is null, read.Shifts is null);
            Assert.Equal(group.Overtime, read.Overtime);
            Assert.Equal(group.TenureMonths, read.TenureMonths);
            Assert.Equal(group.LearningCurve, read.LearningCurve);
        }
    }

    [Fact]
    public void The_new_keys_are_written_only_where_they_differ_from_their_defaults()
    {
        string yaml = ScenarioWriter.ToYaml(ScenarioLoader.Parse(ScenarioText.EveryNewKey, "every.yaml"));

        Assert.Contains("customers: { poorWaitLimit: 90s }\n", yaml);
        Assert.Contains("routing: { agents: mostProficient, contacts: priority }\n", yaml);
        Assert.Contains("    overflow: { to: [\"backOffice\"], after: 60s }\n", yaml);
        Assert.Contains("      transferHandleTime: -20s\n", yaml);
        Assert.Contains("    skills: [\"general\", \"chat\", { type: \"email\", handleTimeFactor: 1.3, resolutionChange: -0.05 }]\n", yaml);
        Assert.Contains("      - { start: \"12:00\", length: 28800s, agents: 10 }\n", yaml);
        Assert.Single(yaml.Split('\n'), line => line.StartsWith("    priority:"));
        Assert.Single(yaml.Split('\n'), line => line.StartsWith("    concurrency:"));
    }

    [Fact]
    public void A_shift_group_is_written_with_its_shifts_and_not_the_heads_derived_from_them()
    {
        string yaml = ScenarioWriter.ToYaml(ScenarioLoader.Parse(ScenarioText.EveryNewKey, "every.yaml"));
        string frontLine = yaml[yaml.IndexOf("  - id: \"frontLine\"", StringComparison.Ordinal)..yaml.IndexOf("  - id: \"backOffice\"", StringComparison.Ordinal)];

        Assert.Contains("    shifts:\n", frontLine);
        Assert.DoesNotContain("    agents:", frontLine);
    }

    [Property]
    public Property Any_valid_choice_of_new_keys_round_trips()
    {
        var scenarios =
            from priority in Gen.Choose(-1_000, 1_000)
            from resolutionPercent in Gen.Choose(0, 100)
            from transferMs in Gen.Choose(-600_000, 600_000)
            from breakMinutes in Gen.Choose(1, 60)
            from trainingTenths in Gen.Choose(1, 240)
            from tenureTenths in Gen.Choose(0, 600)
            select ScenarioText.EveryNewKey
                .Replace("priority: 2", $"priority: {priority}")
                .Replace("rate: 0.8,", $"rate: {resolutionPercent / 100.0},")
                .Replace("transferHandleTime: -20s", $"transferHandleTime: {(transferMs < 0 ? "-" : "+")}{Math.Abs(transferMs)}ms")
                .Replace("{ after: 2h, length: 15m }", $"{{ after: 2h, length: {breakMinutes}m }}")
                .Replace("hoursPerAgent: 6", $"hoursPerAgent: {trainingTenths / 10.0}")
                .Replace("tenureMonths: 1.5", $"tenureMonths: {tenureTenths / 10.0}");
        return Prop.ForAll(scenarios.ToArbitrary(), text =>
        {
            var scenario = ScenarioLoader.Parse(text, "generated.yaml");
            string yaml = ScenarioWriter.ToYaml(scenario);
            var again = ScenarioLoader.Parse(yaml, "written.yaml");
            return yaml == ScenarioWriter.ToYaml(again)
                && again.ContactTypes.SequenceEqual(scenario.ContactTypes)
                && again.Training.SequenceEqual(scenario.Training)
                && again.AgentGroups[0].Agents == scenario.AgentGroups[0].Agents
                && again.AgentGroups[0].Shifts!.SequenceEqual(scenario.AgentGroups[0].Shifts!)
                && again.AgentGroups[0].TenureMonths == scenario.AgentGroups[0].TenureMonths;
        });
    }
}
