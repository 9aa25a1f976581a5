using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Scenarios;

public class VariantTests
{
    private const string WithVariants = ScenarioText.Valid + """

        variants:
          - variant: more-staff
            agentGroups:
              - id: team
                agents: 30
          - variant: faster-sales
            name: Faster sales calls
            contactTypes:
              - id: sales
                handleTime: { mean: 3m }
          - variant: night-team
            agentGroups:
              - { id: nights, agents: 5, skills: [general] }
        """;

    private static ScenarioFile Parse(string text) => ScenarioLoader.ParseWithVariants(text, "variants.yaml");

    [Fact]
    public void A_variant_changes_only_the_keys_it_names()
    {
        var file = Parse(WithVariants);

        var more = file.Variant("more-staff").Scenario;
        Assert.Equal(30, more.AgentGroups[0].Agents.At(0));
        Assert.Equal(0.30, more.AgentGroups[0].Shrinkage);
        Assert.Equal(["general", "sales"], more.AgentGroups[0].Skills);
        Assert.Equal("Test centre [more-staff]", more.Name);
        Assert.Equal(20, file.Base.AgentGroups[0].Agents.At(0));
    }

    [Fact]
    public void Nested_keys_merge_so_a_new_mean_keeps_the_distribution_and_its_cv()
    {
        var sales = Parse(WithVariants).Variant("faster-sales").Scenario.ContactTypes[1];

        Assert.Equal(new DurationDistribution(DistributionFamily.Lognormal, TimeSpan.FromMinutes(3), 0.8), sales.HandleTime);
    }

    [Fact]
    public void A_new_id_adds_an_item_and_the_rest_stay()
    {
        var scenario = Parse(WithVariants).Variant("night-team").Scenario;

        Assert.Equal(["team", "nights"], scenario.AgentGroups.Select(g => g.Id));
        Assert.Equal("Test centre [night-team]", scenario.Name);
    }

    [Fact]
    public void A_variant_with_its_own_name_keeps_it()
    {
        Assert.Equal("Faster sales calls", Parse(WithVariants).Variant("faster-sales").Scenario.Name);
    }

    [Fact]
    public void Problems_in_a_variant_are_reported_at_its_own_lines_under_its_id()
    {
        var error = Assert.Throws<ScenarioException>(() =>
            Parse(WithVariants.Replace("agents: 30", "agents: -30").Replace("handleTime: { mean: 3m }", "handleTme: { mean: 3m }")));

        Assert.Contains(error.Diagnostics, d => d.Path == "variants[0] (more-staff) agentGroups[0].agents" && d.Line == 25);
        Assert.Contains(error.Diagnostics, d => d.Path.StartsWith("variants[1] (faster-sales) contactTypes[1].handleTme")
            && d.Message.Contains("did you mean 'handleTime'"));
    }

    [Fact]
    public void A_problem_in_the_base_is_reported_once_not_again_for_each_variant()
    {
        var error = Assert.Throws<ScenarioException>(() => Parse(WithVariants.Replace("target: 0.80", "target: 8")));

        Assert.Single(error.Diagnostics);
        Assert.Equal("serviceLevel.target", error.Diagnostics[0].Path);
    }

    [Fact]
    public void An_unknown_key_in_the_base_is_reported_once_not_again_for_each_variant()
    {
        var error = Assert.Throws<ScenarioException>(() => Parse(WithVariants.Replace("seed: 7", "sead: 7")));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal("sead", problem.Path);
    }

    [Fact]
    public void Variant_ids_are_required_and_unique_and_unknown_ones_get_a_suggestion()
    {
        var duplicate = Assert.Throws<ScenarioException>(() => Parse(WithVariants.Replace("variant: faster-sales", "variant: more-staff")));
        var missing = Assert.Throws<ScenarioException>(() => Parse(WithVariants.Replace("- variant: night-team", "- name: no id")));
        var unknown = Assert.Throws<InputException>(() => Parse(WithVariants).Variant("more-stuff"));

        Assert.Contains(duplicate.Diagnostics, d => d.Message.Contains("duplicate variant 'more-staff'"));
        Assert.Contains(missing.Diagnostics, d => d.Path == "variants[2].variant" && d.Message.Contains("missing required key 'variant'"));
        Assert.Contains("did you mean 'more-staff'?", unknown.Message);
    }

