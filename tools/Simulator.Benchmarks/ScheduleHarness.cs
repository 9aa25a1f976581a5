using System.Diagnostics;
using System.Globalization;
using Simulator.Core.Scenarios;
using Simulator.Core.Scheduling;

namespace Simulator.Benchmarks;

/// <summary>
/// Speed of <c>ccsim schedule</c>'s two steps on the sizes docs/performance.md quotes: shift choice for one group over a
/// week of 336 half-hour intervals with about a hundred patterns a day (template × start × break placement), and a roster
/// of 200 agents over 4 weeks. Prints the cost, the LP bound, the gap and the wall time of each.
/// </summary>
internal static class ScheduleHarness
{
    public static int Run(string[] args)
    {
        double limit = args.Length > 1 && args[0] == "--time-limit" ? double.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        var volumes = new List<string>();
        for (int day = 0; day < 7; day++)
        {
            double weekday = day < 5 ? 1 : 0.6;
            for (int k = 0; k < 48; k++)
            {
                double hour = k / 2.0;
                double shape = Math.Max(0.05, Math.Exp(-Math.Pow((hour - 11) / 3.5, 2)) + 0.7 * Math.Exp(-Math.Pow((hour - 17) / 3, 2)));
                volumes.Add(Math.Round(220 * weekday * shape).ToString(CultureInfo.InvariantCulture));
            }
        }
        var scenario = ScenarioLoader.Parse($$"""
            name: Schedule benchmark
            horizon: { start: "00:00", end: "24:00", interval: 30m, days: 7 }
            serviceLevel: { target: 0.8, answerWithin: 20s }
            contactTypes:
              - { id: calls, arrivals: { volumes: [{{string.Join(", ", volumes)}}] }, handleTime: { distribution: exponential, mean: 300s } }
            agentGroups:
              - id: team
                agents: 1
                costPerHour: 25
                skills: [calls]
                shiftTemplates:
                  - id: full
                    starts: { from: "00:00", to: "15:30", every: 30m }
                    length: 8.5h
                    breaks: [{ length: 30m, paid: false, from: 3.5h, to: 4.5h, every: 30m }]
                  - { id: part, starts: { from: "06:00", to: "20:00", every: 1h }, length: 4h, costPerHour: 28 }
                  - { id: evening, starts: ["14:00", "15:00", "16:00"], length: 8h, costPerHour: 27, breaks: [{ length: 30m, from: 4h }] }
            """, "benchmark.yaml");
        var group = scenario.AgentGroups[0];
        int patterns = ShiftPatterns.For(group, scenario.Horizon).Count;
        var requirement = ScheduleRequirement.FromPlan(scenario,
            Core.Planning.StaffingPlanner.Plan(scenario, Core.Analytics.QueueModelKind.ErlangC), ["team"]);

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var schedule = ShiftChoice.Solve(scenario, requirement, ShiftChoiceOptions.Default with { DeterministicSeconds = limit });
        double solveSeconds = clock.Elapsed.TotalSeconds;
        // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
        double solveCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"shift choice: {scenario.Horizon.TotalIntervals} intervals, {patterns} patterns a day, peak requirement {requirement.Agents["team"].Max()}: " +
            $"cost {schedule.Cost:0.00}, LP bound {schedule.LowerBound:0.00}, gap {schedule.Gap:P2}, {schedule.Status}, " +
            $"{solveSeconds:0.0} s wall, {solveCpu:0.0} s CPU"));

        int mostPerDay = schedule.Shifts.GroupBy(s => s.Day).Max(d => d.Sum(s => s.Agents));
        var staffed = scenario with
        {
            AgentGroups = [group with { Staff = [new StaffContract(null, 200, TimeSpan.FromHours(40), TimeSpan.FromHours(24))],
                RosterRules = new RosterRules(5, 2, 5, TimeSpan.FromHours(11)) }],
        };
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        var roster = Roster.Build(staffed, schedule, 4);
        double rosterCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var weekends = roster.Shifts.Select(days => days.Count(s => s is not null && RosterResult.IsWeekend(s.Day))).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"roster: {roster.Agents.Count} agents × {roster.Weeks} weeks, up to {mostPerDay} shifts a day: {roster.Unfilled.Count} unfilled, " +
                $"weekend shifts per agent {weekends.Min()}–{weekends.Max()}, {clock.Elapsed.TotalSeconds:0.00} s wall, {rosterCpu:0.00} s CPU"));
        return 0;
    }
}
