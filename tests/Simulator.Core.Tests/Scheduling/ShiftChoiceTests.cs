using Simulator.Core.Scenarios;
using Simulator.Core.Scheduling;

namespace Simulator.Core.Tests.Scheduling;

/// <summary>Shift choice: the cheapest shifts that cover the requirement, against known optima, with its bound, deterministic, and refusals that name the
/// rule.</summary>
public class ShiftChoiceTests
{
    private static Scenario Scenario(string templates, string extra = "", string hours = "start: \"08:00\", end: \"12:00\", interval: 1h, days: 1") =>
        ScenarioLoader.Parse($$"""
            name: Shift choice
            horizon: { {{hours}} }
            serviceLevel: { target: 0.8, answerWithin: 20s }
            contactTypes:
              - { id: calls, arrivals: { rate: 10/h }, handleTime: { distribution: exponential, mean: 180s } }
            agentGroups:
              - id: team
                agents: 1
                costPerHour: 10
                skills: [calls]
            {{extra}}
                shiftTemplates:
            {{templates}}
            """, "choice.yaml");

    private static ScheduleRequirement Need(params int[] agents) => new("test", new Dictionary<string, int[]> { ["team"] = agents });

    private static ShiftSchedule Solve(Scenario scenario, ScheduleRequirement requirement, ShiftChoiceOptions? options = null) =>
        ShiftChoice.Solve(scenario, requirement, options ?? ShiftChoiceOptions.Default);

    [Fact]
    public void Two_long_shifts_beat_four_short_ones_that_cost_more_an_hour()
    {
        var scenario = Scenario("""
                  - { id: long, starts: ["08:00"], length: 4h }
                  - { id: short, starts: ["08:00", "10:00"], length: 2h, costPerHour: 12 }
            """);

        var schedule = Solve(scenario, Need(2, 2, 2, 2));

        Assert.Equal(80, schedule.Cost, 9);
        Assert.Equal(2, Assert.Single(schedule.Shifts).Agents);
        Assert.Equal("long", schedule.Shifts[0].Pattern.Template.Id);
        Assert.Equal(SolveStatus.Optimal, schedule.Status);
        Assert.Equal(0, schedule.Gap, 9);
    }

    [Fact]
    public void A_break_is_placed_where_the_requirement_dips()
    {
        var scenario = Scenario("""
                  - { id: day, starts: ["08:00"], length: 4h, breaks: [{ length: 1h, from: 1h, to: 2h }] }
            """);

        var schedule = Solve(scenario, Need(3, 3, 0, 3));

        var shift = Assert.Single(schedule.Shifts);
        Assert.Equal(TimeSpan.FromHours(2), shift.Pattern.BreakStarts[0]);
        Assert.Equal(3, shift.Agents);
    }

    [Fact]
    public void Overtime_is_priced_as_the_kernel_pays_it()
    {
        var scenario = Scenario("""
                  - { id: day, starts: ["08:00"], length: 4h, breaks: [{ length: 1h, paid: false, from: 1h }] }
            """, extra: "    overtime: { after: 2h, costPerHour: 30 }");

        var pattern = ShiftPatterns.For(scenario.AgentGroups[0], scenario.Horizon).Single();

        // 08:00–10:00 regular less the unpaid 09:00–10:00 break: 1 h at 10; 10:00–12:00 overtime: 2 h at 30.
        Assert.Equal(70, ShiftProblem.PayOf(pattern, scenario.AgentGroups[0]), 9);
    }

    /// <summary>Small instances against every choice of up to three agents per pattern.</summary>
    [Fact]
    public void The_cost_equals_the_best_found_by_exhaustive_search_and_the_bound_lies_below_it()
    {
        var random = new Random(7);
        for (int instance = 0; instance < 12; instance++)
        {
            var lines = new List<string> { "      - { id: all, starts: [\"08:00\"], length: 6h }" };
            for (int t = 0; t < 2; t++)
            {
                int length = random.Next(2, 5);
                var starts = Enumerable.Range(8, 7 - length).Where(_ => random.NextDouble() < 0.6).Select(h => $"\"{h:00}:00\"").DefaultIfEmpty("\"08:00\"");
                lines.Add($"      - {{ id: t{t}, starts: [{string.Join(", ", starts)}], length: {length}h, costPerHour: {random.Next(8, 16)} }}");
            }
            var scenario = Scenario(string.Join("\n", lines), hours: "start: \"08:00\", end: \"14:00\", interval: 1h, days: 1");
            var need = Enumerable.Range(0, 6).Select(_ => random.Next(0, 3)).ToArray();
            var problem = ShiftProblem.Build(scenario, scenario.AgentGroups[0], need, ShiftChoiceOptions.Default);

            var schedule = Solve(scenario, Need(need));

            Assert.Equal(Exhaustive(problem, need.Max()), schedule.Cost, 6);
            Assert.True(schedule.LowerBound <= schedule.Cost + 1e-9);
        }
    }