    [Fact]
    public void The_example_bank_scenario_has_two_valid_variants()
    {
        var file = ScenarioLoader.LoadWithVariants(RepositoryPaths.Scenario("retail-bank-weekday.yaml"));

        Assert.Equal(["peak-cover", "shorter-calls"], file.Variants.Select(v => v.Id));
        Assert.Equal(TimeSpan.FromSeconds(240), file.Variant("shorter-calls").Scenario.ContactTypes[0].HandleTime.Mean);
    }

    private const string WithPolicyVariants = ScenarioText.EveryNewKey + """

        variants:
          - variant: longer-coaching
            training:
              - id: coaching
                days: 3
              - { id: induction, group: backOffice, day: 1, hoursPerAgent: 4 }
          - variant: slow-email
            agentGroups:
              - id: frontLine
                skills: [general, chat, { type: email, handleTimeFactor: 1.5 }]
          - variant: fixed-staff
            agentGroups:
              - id: frontLine
                shifts: ~
                overtime: ~
                agents: 25
        """;

    [Fact]
    public void Training_merges_by_id_like_the_other_lists()
    {
        var training = Parse(WithPolicyVariants).Variant("longer-coaching").Scenario.Training;

        Assert.Equal(["coaching", "induction"], training.Select(t => t.Id));
        Assert.Equal(3, training[0].Days);
        Assert.Equal(6, training[0].HoursPerAgent);
        Assert.Equal("backOffice", training[1].Group);
    }

    [Fact]
    public void A_variants_skills_merge_by_type_so_a_new_factor_keeps_the_bases_resolution_change()
    {
        var frontLine = Parse(WithPolicyVariants).Variant("slow-email").Scenario.AgentGroups[0];

        Assert.Equal(["general", "chat", "email"], frontLine.Skills);
        Assert.Equal(new SkillProficiency(1.5, -0.05), frontLine.ProficiencyFor("email"));
        Assert.NotNull(frontLine.Shifts);
    }

    [Fact]
    public void A_variant_can_swap_shifts_for_a_fixed_number_of_agents_by_clearing_them()
    {
        var frontLine = Parse(WithPolicyVariants).Variant("fixed-staff").Scenario.AgentGroups[0];

        Assert.Null(frontLine.Shifts);
        Assert.Null(frontLine.Overtime);
        Assert.Equal(StaffingLevels.Constant(25), frontLine.Agents);
    }

    [Fact]
    public void A_variant_giving_agents_to_a_shift_group_is_told_to_choose_one()
    {
        var error = Assert.Throws<ScenarioException>(() => Parse(WithPolicyVariants.Replace("        shifts: ~\n", "")));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal("variants[2] (fixed-staff) agentGroups[0].shifts", problem.Path);
        Assert.Contains("exactly one of 'agents' (scheduled heads) or 'shifts'", problem.Message);
    }

    [Fact]
    public void An_unknown_key_in_a_variant_is_reported_once_under_the_variant_id()
    {
        var error = Assert.Throws<ScenarioException>(() => Parse(WithVariants.Replace("name: Faster sales calls", "nmae: Faster sales calls")));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal("variants[1] (faster-sales) nmae", problem.Path);
        Assert.Contains("did you mean 'name'?", problem.Message);
    }

    [Fact]
    public void A_misspelt_variant_id_key_is_pointed_to_the_right_one()
    {
        var error = Assert.Throws<ScenarioException>(() => Parse(WithVariants.Replace("- variant: night-team", "- varient: night-team")));

        Assert.Contains(error.Diagnostics, d => d.Path == "variants[2].variant" && d.Message == "missing required key 'variant'");
        Assert.Contains(error.Diagnostics, d => d.Path == "variants[2].varient" && d.Message.StartsWith("unknown key 'varient'; did you mean 'variant'?"));
    }

    private const string WithShiftVariants = ScenarioText.EveryNewKey + """

        variants:
          - variant: busier-late-shift
            agentGroups:
              - id: frontLine
                shifts: [{ start: "12:00", agents: 14 }]
          - variant: no-late-shift
            agentGroups:
              - id: frontLine
                shifts: [{ id: "12:00", remove: true }]
          - variant: longer-lunch
            agentGroups:
              - id: frontLine
                shifts:
                  - start: "08:00"
                    breaks: [{ after: 4h, length: 45m }]
          - variant: no-email-skill
            agentGroups:
              - id: frontLine
                skills: [{ type: email, remove: true }]
        """;

