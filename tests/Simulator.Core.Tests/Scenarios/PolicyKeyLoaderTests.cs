using Simulator.Core.Scenarios;

namespace Simulator.Core.Tests.Scenarios;

/// <summary>Each policy key, read from a valid file into the value it stands for.</summary>
public class PolicyKeyLoaderTests
{
    private static Scenario Every() => ScenarioLoader.Parse(ScenarioText.EveryNewKey, "every.yaml");

    private static ContactType Type(string id) => Every().ContactTypes.Single(t => t.Id == id);

    private static AgentGroup Group(string id) => Every().AgentGroups.Single(g => g.Id == id);

    [Fact]
    public void A_scenario_without_the_new_keys_gets_every_default()
    {
        var scenario = ScenarioLoader.Parse(ScenarioText.Valid, "test.yaml");
        var type = scenario.ContactTypes[0];
        var group = scenario.AgentGroups[0];

        Assert.Equal(CustomerPolicy.Default, scenario.Customers);
        Assert.Equal(RoutingPolicy.Default, scenario.Routing);
        Assert.Equal(CostPolicy.None, scenario.Costs);
        Assert.Empty(scenario.Training);
        Assert.Equal(0, type.Priority);
        Assert.Null(type.AnswerWithin);
        Assert.Null(type.PoorWaitLimit);
        Assert.Equal(ChatConcurrency.Single, type.Concurrency);
        Assert.Equal(ResolutionPolicy.AlwaysResolved, type.Resolution);
        Assert.Null(type.Redial);
        Assert.Null(type.Overflow);
        Assert.Null(type.Automation);
        Assert.Empty(group.Proficiency);
        Assert.Null(group.Shifts);
        Assert.Null(group.Overtime);
        Assert.Null(group.TenureMonths);
        Assert.Equal(LearningCurve.Default, group.LearningCurve);
    }

    [Fact]
    public void Customers_sets_the_poor_wait_limit()
    {
        Assert.Equal(new CustomerPolicy(TimeSpan.FromSeconds(90)), Every().Customers);
    }

    [Fact]
    public void Routing_picks_agents_and_contacts_by_name()
    {
        Assert.Equal(new RoutingPolicy(AgentSelection.MostProficient, ContactSelection.Priority), Every().Routing);
    }

    [Fact]
    public void Costs_read_telephony_per_minute_and_a_fixed_cost_per_day()
    {
        Assert.Equal(new CostPolicy(0.02, 1500), Every().Costs);
    }

    [Fact]
    public void Training_reads_every_key_of_a_programme()
    {
        var coaching = Assert.Single(Every().Training);

        Assert.Equal(new TrainingProgramme("coaching", "frontLine", 3, 2, 6, 150, 12, 0.9, 0.05, 10, TimeSpan.FromDays(90)), coaching);
    }

    [Fact]
    public void Training_defaults_to_one_day_for_the_whole_roster_with_no_effect_and_no_decay()
    {
        var scenario = ScenarioLoader.Parse(ScenarioText.Valid + "\ntraining:\n  - { id: refresher, group: team, day: 1, hoursPerAgent: 1.5 }\n", "test.yaml");

        Assert.Equal(new TrainingProgramme("refresher", "team", 1, 1, 1.5, 0, null, 1, 0, 0, null), Assert.Single(scenario.Training));
    }

    [Fact]
    public void An_empty_training_list_means_no_training()
    {
        Assert.Empty(ScenarioLoader.Parse(ScenarioText.Valid + "\ntraining: []\n", "test.yaml").Training);
    }

    [Fact]
    public void Priority_is_read_per_contact_type()
    {
        Assert.Equal(2, Type("general").Priority);
        Assert.Equal(0, Type("chat").Priority);
    }

    [Fact]
    public void Answer_within_gives_a_contact_type_its_own_service_level_threshold()
    {
        var scenario = Every();

        Assert.Equal(TimeSpan.FromSeconds(30), scenario.AnswerWithin(scenario.ContactTypes[0]));
        Assert.Equal(TimeSpan.FromSeconds(20), scenario.AnswerWithin(scenario.ContactTypes[1]));
        Assert.Equal(TimeSpan.FromHours(4), scenario.AnswerWithin(scenario.ContactTypes[2]));
    }

