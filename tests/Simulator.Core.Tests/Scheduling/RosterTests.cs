using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Simulator.Core.Scenarios;
using Simulator.Core.Scheduling;

namespace Simulator.Core.Tests.Scheduling;

/// <summary>Every roster rule holds for every agent of every generated instance, and every shift is given or reported.</summary>
public class RosterTests
{
    private sealed record Instance(Scenario Scenario, ShiftSchedule Schedule, int Weeks);

    /// <summary>A group with random templates, rules and staff (or none), and a random schedule of its patterns.</summary>
    private static Instance Generate(int seed)
    {
        var random = new Random(seed);
        int horizonDays = random.Next(2) == 0 ? 1 : 7;
        int daysPerWeek = random.Next(3, 8);
        int daysOff = daysPerWeek == 7 ? random.Next(1, 3) : random.Next(1, 8 - daysPerWeek);
        string staff = random.Next(3) == 0
            ? ""
            : $"    staff: [{{ count: {random.Next(3, 25)}, contractHours: {random.Next(20, 48)}h, minHours: {random.Next(0, 16)}h }}, {{ name: Pat, " +
                $"contractHours: 16h }}]";
        var scenario = ScenarioLoader.Parse($$"""
            name: Roster
            horizon: { start: "06:00", end: "22:00", interval: 1h, days: {{horizonDays}} }
            serviceLevel: { target: 0.8, answerWithin: 20s }
            contactTypes:
              - { id: calls, arrivals: { rate: 10/h }, handleTime: { distribution: exponential, mean: 180s } }
            agentGroups:
              - id: team
                agents: 1
                skills: [calls]
                shiftTemplates:
                  - { id: early, starts: ["06:00", "07:00"], length: {{random.Next(4, 9)}}h }
                  - { id: late, starts: ["13:00", "14:00"], length: 8h, breaks: [{ length: 30m, paid: false, from: 3h, to: 4h }] }
                rosterRules: { daysPerWeek: {{daysPerWeek}}, minConsecutiveDaysOff: {{daysOff}}, maxConsecutiveDays: {{random.Next(1,
                    7)}}, minRest: {{random.Next(8, 16)}}h }
            {{staff}}
            """, "roster.yaml");
        var patterns = ShiftPatterns.For(scenario.AgentGroups[0], scenario.Horizon);
        var shifts = new List<ScheduledShift>();
        for (int day = 1; day <= horizonDays; day++)
        {
            foreach (var pattern in patterns.Where(_ => random.Next(3) > 0)) shifts.Add(new ScheduledShift("team", pattern, day, random.Next(1, 5)));
        }
        return new Instance(scenario, new ShiftSchedule(shifts, [], 0, 0, SolveStatus.Optimal), random.Next(1, 5));
    }