    [Fact]
    public void A_variant_that_changes_one_shift_keeps_the_others()
    {
        var frontLine = Parse(WithShiftVariants).Variant("busier-late-shift").Scenario.AgentGroups[0];

        Assert.Equal(2, frontLine.Shifts!.Count);
        Assert.Equal(20, frontLine.Shifts[0].Agents);
        Assert.Equal(14, frontLine.Shifts[1].Agents);
        Assert.Equal(TimeSpan.FromHours(8), frontLine.Shifts[1].Length);
    }

    [Fact]
    public void Remove_true_takes_one_shift_out_and_the_change_says_so()
    {
        var variant = Parse(WithShiftVariants).Variant("no-late-shift");

        Assert.Equal([TimeSpan.FromHours(8)], variant.Scenario.AgentGroups[0].Shifts!.Select(s => s.Start));
        Assert.Equal(["agentGroups[frontLine].shifts[12:00]: removed"], variant.Changes);
    }

    [Fact]
    public void Breaks_merge_by_their_offset_so_a_variant_changes_one_break_and_keeps_the_other()
    {
        var variant = Parse(WithShiftVariants).Variant("longer-lunch");

        var breaks = variant.Scenario.AgentGroups[0].Shifts![0].Breaks;
        Assert.Equal([TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(45)], breaks.Select(b => b.Length));
        Assert.False(breaks[1].Paid);
        Assert.Equal(["agentGroups[frontLine].shifts[08:00].breaks[4h].length: 30m → 45m"], variant.Changes);
    }

    [Fact]
    public void A_skill_can_be_removed_by_its_type()
    {
        var frontLine = Parse(WithShiftVariants).Variant("no-email-skill").Scenario.AgentGroups[0];

        Assert.Equal(["general", "chat"], frontLine.Skills);
    }

    [Fact]
    public void Every_change_of_a_variant_is_listed_one_line_each_against_the_base()
    {
        var file = Parse(WithVariants);

        Assert.Equal(["agentGroups[team].agents: 20 → 30"], file.Variant("more-staff").Changes);
        Assert.Equal(["contactTypes[sales].handleTime.mean: 4m → 3m"], file.Variant("faster-sales").Changes);
        Assert.Equal(["agentGroups[nights]: added"], file.Variant("night-team").Changes);
        Assert.Equal(["training[coaching]: removed"],
            Parse(ScenarioText.EveryNewKey + "\nvariants:\n  - variant: none\n    training: []\n").Variant("none").Changes);
    }

    [Fact]
    public void Removing_an_item_the_base_lacks_is_reported_where_the_variant_says_so()
    {
        string text = WithShiftVariants.Replace("{ id: \"12:00\", remove: true }", "{ id: \"13:00\", remove: true }");

        var error = Assert.Throws<ScenarioException>(() => Parse(text));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal("variants[1] (no-late-shift) agentGroups[0].shifts[0]", problem.Path);
        Assert.Contains("the base has no shift '13:00' to remove", problem.Message);
        Assert.Contains("08:00, 12:00", problem.Message);
    }

    [Fact]
    public void Two_shifts_with_one_id_are_reported_with_where_each_stands()
    {
        string text = ScenarioText.EveryNewKey.Replace(
            "- { start: \"12:00\", length: 8h, agents: 10 }", "- { id: \"08:00\", start: \"12:00\", length: 8h, agents: 10 }");

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text, "ids.yaml"));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal("agentGroups[0].shifts[1].id", problem.Path);
        Assert.Contains("duplicate shift id '08:00': the shift at line", problem.Message);
        Assert.Contains("known by it", problem.Message);
    }

    [Fact]
    public void Shifts_that_start_together_get_distinct_default_ids()
    {
        string text = ScenarioText.EveryNewKey.Replace("- { start: \"12:00\", length: 8h, agents: 10 }", "- { start: \"08:00\", length: 8h, agents: 10 }")
            + "\nvariants:\n  - variant: second\n    agentGroups:\n      - id: frontLine\n        shifts: [{ id: \"08:00#2\", agents: 3 }]\n";

        var shifts = ScenarioLoader.ParseWithVariants(text, "ids.yaml").Variant("second").Scenario.AgentGroups[0].Shifts!;

        Assert.Equal([20, 3], shifts.Select(s => s.Agents));
    }

    [Fact]
    public void Remove_in_the_base_scenario_is_refused()
    {
        var error = Assert.Throws<ScenarioException>(() =>
            ScenarioLoader.Parse(ScenarioText.Valid.Replace("agents: 20", "agents: 20\n    remove: true"), "base.yaml"));

        Assert.Contains(error.Diagnostics, d => d.Path == "agentGroups[0].remove" && d.Message.Contains("in a variant"));
    }
}
