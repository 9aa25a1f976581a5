using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Scenarios;

/// <summary>Scenarios compare by content, lists item by item and dictionaries entry by entry, so tests can compare models rather than texts.</summary>
public class ScenarioEqualityTests
{
    public static TheoryData<string> ExampleFiles() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root(), "scenarios"), "*.yaml").Select(path => Path.GetFileName(path)).Order()];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Two_readings_of_one_file_are_equal_with_equal_hash_codes(string file)
    {
        var first = ScenarioLoader.LoadWithVariants(RepositoryPaths.Scenario(file));
        var second = ScenarioLoader.LoadWithVariants(RepositoryPaths.Scenario(file));

        Assert.Equal(first.Base, second.Base);
        Assert.Equal(first.Base.GetHashCode(), second.Base.GetHashCode());
        Assert.Equal(first.Variants.Select(v => v.Scenario), second.Variants.Select(v => v.Scenario));
    }

    [Fact]
    public void A_change_deep_inside_a_list_makes_two_scenarios_differ()
    {
        var scenario = ScenarioLoader.Parse(ScenarioText.EveryNewKey, "every.yaml");
        var frontLine = scenario.AgentGroups[0];
        var shift = frontLine.Shifts![0];
        var unpaidBreak = shift.Breaks[0] with { Paid = false };
        var changed = scenario with
        {
            AgentGroups = [frontLine with { Shifts = [shift with { Breaks = [unpaidBreak, shift.Breaks[1]] }, frontLine.Shifts[1]] }, scenario.AgentGroups[1]],
        };

        Assert.NotEqual(scenario, changed);
        Assert.Equal(scenario, changed with { AgentGroups = scenario.AgentGroups });
    }

    [Fact]
    public void Proficiency_compares_by_entries_in_whatever_order_they_were_added()
    {
        var loans = new KeyValuePair<string, SkillProficiency>("loans", new SkillProficiency(1.3, 0));
        var cards = new KeyValuePair<string, SkillProficiency>("cards", new SkillProficiency(0.9, 0.05));

        var one = ValueDictionary<SkillProficiency>.From([loans, cards]);
        var other = ValueDictionary<SkillProficiency>.From([cards, loans]);

        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, ValueDictionary<SkillProficiency>.From([loans]));
    }

    [Fact]
    public void A_list_given_to_the_model_is_copied_so_later_changes_do_not_reach_it()
    {
        int[] heads = [10, 12];
        var plan = StaffingLevels.Plan(heads);
        ValueList<int> list = heads;

        heads[0] = 99;

        Assert.Equal(10, plan.At(0));
        Assert.Equal(10, list[0]);
    }
}
