using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Scenarios;

/// <summary>
/// Journals and silo caches key a scenario by the fingerprint of its canonical YAML, so new optional
/// keys must leave the text of scenarios that do not use them exactly as it was.
/// </summary>
public class CanonicalYamlTests
{
    [Theory]
    [InlineData("retail-bank-weekday.yaml", "31f4eb6abf66e3da5b9c2df0b4b55c588d0447186caf43dc5797339bdea54cdb")]
    [InlineData("reference-model.yaml", "afca6b8f6b5e5da37f4cdd6cf32ae97c7ff06c26feecc67a5ec737d58956f4ee")]
    public void Example_scenarios_keep_the_fingerprint_they_had_before_the_issue_6_keys(string file, string fingerprint)
    {
        Assert.Equal(fingerprint, ScenarioWriter.Fingerprint(ScenarioLoader.Load(RepositoryPaths.Scenario(file))));
    }

    [Fact]
    public void A_scenario_without_new_keys_writes_the_same_canonical_yaml_as_before()
    {
        string yaml = ScenarioWriter.ToYaml(ScenarioLoader.Parse(ScenarioText.Valid, "test.yaml"));

        Assert.Equal("""
            name: "Test centre"
            seed: 7
            replications: 5
            horizon: { start: "09:00", end: "11:00", interval: 1800s, days: 1, warmup: 0s }
            serviceLevel: { target: 0.8, answerWithin: 20s, definition: offered, shortAbandonLimit: 5s }
            contactTypes:
              - id: "general"
                channel: voice
                arrivals: { volumes: [100, 120, 140, 90] }
                handleTime: { distribution: exponential, mean: 180s }
                patience: { distribution: exponential, mean: 300s }
              - id: "sales"
                channel: voice
                arrivals: { rate: 0.01/s }
                handleTime: { distribution: lognormal, mean: 240s, cv: 0.8 }
            agentGroups:
              - id: "team"
                agents: 20
                shrinkage: 0.3
                costPerHour: 25
                skills: ["general", "sales"]

            """, yaml.ReplaceLineEndings("\n"));
    }
}
