using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Tests.Scenarios;

/// <summary>A scenario written as a file reads back as the same scenario.</summary>
public class ScenarioWriterTests
{
    /// <summary>Read back under the name it was read from, so that only what the file says can differ.</summary>
    private static Scenario RoundTrip(Scenario scenario) => ScenarioLoader.Parse(ScenarioWriter.ToYaml(scenario), scenario.SourcePath ?? "written.yaml");

    private static Scenario Parse(string text) => ScenarioLoader.Parse(text, "test.yaml");

    /// <summary>Every scenario the round-trip tests read back: the examples and their variants, and the test texts with every key.</summary>
    private static IEnumerable<Scenario> Corpus() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root(), "scenarios"), "*.yaml").Order()
            .Select(ScenarioLoader.LoadWithVariants)
            .SelectMany(file => file.Variants.Select(v => v.Scenario).Prepend(file.Base))
            .Concat([Parse(ScenarioText.Valid), Parse(ScenarioText.EveryNewKey), Parse(ScenarioText.EveryOtherKey)]);

    [Theory]
    [MemberData(nameof(ScenarioEqualityTests.ExampleFiles), MemberType = typeof(ScenarioEqualityTests))]
    public void Every_example_and_each_of_its_variants_reads_back_equal(string file)
    {
        var loaded = ScenarioLoader.LoadWithVariants(RepositoryPaths.Scenario(file));

        foreach (var scenario in loaded.Variants.Select(v => v.Scenario).Prepend(loaded.Base))
        {
            Assert.Equal(scenario, RoundTrip(scenario));
        }
    }

    [Fact]
    public void Scenarios_with_every_key_read_back_equal()
    {
        Assert.All(new[] { ScenarioText.EveryNewKey, ScenarioText.EveryOtherKey }.Select(Parse), scenario => Assert.Equal(scenario, RoundTrip(scenario)));
    }

    [Property]
    public Property Any_valid_scenario_reads_back_equal() =>
        Prop.ForAll(ScenarioGenerators.Basic(), text => RoundTrip(Parse(text)) == Parse(text));

    [Property]
    public Property Any_valid_choice_of_policy_keys_reads_back_equal() =>
        Prop.ForAll(ScenarioGenerators.EveryKey(), text => RoundTrip(Parse(text)) == Parse(text));

    /// <summary>
    /// What makes the round trips above complete: a key the writer left out would read back at its default,
    /// unnoticed unless some scenario they read back holds it away from its default. Give a new key a value in
    /// <see cref="ScenarioText.EveryOtherKey"/> (or an example) when this fails.
    /// </summary>
    [Fact]
    public void The_scenarios_read_back_hold_every_key_of_the_model_away_from_its_default()
    {
        var covered = Corpus().SelectMany(ModelWalk.MembersAwayFromDefault).ToHashSet();

        var missing = ModelWalk.Members().Where(member => !covered.Contains(member)).ToList();

        Assert.True(missing.Count == 0, $"No scenario read back holds these away from their defaults: {string.Join(", ", missing)}");
    }

    [Fact]
    public void A_round_tripped_scenario_simulates_to_the_same_numbers()
    {
        var scenario = ScenarioLoader.Load(RepositoryPaths.Scenario("retail-bank-weekday.yaml")) with { Replications = 3 };

        var original = new Replication(scenario, 1).Run();
        var again = new Replication(RoundTrip(scenario), 1).Run();

        Assert.Equal(ReplicationResultCodec.ToJson(original), ReplicationResultCodec.ToJson(again));
    }

    [Fact]
    public void Empirical_durations_are_inlined_so_the_file_needs_no_side_file()
    {
        using var directory = new TemporaryDirectory();
        File.WriteAllText(directory.File("aht.csv"), "120\n240\n");
        string path = directory.File("s.yaml");
        File.WriteAllText(path, ScenarioText.Valid.Replace("handleTime: { distribution: exponential, mean: 180s }",
            "handleTime: { distribution: empirical, file: aht.csv }"));
        var scenario = ScenarioLoader.Load(path);

        string yaml = ScenarioWriter.ToYaml(scenario);

        Assert.Contains("handleTime: { distribution: empirical, values: [120s, 240s] }", yaml);
        Assert.Equal(scenario with { SourcePath = "elsewhere.yaml" }, ScenarioLoader.Parse(yaml, "elsewhere.yaml"));
    }

    [Fact]
    public void Keys_at_their_defaults_are_left_out()
    {
        string yaml = ScenarioWriter.ToYaml(Parse(ScenarioText.Valid));

        string[] defaults = ["customers:", "routing:", "costs:", "training:", "priority:", "concurrency:", "resolution:", "learningCurve:", "sourcePath",
            "test.yaml"];
        foreach (var key in defaults)
        {
            Assert.DoesNotContain(key, yaml);
        }
    }

    [Fact]
    public void A_shift_group_is_written_with_its_shifts_and_not_the_heads_derived_from_them()
    {
        string yaml = ScenarioWriter.ToYaml(Parse(ScenarioText.EveryNewKey)).ReplaceLineEndings("\n");
        int start = yaml.IndexOf("  - id: \"frontLine\"", StringComparison.Ordinal);
        string frontLine = yaml[start..yaml.IndexOf("\n  - ", start, StringComparison.Ordinal)];

        Assert.Contains("    shifts:\n", frontLine);
        Assert.DoesNotContain("\n    agents:", frontLine);
    }

    [Fact]
    public void The_file_uses_the_words_a_planner_writes()
    {
        string yaml = ScenarioWriter.ToYaml(Parse(ScenarioText.EveryNewKey)).ReplaceLineEndings("\n");

        Assert.Contains("horizon: { start: \"08:00\", end: \"20:00\", interval: 3600s, days: 5, warmup: 0s }\n", yaml);
        Assert.Contains("    arrivals: { rate: 0.03333333333333333/s }\n", yaml);
        Assert.Contains("    overflow: { to: [\"backOffice\"], after: 60s }\n", yaml);
        Assert.Contains("      transferHandleTime: -20s\n", yaml);
        Assert.Contains("    skills: [\"general\", \"chat\", { type: \"email\", handleTimeFactor: 1.3, resolutionChange: -0.05 }]\n", yaml);
        Assert.Contains("      - { start: \"12:00\", length: 28800s, agents: 10 }\n", yaml);
    }
}