    [Fact]
    public void Service_level_target_gives_a_contact_type_its_own_goal()
    {
        var scenario = Every();

        Assert.Equal(0.9, scenario.ServiceLevelTarget(scenario.ContactTypes[2]));
        Assert.Equal(0.8, scenario.ServiceLevelTarget(scenario.ContactTypes[0]));
        var goal = scenario.GoalFor(scenario.ContactTypes[2]);
        Assert.Equal((0.9, TimeSpan.FromHours(4)), (goal.Target, goal.AnswerWithin));
        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(
            ScenarioText.EveryNewKey.Replace("serviceLevelTarget: 0.9", "serviceLevelTarget: 90"), "test.yaml")).Diagnostics);
        Assert.Equal("contactTypes[2].serviceLevelTarget", problem.Path);
        Assert.Contains("a share in (0, 1], such as 0.90", problem.Message);
    }

    [Fact]
    public void Poor_wait_limit_of_a_type_overrides_the_customers_default()
    {
        var scenario = Every();

        Assert.Equal(TimeSpan.FromMinutes(3), scenario.PoorWaitLimit(scenario.ContactTypes[0]));
        Assert.Equal(TimeSpan.FromSeconds(90), scenario.PoorWaitLimit(scenario.ContactTypes[1]));
        Assert.Equal(CustomerPolicy.EmailPoorWaitLimit, scenario.PoorWaitLimit(scenario.ContactTypes[2]));
    }

    [Fact]
    public void Concurrency_reads_the_chats_at_once_and_the_slowdown()
    {
        Assert.Equal(new ChatConcurrency(3, 0.25), Type("chat").Concurrency);
    }

    [Fact]
    public void Concurrency_slowdown_defaults_to_none()
    {
        var scenario = ScenarioLoader.Parse(ScenarioText.EveryNewKey.Replace("{ max: 3, slowdown: 0.25 }", "{ max: 2 }"), "every.yaml");

        Assert.Equal(new ChatConcurrency(2, 0), scenario.ContactTypes[1].Concurrency);
    }

    [Fact]
    public void Resolution_reads_the_rate_and_when_unresolved_customers_come_back()
    {
        Assert.Equal(new ResolutionPolicy(0.8, new DurationDistribution(DistributionFamily.Gamma, TimeSpan.FromDays(2), 0.5)), Type("general").Resolution);
    }

    [Fact]
    public void A_plain_duration_for_a_delay_means_an_exponential_with_that_mean()
    {
        var scenario = ScenarioLoader.Parse(ScenarioText.EveryNewKey
            .Replace("repeatAfter: { distribution: gamma, mean: 2d, cv: 0.5 }", "repeatAfter: 2d")
            .Replace("botTime: { distribution: lognormal, mean: 90s, cv: 0.5 }", "botTime: 90s"), "every.yaml");
        var general = scenario.ContactTypes[0];

        Assert.Equal(DurationDistribution.Exponential(TimeSpan.FromDays(2)), general.Resolution.RepeatAfter);
        Assert.Equal(DurationDistribution.Exponential(TimeSpan.FromMinutes(10)), general.Redial!.After);
        Assert.Equal(DurationDistribution.Exponential(TimeSpan.FromSeconds(90)), general.Automation!.BotTime);
    }

    [Fact]
    public void Redial_reads_the_share_and_the_delay()
    {
        Assert.Equal(new RedialPolicy(0.3, DurationDistribution.Exponential(TimeSpan.FromMinutes(10))), Type("general").Redial);
    }

    [Fact]
    public void Overflow_reads_the_backup_groups_and_the_wait_before_they_help()
    {
        Assert.Equal(new OverflowPolicy(["backOffice"], TimeSpan.FromSeconds(60)), Type("general").Overflow);
    }

    [Fact]
    public void Automation_reads_every_key_of_the_bot()
    {
        var expected = new AutomationPolicy(0.3, 0.05, new DurationDistribution(DistributionFamily.Lognormal, TimeSpan.FromSeconds(90), 0.5), 0.40,
            TimeSpan.FromSeconds(-20), 0.05);

        Assert.Equal(expected, Type("general").Automation);
    }

    [Theory]
    [InlineData("-20s", -20)]
    [InlineData("+30s", 30)]
    [InlineData("0s", 0)]
    [InlineData("-1.5m", -90)]
    public void Transfer_handle_time_is_a_signed_duration(string text, double seconds)
    {
        var scenario = ScenarioLoader.Parse(ScenarioText.EveryNewKey.Replace("transferHandleTime: -20s", $"transferHandleTime: {text}"), "every.yaml");

        Assert.Equal(TimeSpan.FromSeconds(seconds), scenario.ContactTypes[0].Automation!.TransferHandleTime);
    }

    [Fact]
    public void Automation_defaults_to_no_bot_abandonment_cost_or_transfer_effect()
    {
        var scenario = ScenarioLoader.Parse(ScenarioText.Valid.Replace(
            "patience: { distribution: exponential, mean: 300s }",
            "patience: { distribution: exponential, mean: 300s }\n    automation: { containment: 0.2, botTime: 1m }"), "test.yaml");

        Assert.Equal(new AutomationPolicy(0.2, 0, DurationDistribution.Exponential(TimeSpan.FromMinutes(1)), 0, TimeSpan.Zero, 0),
            scenario.ContactTypes[0].Automation);
    }

    [Fact]
    public void Skills_take_ids_and_maps_and_only_the_maps_carry_proficiency()
    {
        var frontLine = Group("frontLine");

        Assert.Equal(["general", "chat", "email"], frontLine.Skills);
        Assert.Equal(new SkillProficiency(1.3, -0.05), Assert.Single(frontLine.Proficiency).Value);
        Assert.Equal(SkillProficiency.Standard, frontLine.ProficiencyFor("general"));
        Assert.Equal(new SkillProficiency(1.3, -0.05), frontLine.ProficiencyFor("email"));
    }

    [Fact]
    public void Shifts_are_read_with_their_breaks_paid_unless_said_otherwise()
    {
        var shifts = Group("frontLine").Shifts!;

        Assert.Equal(2, shifts.Count);
        Assert.Equal(new Shift(TimeSpan.FromHours(8), TimeSpan.FromHours(8), 20,
            [new ShiftBreak(TimeSpan.FromHours(2), TimeSpan.FromMinutes(15), true), new ShiftBreak(TimeSpan.FromHours(4), TimeSpan.FromMinutes(30), false)]),
                shifts[0]);
        Assert.Equal(new Shift(TimeSpan.FromHours(12), TimeSpan.FromHours(8), 10, []), shifts[1]);
        Assert.Equal(TimeSpan.FromHours(7.5), shifts[0].PaidLength);
    }

    [Fact]
    public void A_shift_group_is_planned_with_the_heads_on_shift_and_off_break_in_each_interval()
    {
        var agents = Group("frontLine").Agents;

        Assert.Equal([20, 20, 15, 20, 20, 30, 30, 30, 10, 10, 10, 10], agents.PerInterval!);
    }

    [Fact]
    public void Heads_on_shift_round_down_when_a_break_covers_part_of_an_interval()
    {
        var scenario = ScenarioLoader.Parse(ScenarioText.Valid.Replace("agents: 20", """
            shifts:
                  - { start: "09:00", length: 2h, agents: 3, breaks: [{ after: 10m, length: 10m }] }
            """), "test.yaml");

        // 3 heads less 3 × 10 of 30 minutes: an average of 2 in the first half hour.
        Assert.Equal([2, 3, 3, 3], scenario.AgentGroups[0].Agents.PerInterval!);
    }

    [Fact]
    public void Overtime_reads_the_hours_after_which_it_applies_and_its_rate()
    {
        Assert.Equal(new OvertimePolicy(TimeSpan.FromHours(8), 42), Group("frontLine").Overtime);
    }

    [Fact]
    public void Tenure_months_are_read_and_apply_the_learning_curve()
    {
        var frontLine = Group("frontLine");

        Assert.Equal(1.5, frontLine.TenureMonths);
        Assert.Null(Group("backOffice").TenureMonths);
        Assert.Equal(1 + 0.6 * Math.Exp(-1.5), frontLine.LearningCurve.HandleTimeFactor(frontLine.TenureMonths!.Value), 12);
    }

    [Fact]
    public void Learning_curve_reads_both_keys_and_defaults_each_one()
    {
        var both = Group("frontLine").LearningCurve;
        var oneKey = ScenarioLoader.Parse(ScenarioText.EveryNewKey.Replace("{ newHireFactor: 1.6, monthsToProficiency: 3 }", "{ monthsToProficiency: 6 }"),
            "every.yaml")
            .AgentGroups[0].LearningCurve;

        Assert.Equal(new LearningCurve(1.6, 3), both);
        Assert.Equal(new LearningCurve(LearningCurve.Default.NewHireFactor, 6), oneKey);
    }

    [Fact]
    public void Currency_names_the_money_of_every_amount_and_defaults_to_none()
    {
        Assert.Equal("EUR", Every().Currency);
        Assert.Null(ScenarioLoader.Parse(ScenarioText.Valid, "test.yaml").Currency);
    }
}
