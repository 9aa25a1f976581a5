using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Scenarios;

/// <summary>What is wrong with a policy key is said at its file, line and column, under its key path, with what was expected.</summary>
public class PolicyKeyValidationTests
{
    private const string File = "every.yaml";

    /// <summary>The one problem with the scenario after <paramref name="original"/> is replaced by <paramref name="replacement"/>.</summary>
    private static ScenarioDiagnostic ProblemAfter(string original, string replacement)
    {
        Assert.Contains(original, ScenarioText.EveryNewKey);
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(ScenarioText.EveryNewKey.Replace(original, replacement), File));
        return Assert.Single(error.Diagnostics);
    }

    /// <summary>Asserts the problem stands where <paramref name="marker"/> (its first occurrence) starts in <paramref name="text"/>.</summary>
    private static void AssertAt(ScenarioDiagnostic problem, string text, string marker)
    {
        int index = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{marker}' is not in the text");
        int line = text[..index].Count(c => c == '\n') + 1;
        int column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        Assert.Equal(File, problem.File);
        Assert.Equal((line, column), (problem.Line, problem.Column));
    }

    private static void AssertReported(string original, string replacement, string marker, string path, string message)
    {
        var problem = ProblemAfter(original, replacement);

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message);
        AssertAt(problem, ScenarioText.EveryNewKey.Replace(original, replacement), marker);
    }

    [Fact]
    public void A_misspelt_new_key_is_reported_with_the_closest_valid_one()
    {
        AssertReported("routing: { agents: mostProficient", "routing: { agent: mostProficient", "agent:", "routing.agent",
            "unknown key 'agent'; did you mean 'agents'?");
    }

    [Fact]
    public void A_routing_choice_outside_the_list_is_reported_with_the_choices()
    {
        AssertReported("contacts: priority }", "contacts: priorty }", "priorty", "routing.contacts",
            "expected one of oldestFirst, priority, but found \"priorty\"; did you mean 'priority'?");
    }

    [Fact]
    public void A_negative_cost_is_refused()
    {
        AssertReported("fixedPerDay: 1500", "fixedPerDay: -1", "-1", "costs.fixedPerDay", "expected a cost per day from 0 to 1,000,000,000");
    }

    [Fact]
    public void A_training_group_must_be_an_agent_group_and_gets_a_suggestion()
    {
        AssertReported("group: frontLine", "group: frontLnie", "frontLnie", "training[0].group",
            "no agent group has id 'frontLnie'; did you mean 'frontLine'? (agent groups: frontLine, backOffice)");
    }

    [Fact]
    public void Training_ids_must_be_unique()
    {
        const string second = "\n  - { id: coaching, group: backOffice, day: 1, hoursPerAgent: 2 }";
        AssertReported("decayHalfLife: 90d", "decayHalfLife: 90d" + second, "coaching, group: backOffice", "training[1].id",
            "duplicate id 'coaching'; every id in training must be unique");
    }

    [Fact]
    public void A_training_day_must_fall_in_the_horizon()
    {
        AssertReported("day: 3", "day: 6", "6\n", "training[0].day", "expected a whole number ≥ 1 and ≤ 5, but found 6");
    }

    [Fact]
    public void Training_must_end_by_the_horizons_last_day()
    {
        AssertReported("days: 2\n", "days: 4\n", "4\n    hoursPerAgent", "training[0].days",
            "training from day 3 for 4 days ends on day 6, after the horizon's last day (5)");
    }

    [Fact]
    public void Hours_per_trainee_must_fit_in_the_opening_hours_of_the_training_days()
    {
        AssertReported("hoursPerAgent: 6", "hoursPerAgent: 25", "25\n    feePerAgent", "training[0].hoursPerAgent",
            "expected at most 24 hours (2 days × 12 opening hours), but found 25");
    }

    [Fact]
    public void Email_customers_do_not_abandon_so_patience_is_refused()
    {
        AssertReported("handleTime: { mean: 6m }", "handleTime: { mean: 6m }\n    patience: { mean: 1h }", "{ mean: 1h }", "contactTypes[2].patience",
            "email customers do not abandon; remove 'patience'");
    }

    [Fact]
    public void Email_customers_do_not_redial()
    {
        AssertReported("handleTime: { mean: 6m }", "handleTime: { mean: 6m }\n    redial: { share: 0.1, after: 1h }", "{ share: 0.1", "contactTypes[2].redial",
            "email customers do not abandon; remove 'redial'");
    }

    [Fact]
    public void Concurrency_is_only_for_chat()
    {
        AssertReported("answerWithin: 4h", "answerWithin: 4h\n    concurrency: { max: 2 }", "{ max: 2 }", "contactTypes[2].concurrency",
            "only chat is handled several at a time, but this type's channel is email; remove 'concurrency' or set channel: chat");
    }

    [Fact]
    public void Chat_concurrency_is_at_most_twenty()
    {
        AssertReported("max: 3", "max: 21", "21", "contactTypes[1].concurrency.max", "expected a whole number ≥ 1 and ≤ 20, but found 21");
    }

    [Fact]
    public void Containment_and_abandonment_cannot_exceed_every_session()
    {
        AssertReported("abandonment: 0.05", "abandonment: 0.75", "0.75", "contactTypes[0].automation.abandonment",
            "expected containment + abandonment ≤ 1 (the rest reach an agent), but found 0.3 + 0.75");
    }

    [Fact]
    public void A_resolution_rate_below_one_needs_a_repeat_delay()
    {
        AssertReported("resolution: { rate: 0.8, repeatAfter: { distribution: gamma, mean: 2d, cv: 0.5 } }", "resolution: { rate: 0.8 }", "{ rate: 0.8 }",
            "contactTypes[0].resolution.repeatAfter", "unresolved customers come back: give repeatAfter");
    }

    [Fact]
    public void A_redial_share_of_one_is_refused()
    {
        AssertReported("share: 0.3", "share: 1", "1, after: 10m", "contactTypes[0].redial.share",
            "expected a share in [0, 1), such as 0.3 or 30%, but found 1");
    }

    [Theory]
    [InlineData("20s")]
    [InlineData("--20s")]
    [InlineData("-20")]
    [InlineData("soon")]
    public void A_transfer_handle_time_must_be_a_signed_duration(string text)
    {
        AssertReported("transferHandleTime: -20s", $"transferHandleTime: \"{text}x\"", $"\"{text}x\"", "contactTypes[0].automation.transferHandleTime",
            "expected a signed duration with a unit, such as +30s, -20s or 0s");
    }

    [Fact]
    public void Overflow_to_an_unknown_group_gets_a_suggestion()
    {
        AssertReported("to: [backOffice]", "to: [backOfice]", "backOfice", "contactTypes[0].overflow.to[0]",
            "no agent group has id 'backOfice'; did you mean 'backOffice'? (agent groups: frontLine, backOffice)");
    }

    [Fact]
    public void Overflow_to_a_group_that_already_serves_the_type_is_refused()
    {
        AssertReported("to: [backOffice]", "to: [frontLine]", "frontLine]", "contactTypes[0].overflow.to[0]",
            "agent group 'frontLine' already serves 'general' (it is in its skills)");
    }

    [Fact]
    public void An_unknown_skill_in_a_map_item_is_reported_on_its_type()
    {
        AssertReported("{ type: email,", "{ type: emial,", "emial", "agentGroups[0].skills[2].type", "no contact type has id 'emial'; did you mean 'email'?");
    }

    [Fact]
    public void A_skill_listed_twice_is_refused()
    {
        AssertReported("skills: [email]", "skills: [email, { type: email }]", "{ type: email }", "agentGroups[1].skills[1]", "duplicate skill 'email'");
    }

    [Fact]
    public void A_group_needs_agents_or_shifts()
    {
        AssertReported("    agents: 5\n", "", "id: backOffice", "agentGroups[1].agents",
            "missing staffing: give exactly one of 'agents' (scheduled heads) or 'shifts' (a list of shifts)");
    }

    [Fact]
    public void A_group_cannot_have_both_agents_and_shifts()
    {
        var problems = Assert.Throws<ScenarioException>(() =>
            ScenarioLoader.Parse(ScenarioText.EveryNewKey.Replace("    overtime: { after", "    agents: 30\n    overtime: { after"), File)).Diagnostics;

        var problem = Assert.Single(problems);
        Assert.Equal("agentGroups[0].shifts", problem.Path);
        Assert.Contains("expected exactly one of 'agents' (scheduled heads) or 'shifts' (a list of shifts), but found both", problem.Message);
        AssertAt(problem, ScenarioText.EveryNewKey, "- start: \"08:00\"");
    }

    [Fact]
    public void A_shift_cannot_start_before_the_centre_opens()
    {
        AssertReported("start: \"12:00\"", "start: \"07:30\"", "\"07:30\"", "agentGroups[0].shifts[1].start",
            "the shift starts at 07:30, before the centre opens at 08:00");
    }

    [Fact]
    public void A_shift_cannot_end_after_the_centre_closes()
    {
        AssertReported("length: 8h, agents: 10", "length: 9h, agents: 10", "9h", "agentGroups[0].shifts[1].length",
            "the shift ends at 21:00, after the centre closes at 20:00");
    }

    [Fact]
    public void A_break_must_end_within_its_shift()
    {
        AssertReported("{ after: 4h, length: 30m, paid: false }", "{ after: 7.75h, length: 30m, paid: false }", "{ after: 7.75h",
            "agentGroups[0].shifts[0].breaks[1]",
            "the break ends 495m into the shift, which lasts 8h; it must end within the shift");
    }

    [Fact]
    public void Breaks_must_not_overlap()
    {
        AssertReported("{ after: 4h, length: 30m, paid: false }", "{ after: 130m, length: 30m, paid: false }", "{ after: 130m",
            "agentGroups[0].shifts[0].breaks[1]",
            "the break 130m into the shift overlaps the one from 2h to 135m; breaks must not overlap");
    }

    [Fact]
    public void A_break_is_paid_or_not()
    {
        AssertReported("paid: false", "paid: no", "no }", "agentGroups[0].shifts[0].breaks[1].paid", "expected true or false, but found \"no\"");
    }

    [Fact]
    public void Overtime_needs_shifts()
    {
        AssertReported("    costPerHour: 25\n", "    costPerHour: 25\n    overtime: { after: 8h, costPerHour: 40 }\n", "{ after: 8h, costPerHour: 40 }",
            "agentGroups[1].overtime",
            "overtime is paid on shift hours: give 'shifts' instead of 'agents'");
    }

    [Fact]
    public void A_learning_curve_needs_the_tenure_it_applies_by()
    {
        AssertReported("    tenureMonths: 1.5\n", "", "{ newHireFactor", "agentGroups[0].learningCurve", "learningCurve applies by tenure: give tenureMonths");
    }

    [Fact]
    public void A_new_hire_cannot_be_faster_than_a_tenured_agent()
    {
        AssertReported("newHireFactor: 1.6", "newHireFactor: 0.9", "0.9,", "agentGroups[0].learningCurve.newHireFactor", "expected a factor ≥ 1");
    }

    [Fact]
    public void Variants_may_change_the_new_top_level_keys()
    {
        var file = ScenarioLoader.ParseWithVariants(ScenarioText.EveryNewKey + """

            variants:
              - variant: cheaper
                costs: { fixedPerDay: 1000 }
                routing: { contacts: oldestFirst }
                customers: { poorWaitLimit: 1m }
                training: []
            """, File);

        var cheaper = file.Variant("cheaper").Scenario;
        Assert.Equal(new CostPolicy(0.02, 1000), cheaper.Costs);
        Assert.Equal(new RoutingPolicy(AgentSelection.MostProficient, ContactSelection.OldestFirst), cheaper.Routing);
        Assert.Equal(TimeSpan.FromMinutes(1), cheaper.Customers.PoorWaitLimit);
        Assert.Empty(cheaper.Training);
    }

    [Fact]
    public void A_currency_is_a_three_letter_code() =>
        AssertReported("currency: EUR", "currency: euro", "euro", "currency",
            "expected an ISO 4217 currency code of three capital letters, such as EUR or USD, but found 'euro'");
}
