using System.Reflection;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Scenarios;

/// <summary>The JSON a scenario travels to silos in, and the fingerprint journals and silo caches key it by.</summary>
public class ScenarioJsonTests
{
    private static Scenario RoundTrip(Scenario scenario) => ScenarioJson.FromJson(ScenarioJson.ToJson(scenario));

    private static Scenario Parse(string text, string file = "test.yaml") => ScenarioLoader.Parse(text, file);

    [Theory]
    [MemberData(nameof(ScenarioEqualityTests.ExampleFiles), MemberType = typeof(ScenarioEqualityTests))]
    public void Every_example_and_each_of_its_variants_arrives_equal(string file)
    {
        var loaded = ScenarioLoader.LoadWithVariants(RepositoryPaths.Scenario(file));

        foreach (var scenario in loaded.Variants.Select(v => v.Scenario).Prepend(loaded.Base))
        {
            Assert.Equal(scenario, RoundTrip(scenario));
        }
    }

    [Fact]
    public void A_scenario_with_every_policy_key_arrives_equal()
    {
        var scenario = Parse(ScenarioText.EveryNewKey);

        Assert.Equal(scenario, RoundTrip(scenario));
    }

    [Property]
    public Property Any_valid_scenario_arrives_equal() =>
        Prop.ForAll(ScenarioGenerators.Basic(), text => RoundTrip(Parse(text)) == Parse(text));

    [Property]
    public Property Any_valid_choice_of_policy_keys_arrives_equal() =>
        Prop.ForAll(ScenarioGenerators.EveryKey(), text => RoundTrip(Parse(text)) == Parse(text));

    [Fact]
    public void Every_field_of_every_model_type_travels()
    {
        foreach (var type in ModelWalk.Types())
        {
            var written = ScenarioJson.Members(type).Select(m => m.Name).ToHashSet();
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                string property = field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>')] : field.Name;
                Assert.True(written.Contains(JsonNamingPolicy.CamelCase.ConvertName(property)),
                    $"{type.Name}.{property} is part of the model but not of its JSON, so it would never reach a silo; give it a constructor parameter or an " +
                        $"init accessor.");
            }
        }
    }

    [Fact]
    public void Values_computed_from_others_are_not_written()
    {
        string json = ScenarioJson.ToJson(Parse(ScenarioText.EveryNewKey));

        Assert.DoesNotContain("averageHandleTime", json);
        Assert.DoesNotContain("intervalsPerDay", json);
        Assert.DoesNotContain("paidLength", json);
        Assert.DoesNotContain("\"goal\"", json);
    }

    [Fact]
    public void Optional_keys_at_their_defaults_are_left_out_so_a_new_key_keeps_old_fingerprints()
    {
        string json = ScenarioJson.ToJson(Parse(ScenarioText.Valid));

        foreach (var key in new[] { "customers", "routing", "costs", "training", "priority", "concurrency", "resolution", "proficiency", "learningCurve" })
        {
            Assert.DoesNotContain($"\"{key}\"", json);
        }
        Assert.Equal(Parse(ScenarioText.Valid), ScenarioJson.FromJson(json));
    }

    [Fact]
    public void A_member_this_version_does_not_know_is_refused_rather_than_dropped()
    {
        string json = ScenarioJson.ToJson(Parse(ScenarioText.Valid));

        Assert.Throws<JsonException>(() => ScenarioJson.FromJson(json.Replace("{\"agentGroups\"", "{\"openingHours\":[],\"agentGroups\"")));
    }

    [Fact]
    public void One_scenario_written_two_ways_in_two_files_has_one_fingerprint()
    {
        var scenario = Parse(ScenarioText.Valid);
        var rewritten = Parse(ScenarioText.Valid
            .Replace("mean: 180s", "mean: 3m")
            .Replace("seed: 7\nreplications: 5", "replications: 5 # fewer for a quick look\nseed: 7")
            .Replace("arrivals: { rate: 0.01/s }", "arrivals: { rate: 36/h }"), "elsewhere/copy.yaml");

        Assert.Equal(ScenarioJson.Fingerprint(scenario), ScenarioJson.Fingerprint(rewritten));
    }

    [Fact]
    public void A_difference_deep_in_the_model_changes_the_fingerprint()
    {
        var scenario = Parse(ScenarioText.EveryNewKey);
        var unpaid = Parse(ScenarioText.EveryNewKey.Replace("{ after: 2h, length: 15m }", "{ after: 2h, length: 15m, paid: false }"));

        Assert.NotEqual(ScenarioJson.Fingerprint(scenario), ScenarioJson.Fingerprint(unpaid));
    }

    /// <summary>
    /// Journals name their experiment by these: if one changes, journals written before cannot be resumed,
    /// so change them only with a new journal format (ExperimentJournal), which refuses old ones by name.
    /// </summary>
    [Theory]
    [InlineData("retail-bank-weekday.yaml", "dac25f048f72a90da347a9e1a75b6608c1cf53bdf453d970f919c31d3fe4d9d5")]
    [InlineData("reference-model.yaml", "025cc53f961ddccd5cf44d3d59f7e4f6ec6b6ef7ccd082656689b8bf7635c340")]
    [InlineData("bank-chatbot.yaml", "97bf5efe3119fe055cf837f39cdf8976a48d70a3b63ed94b22e15a90c4903a6e")]
    public void Example_scenarios_keep_their_fingerprints(string file, string fingerprint)
    {
        Assert.Equal(fingerprint, ScenarioJson.Fingerprint(ScenarioLoader.Load(RepositoryPaths.Scenario(file))));
    }
}
