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
}