    private static double Exhaustive(ShiftProblem problem, int most)
    {
        int patterns = problem.Patterns.Count;
        double best = double.PositiveInfinity;
        var agents = new int[patterns, 1];
        var choice = new int[patterns];
        while (true)
        {
            for (int p = 0; p < patterns; p++) agents[p, 0] = choice[p];
            if (problem.ShortAgents(agents).All(s => s == 0)) best = Math.Min(best, problem.CostOf(agents));
            int i = 0;
            while (i < patterns && ++choice[i] > most) choice[i++] = 0;
            if (i == patterns) return best;
        }
    }

    [Fact]
    public void The_same_input_gives_the_same_schedule()
    {
        var scenario = Scenario("""
                  - { id: a, starts: { from: "08:00", to: "10:00", every: 1h }, length: 2h }
                  - { id: b, starts: ["08:00"], length: 4h, breaks: [{ length: 1h, from: 1h, to: 2h }] }
            """);

        var first = Solve(scenario, Need(3, 5, 4, 2));
        var second = Solve(scenario, Need(3, 5, 4, 2));

        Assert.Equal(first.Shifts, second.Shifts);
        Assert.Equal(first.Cost, second.Cost);
    }

    [Fact]
    public void An_interval_no_template_reaches_is_refused_naming_the_group_and_time()
    {
        var scenario = Scenario("""
                  - { id: early, starts: ["08:00"], length: 2h }
            """);

        var error = Assert.Throws<InputException>(() => Solve(scenario, Need(1, 1, 0, 1)));

        Assert.Contains("no shift template of agent group 'team' covers day 1 11:00, where 1 agent(s) are required", error.Message);
    }

    [Fact]
    public void Contract_hours_that_cannot_add_up_are_refused_naming_them()
    {
        var scenario = Scenario("""
                  - { id: day, starts: ["08:00"], length: 4h }
            """, extra: "    staff: [{ count: 2, contractHours: 10h }]\n    rosterRules: { daysPerWeek: 7 }");

        // Two agents on every day of a week is 56 paid hours, against 20 contracted.
        var error = Assert.Throws<InputException>(() => Solve(scenario, Need(2, 2, 2, 2)));

        Assert.Contains("contract hours", error.Message);
        Assert.Contains("'team'", error.Message);
    }

    [Fact]
    public void More_agents_required_than_the_staff_holds_are_refused()
    {
        var scenario = Scenario("""
                  - { id: day, starts: ["08:00"], length: 4h }
            """, extra: "    staff: [{ count: 2, contractHours: 40h }]");

        var error = Assert.Throws<InputException>(() => Solve(scenario, Need(3, 0, 0, 0)));

        Assert.Contains("lists 2 agent(s) in its staff, but 3 are required on duty on day 1 at 08:00", error.Message);
    }

    [Fact]
    public void With_a_penalty_cheaper_than_a_shift_the_interval_is_left_short_and_priced()
    {
        var scenario = Scenario("""
                  - { id: day, starts: ["08:00"], length: 4h }
            """);

        var schedule = Solve(scenario, Need(0, 0, 0, 1), new ShiftChoiceOptions(UnderCoverPenalty: 25));

        Assert.Empty(schedule.Shifts);
        Assert.Equal(25, schedule.Cost, 9);
        Assert.Equal(1, schedule.Coverage[3].Short);
    }

    [Fact]
    public void The_written_scenario_staffs_every_interval_as_required_on_its_days()
    {
        var scenario = Scenario("""
                  - { id: day, starts: ["08:00", "10:00"], length: 2h, costPerHour: 11 }
            """, hours: "start: \"08:00\", end: \"12:00\", interval: 1h, days: 2");

        var schedule = Solve(scenario, Need(1, 1, 0, 0, 2, 2, 3, 3));
        var group = schedule.ApplyTo(scenario).AgentGroups[0];

        Assert.Equal([1, 1, 0, 0, 2, 2, 3, 3], Enumerable.Range(0, 8).Select(group.Agents.At));
        Assert.All(group.Shifts!, s => Assert.Equal(11, s.CostPerHour));
        Assert.Contains(group.Shifts!, s => s.Days is { Count: 1 });
    }
}