    private static Property ForAll(Func<Instance, RosterResult, bool> law) =>
        Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), seed =>
        {
            var instance = Generate(seed);
            return law(instance, Roster.Build(instance.Scenario, instance.Schedule, instance.Weeks));
        });

    private static RosterRules Rules(Instance instance) => instance.Scenario.AgentGroups[0].RosterRules;

    private static IEnumerable<bool[]> WorkDays(RosterResult roster) => roster.Shifts.Select(days => days.Select(s => s is not null).ToArray());

    [Property(MaxTest = 60)]
    public Property No_agent_works_more_days_a_week_than_allowed() =>
        ForAll((instance, roster) => WorkDays(roster).All(days => days.Chunk(7).All(week => week.Count(w => w) <= Rules(instance).DaysPerWeek)));

    [Property(MaxTest = 60)]
    public Property No_agent_is_paid_more_hours_a_week_than_the_contract() =>
        ForAll((_, roster) => Enumerable.Range(0, roster.Agents.Count).All(a =>
            Enumerable.Range(1, roster.Weeks).All(w => roster.HoursInWeek(a, w) <= roster.Agents[a].ContractHours.TotalHours + 1e-9)));

    [Property(MaxTest = 60)]
    public Property No_agent_works_more_days_in_a_row_than_allowed() =>
        ForAll((instance, roster) => WorkDays(roster).All(days => Runs(days, true).All(run => run.Length <= Rules(instance).MaxConsecutiveDays)));

    [Property(MaxTest = 60)]
    public Property Days_off_between_working_days_come_in_runs_long_enough() =>
        ForAll((instance, roster) => WorkDays(roster).All(days =>
            Runs(days, false).Where(run => run.Start > 0 && run.Start + run.Length < days.Length && days[..run.Start].Any(w => w))
                .All(run => run.Length >= Rules(instance).MinConsecutiveDaysOff)));

    [Property(MaxTest = 60)]
    public Property Rest_between_shifts_on_consecutive_days_is_at_least_the_minimum() =>
        ForAll((instance, roster) => roster.Shifts.All(days => days.Zip(days.Skip(1)).All(pair =>
            pair.First is null || pair.Second is null
            || TimeSpan.FromDays(1) - pair.First.Pattern.End + pair.Second.Pattern.Start >= Rules(instance).MinRest)));

    [Property(MaxTest = 60)]
    public Property Every_shift_of_the_schedule_is_given_to_an_agent_or_reported_unfilled() =>
        ForAll((instance, roster) => Enumerable.Range(1, roster.Days).All(day =>
        {
            int horizonDay = (day - 1) % instance.Scenario.Horizon.Days + 1;
            int scheduled = instance.Schedule.Shifts.Where(s => s.Day == horizonDay).Sum(s => s.Agents);
            int given = roster.Shifts.Count(days => days[day - 1] is not null);
            return given + roster.Unfilled.Count(u => u.Day == day) == scheduled;
        }));

    [Property(MaxTest = 60)]
    public Property Without_a_staff_list_every_shift_is_given() =>
        ForAll((instance, roster) => instance.Scenario.AgentGroups[0].Staff.Count > 0 || roster.Unfilled.Count == 0);

    /// <summary>Ten full-timers over four weeks, six shifts a day: three early (06:00) and three late (14:00, after the late line).</summary>
    private static RosterResult EarlyAndLateWeeks()
    {
        var scenario = ScenarioLoader.Parse("""
            name: Fair roster
            horizon: { start: "06:00", end: "22:00", interval: 1h, days: 7 }
            serviceLevel: { target: 0.8, answerWithin: 20s }
            contactTypes:
              - { id: calls, arrivals: { rate: 10/h }, handleTime: { distribution: exponential, mean: 180s } }
            agentGroups:
              - id: team
                agents: 1
                skills: [calls]
                shiftTemplates:
                  - { id: early, starts: ["06:00"], length: 8h }
                  - { id: late, starts: ["14:00"], length: 8h, breaks: [{ length: 30m, paid: false, from: 4h }] }
                rosterRules: { daysPerWeek: 5, minConsecutiveDaysOff: 2, maxConsecutiveDays: 5, minRest: 11h }
                staff: [{ count: 10, contractHours: 40h }]
            """, "fair.yaml");
        var patterns = ShiftPatterns.For(scenario.AgentGroups[0], scenario.Horizon);
        var shifts = Enumerable.Range(1, 7).SelectMany(day => patterns.Select(p => new ScheduledShift("team", p, day, 3))).ToList();
        return Roster.Build(scenario, new ShiftSchedule(shifts, [], 0, 0, SolveStatus.Optimal), 4);
    }

    [Fact]
    public void Weekend_shifts_of_a_tight_week_are_spread_to_within_two_of_each_other()
    {
        var baseScenario = ScenarioLoader.Parse(ScheduleText.Rules.Replace("days: 2", "days: 7"), "rules.yaml");
        var group = baseScenario.AgentGroups[0] with
        {
            Staff = [new StaffContract(null, 10, TimeSpan.FromHours(40), TimeSpan.Zero)],
            RosterRules = new RosterRules(5, 2, 5, TimeSpan.FromHours(11)),
        };
        var pattern = ShiftPatterns.For(group, baseScenario.Horizon)[0];
        var shifts = Enumerable.Range(1, 7).Select(day => new ScheduledShift("team", pattern, day, 6)).ToList();
        var roster = Roster.Build(baseScenario with { AgentGroups = [group] }, new ShiftSchedule(shifts, [], 0, 0, SolveStatus.Optimal), 4);

        var weekends = roster.Shifts.Select(days => days.Count(s => s is not null && RosterResult.IsWeekend(s.Day))).ToList();

        Assert.Empty(roster.Unfilled);
        // 48 weekend shifts over 10 agents, 4.8 each: the greedy pass alone leaves 3 to 6 (a spread of 3); swapping blocks of days between agents
        // brings it to 2 here (one agent keeps a sixth weekend that no single swap of one or two blocks can pass on without breaking a rule).
        Assert.True(weekends.Max() - weekends.Min() <= 2, $"weekend shifts per agent: {string.Join(", ", weekends)}");
    }

    [Fact]
    public void Weekend_shifts_of_early_and_late_weeks_are_spread_to_within_one()
    {
        var roster = EarlyAndLateWeeks();

        var weekends = roster.Shifts.Select(days => days.Count(s => s is not null && RosterResult.IsWeekend(s.Day))).ToList();

        Assert.True(weekends.Max() - weekends.Min() <= 1, $"weekend shifts per agent: {string.Join(", ", weekends)}");
    }

    [Fact]
    public void Late_shifts_are_spread_to_within_two_of_each_other_when_the_rules_allow()
    {
        var roster = EarlyAndLateWeeks();

        var lates = roster.Shifts.Select(days => days.Count(s => s is not null && s.Pattern.Start >= TimeSpan.FromHours(14))).ToList();

        Assert.Empty(roster.Unfilled);
        // 84 late shifts over 10 agents: 8.4 each on average.
        Assert.True(lates.Max() - lates.Min() <= 2, $"late shifts per agent: {string.Join(", ", lates)}");
    }

    private static IEnumerable<(int Start, int Length)> Runs(bool[] days, bool working)
    {
        for (int i = 0; i < days.Length;)
        {
            if (days[i] != working)
            {
                i++;
                continue;
            }
            int start = i;
            while (i < days.Length && days[i] == working) i++;
            yield return (start, i - start);
        }
    }
}
