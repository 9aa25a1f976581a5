using Simulator.Core.Analytics;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Planning;

/// <summary>
/// Answers "how many agents do I need?" for every interval and contact type of a scenario with
/// the Erlang models, and checks the scenario's planned staffing against the answer.
/// </summary>
public static class StaffingPlanner
{
    public static StaffingPlan Plan(Scenario scenario, QueueModelKind model)
    {
        var horizon = scenario.Horizon;
        var types = scenario.ContactTypes;
        var rows = new List<StaffingRow>(horizon.TotalIntervals * types.Count);
        var traffic = new double[types.Count];
        var plannedHeads = new double[types.Count];
        var plannedAvailable = new double[types.Count];
        var typeIndex = types.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i);

        for (int interval = 0; interval < horizon.TotalIntervals; interval++)
        {
            for (int t = 0; t < types.Count; t++)
            {
                traffic[t] = types[t].Arrivals.VolumeIn(interval, horizon) * ShareReachingAgents(types[t]) * AgentHandleTime(types[t]).TotalSeconds;
            }
            Array.Clear(plannedHeads);
            Array.Clear(plannedAvailable);
            foreach (var group in scenario.AgentGroups)
            {
                // Outside the day's opening hours nobody is on duty, whatever the group's plan says.
                ShareGroup(group, horizon.IsOpen(interval) ? group.Agents.At(interval) : 0, traffic, typeIndex, plannedHeads, plannedAvailable);
            }

            var (day, start) = horizon.IntervalOpening(interval);
            for (int t = 0; t < types.Count; t++)
            {
                var type = types[t];
                var goal = scenario.GoalFor(type);
                var workload = new IntervalWorkload(
                    type.Arrivals.VolumeIn(interval, horizon) * ShareReachingAgents(type),
                    horizon.Interval,
                    AgentHandleTime(type),
                    type.Channel == Channel.Email ? null : type.Patience?.Mean);
                var queue = StaffingCalculator.CreateModel(model, workload);
                int required = queue.RequiredAgents(goal);
                double shrinkage = plannedHeads[t] > 0
                    ? 1 - plannedAvailable[t] / plannedHeads[t]
                    : scenario.AgentGroups.Where(g => g.Skills.Contains(type.Id)).Average(g => g.Shrinkage);
                int scheduled = StaffingCalculator.ScheduledAgents(required, Math.Clamp(shrinkage, 0, 0.999_999));
                // Whole agents take calls: a fractional share of a shared agent is not a server.
                var planned = queue.Evaluate(StaffingLevels.WholeAgents(plannedAvailable[t]), goal);
                rows.Add(new StaffingRow(
                    day,
                    start,
                    type.Id,
                    workload.Volume,
                    workload.AverageHandleTime,
                    required,
                    scheduled,
                    queue.Evaluate(required, goal),
                    plannedHeads[t],
                    plannedAvailable[t],
                    plannedHeads[t] - scheduled,
                    planned,
                    goal.IsMetBy(planned)));
            }
        }
        return new StaffingPlan(scenario.Name, model, scenario.Goal, rows, Totals(rows, horizon));
    }

    /// <summary>Share of a type's arrivals that reach an agent: all, less what a bot contains or loses.</summary>
    public static double ShareReachingAgents(ContactType type) =>
        type.Automation is { } bot ? 1 - bot.Containment - bot.Abandonment : 1;

    /// <summary>
    /// Agent time per contact as the Erlang models need it: AHT, changed by a bot's hand-over, and for
    /// chat divided among the chats an agent holds at once (k chats, each stretched by 1 + slowdown·(k − 1),
    /// finish in the stretched time: one agent is a server of AHT·(1 + slowdown·(k − 1)) / k).
    /// </summary>
    public static TimeSpan AgentHandleTime(ContactType type)
    {
        var aht = type.AverageHandleTime + (type.Automation?.TransferHandleTime ?? TimeSpan.Zero);
        if (aht <= TimeSpan.Zero) aht = TimeSpan.FromMilliseconds(1); // a bot that saves more than the whole call: next to no agent time
        int chats = type.Channel == Channel.Chat ? type.Concurrency.Max : 1;
        return aht * ((1 + type.Concurrency.Slowdown * (chats - 1)) / chats);
    }

    /// <summary>Splits a group's heads among its skills in proportion to each skill's workload (evenly when idle).</summary>
    private static void ShareGroup(AgentGroup group, int heads, double[] traffic, Dictionary<string, int> typeIndex, double[] plannedHeads, double[] plannedAvailable)
    {
        double groupTraffic = group.Skills.Sum(s => traffic[typeIndex[s]]);
        foreach (var skill in group.Skills)
        {
            int t = typeIndex[skill];
            double share = groupTraffic > 0 ? traffic[t] / groupTraffic : 1.0 / group.Skills.Count;
            plannedHeads[t] += heads * share;
            plannedAvailable[t] += heads * share * (1 - group.Shrinkage);
        }
    }

    private static StaffingTotals Totals(List<StaffingRow> rows, Horizon horizon)
    {
        double hours = horizon.IntervalHours;
        double volume = rows.Sum(r => r.Volume);
        double answeredInTarget = rows.Sum(r => r.Volume * r.Planned.ServiceLevel);
        var missed = rows
            .Where(r => !r.PlanMeetsTarget)
            .Select(r => new MissedInterval(r.Day, r.Start, r.ContactType, r.Planned.ServiceLevel, r.Gap))
            .ToList();
        return new StaffingTotals(
            volume,
            rows.Sum(r => r.RequiredAgents) * hours,
            rows.Sum(r => r.ScheduledAgents) * hours,
            rows.Sum(r => r.PlannedAgents) * hours,
            volume > 0 ? answeredInTarget / volume : 1,
            rows.Count,
            missed);
    }
}
