using Simulator.Core.Scenarios;
using Simulator.Core.Scheduling;

namespace Simulator.Core.Tests.Scheduling;

/// <summary>Schedule rules read from a scenario into their model, and wrong ones refused where they stand.</summary>
public class ScheduleRulesLoaderTests
{
    private static Scenario Parse(string text) => ScenarioLoader.Parse(text, "rules.yaml");

    private static ScenarioDiagnostic ProblemAfter(string original, string replacement)
    {
        Assert.Contains(original, ScheduleText.Rules);
        var error = Assert.Throws<ScenarioException>(() => Parse(ScheduleText.Rules.Replace(original, replacement)));
        return Assert.Single(error.Diagnostics);
    }

    private static TimeSpan H(double hours) => TimeSpan.FromHours(hours);

    [Fact]
    public void Templates_rules_and_staff_are_read_into_their_model()
    {
        var group = Parse(ScheduleText.Rules).AgentGroups[0];

        Assert.Equal(new ShiftTemplate("early", [H(8)], H(4), 25, []), group.ShiftTemplates[0]);
        Assert.Equal(new ShiftTemplate("day", [H(8), H(9), H(10)], H(6), null,
            [new BreakRule(TimeSpan.FromMinutes(30), false, H(2), H(3), TimeSpan.FromMinutes(30))]),
            group.ShiftTemplates[1]);
        Assert.Equal(new RosterRules(4, 2, 3, H(12)), group.RosterRules);
        Assert.Equal([new StaffContract("Ann", 1, H(20), TimeSpan.Zero), new StaffContract(null, 4, H(36), H(12))], group.Staff);
        Assert.Equal(H(5.5), group.ShiftTemplates[1].PaidLength);
    }

    [Fact]
    public void A_group_without_rules_gets_the_defaults()
    {
        var group = Parse(ScheduleText.Rules[..ScheduleText.Rules.IndexOf("    overtime", StringComparison.Ordinal)]).AgentGroups[0];

        Assert.Empty(group.ShiftTemplates);
        Assert.Equal(RosterRules.Default, group.RosterRules);
        Assert.Empty(group.Staff);
    }

    [Fact]
    public void Each_break_window_gives_its_placements_and_each_start_a_pattern()
    {
        var scenario = Parse(ScheduleText.Rules);

        var patterns = ShiftPatterns.For(scenario.AgentGroups[0], scenario.Horizon);

        Assert.Equal(1 + 3 * 3, patterns.Count);
        Assert.Equal([H(2), H(2.5), H(3)], patterns.Where(p => p.Template.Id == "day" && p.Start == H(9)).Select(p => p.BreakStarts[0]));
    }

    [Fact]
    public void Breaks_are_placed_in_order_and_never_overlap()
    {
        var template = new ShiftTemplate("t", [H(8)], H(8), null,
            [new BreakRule(H(1), true, H(2), H(3), null), new BreakRule(H(0.5), true, H(2.5), H(4), null)]);

        var placements = ShiftPatterns.Placements(template, H(0.5)).ToList();

        Assert.All(placements, p => Assert.True(p[1] >= p[0] + H(1)));
        Assert.Equal(3 + 2 + 1, placements.Count);
    }

    [Fact]
    public void A_start_that_ends_after_closing_is_refused_at_the_starts()
    {
        var problem = ProblemAfter("to: \"10:00\", every: 1h", "to: \"11:00\", every: 1h");

        Assert.Equal("agentGroups[0].shiftTemplates[1].starts", problem.Path);
        Assert.Contains("starting at 11:00 does not fit the opening hours 08:00–16:00", problem.Message);
    }

    [Fact]
    public void A_break_window_past_the_shift_end_is_refused_at_the_break()
    {
        var problem = ProblemAfter("from: 2h, to: 3h", "from: 2h, to: 6h");

        Assert.Equal("agentGroups[0].shiftTemplates[1].breaks[0]", problem.Path);
        Assert.Contains("ends after the shift's 6h", problem.Message);
    }

    [Fact]
    public void Days_a_week_that_leave_too_few_days_off_in_a_row_are_refused()
    {
        var problem = ProblemAfter("daysPerWeek: 4", "daysPerWeek: 6");

        Assert.Equal("agentGroups[0].rosterRules.minConsecutiveDaysOff", problem.Path);
        Assert.Contains("6 days a week leave 1 days off, fewer than 2 in a row", problem.Message);
    }

    [Fact]
    public void Staff_with_both_a_name_and_a_count_is_refused()
    {
        var problem = ProblemAfter("{ name: Ann, contractHours: 20h }", "{ name: Ann, count: 2, contractHours: 20h }");

        Assert.Equal("agentGroups[0].staff[0].count", problem.Path);
    }

    [Fact]
    public void More_minimum_hours_than_contract_hours_are_refused()
    {
        var problem = ProblemAfter("minHours: 12h", "minHours: 40h");

        Assert.Equal("agentGroups[0].staff[1].minHours", problem.Path);
        Assert.Contains("more than the contract's 36h", problem.Message);
    }

    [Fact]
    public void A_misspelt_rule_gets_the_closest_key()
    {
        var problem = ProblemAfter("minRest: 12h", "minRests: 12h");

        Assert.Contains("did you mean 'minRest'?", problem.Message);
    }

    [Fact]
    public void Shifts_on_some_days_staff_only_those_days_and_their_own_rate_is_read()
    {
        var text = ScheduleText.Rules.Replace("    agents: 5\n", """
                shifts:
                  - { start: "08:00", length: 8h, agents: 3, days: [2], costPerHour: 40 }
                  - { start: "08:00", length: 4h, agents: 2 }

            """);

        var group = Parse(text).AgentGroups[0];

        Assert.Equal([2], group.Shifts![0].Days!);
        Assert.Equal(40, group.Shifts[0].CostPerHour);
        Assert.Equal(2, group.Agents.At(0));
        Assert.Equal(0, group.Agents.At(5));
        Assert.Equal(5, group.Agents.At(8));
        Assert.Equal(3, group.Agents.At(15));
    }

    [Fact]
    public void Rules_read_back_equal_from_the_written_file()
    {
        var scenario = Parse(ScheduleText.Rules);

        Assert.Equal(scenario, ScenarioLoader.Parse(ScenarioWriter.ToYaml(scenario), "rules.yaml"));
    }
}
