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
        int intervals = horizon.TotalIntervals;
        var rows = new List<StaffingRow>(intervals * types.Count);
        var traffic = new double[types.Count];
        var plannedHeads = new double[intervals][];
        var plannedAvailable = new double[intervals][];
        var typeIndex = types.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i);

        for (int interval = 0; interval < intervals; interval++)
        {
            for (int t = 0; t < types.Count; t++)
            {
                traffic[t] = types[t].Arrivals.VolumeIn(interval, horizon) * ShareReachingAgents(types[t]) * AgentHandleTime(types[t]).TotalSeconds;
            }
            plannedHeads[interval] = new double[types.Count];
            plannedAvailable[interval] = new double[types.Count];
            foreach (var group in scenario.AgentGroups)
            {
                // Outside the day's opening hours nobody is on duty, whatever the group's plan says.
                ShareGroup(group, horizon.IsOpen(interval) ? group.Agents.At(interval) : 0, group.ShrinkageAt(interval), traffic, typeIndex,
                    plannedHeads[interval], plannedAvailable[interval]);
            }
        }
        var backlogs = types.Select((type, t) => type.Channel == Channel.Email ? Backlog(scenario, t, model, plannedAvailable) : null).ToArray();

        for (int interval = 0; interval < intervals; interval++)
        {
            var (day, start) = horizon.IntervalOpening(interval);
            for (int t = 0; t < types.Count; t++)
            {
                var type = types[t];
                var goal = scenario.GoalFor(type);
                var workload = new IntervalWorkload(
                    type.Arrivals.VolumeIn(interval, horizon) * ShareReachingAgents(type),
                    horizon.Interval,
                    type.Channel == Channel.Chat ? ContactHandleTime(type) : AgentHandleTime(type),
                    type.Channel == Channel.Email ? null : type.Patience?.Mean);
                double heads = plannedHeads[interval][t], available = plannedAvailable[interval][t];
                int required;
                QueuePerformance atRequired, planned;
                bool meets;
                if (backlogs[t] is { } backlog)
                {
                    required = backlog.Required[interval];
                    atRequired = backlog.AtRequired[interval];
                    planned = backlog.Planned[interval];
                    meets = (goal with { MaxOccupancy = null }).IsMetBy(planned); // a backlog is meant to keep agents busy
                }
                else
                {
                    IQueueModel queue = type.Channel == Channel.Chat
                        ? new ChatPool(model, workload, type.Concurrency.Max, type.Concurrency.Slowdown)
                        : StaffingCalculator.CreateModel(model, workload);
                    required = queue.RequiredAgents(goal);
                    atRequired = queue.Evaluate(required, goal);
                    // Available agents keep their fraction, by the rule the simulation staffs.
                    planned = EvaluateAvailable(queue, available, goal);
                    meets = goal.IsMetBy(planned);
                }
                double shrinkage = heads > 0
                    ? 1 - available / heads
                    : scenario.AgentGroups.Where(g => g.Skills.Contains(type.Id)).Average(g => g.ShrinkageAt(interval));
                int scheduled = StaffingCalculator.ScheduledAgents(required, Math.Clamp(shrinkage, 0, 0.999_999));
                rows.Add(new StaffingRow(
                    day,
                    start,
                    type.Id,
                    workload.Volume,
                    workload.AverageHandleTime,
                    required,
                    scheduled,
                    atRequired,
                    heads,
                    available,
                    heads - scheduled,
                    planned,
                    meets)
                { Closed = !horizon.IsOpen(interval) });
            }
        }
        return new StaffingPlan(scenario.Name, model, scenario.Goal, rows, Totals(rows, horizon));
    }

    /// <summary>An email type over the whole horizon: the agents its backlog needs, and how it fares with them and with the plan.</summary>
    private static EmailPlan Backlog(Scenario scenario, int t, QueueModelKind model, double[][] plannedAvailable)
    {
        var type = scenario.ContactTypes[t];
        var horizon = scenario.Horizon;
        var volume = new double[horizon.TotalIntervals];
        for (int i = 0; i < volume.Length; i++) volume[i] = type.Arrivals.VolumeIn(i, horizon) * ShareReachingAgents(type);
        var backlog = new EmailBacklog(horizon, volume, AgentHandleTime(type), scenario.AnswerWithin(type), model);
        var required = backlog.RequiredAgents(scenario.Goal.MaxOccupancy);
        return new EmailPlan(
            required,
            backlog.Evaluate([.. required.Select(r => (double)r)]),
            backlog.Evaluate([.. plannedAvailable.Select(row => row[t])]));
    }

    private sealed record EmailPlan(int[] Required, QueuePerformance[] AtRequired, QueuePerformance[] Planned);

    /// <summary>
    /// What a real number of available agents achieves, by the rule the simulation staffs
    /// (<see cref="StaffingLevels.Available"/>): 4.75 agents are five for 75 % of the interval and four for the
    /// rest, so the interval's figures are the time-weighted mix of the two (ASA weighted by the contacts each
    /// part answers). Whole numbers evaluate as they are.
    /// </summary>
    public static QueuePerformance EvaluateAvailable(IQueueModel queue, double agents, ServiceLevelGoal goal)
    {
        var (whole, fraction) = StaffingLevels.Available(agents);
        var fewer = queue.Evaluate(whole, goal);
        if (fraction == 0) return fewer;
        var more = queue.Evaluate(whole + 1, goal);
        double Mix(double a, double b) => (1 - fraction) * a + fraction * b;
        double answeredFewer = (1 - fraction) * (1 - fewer.AbandonmentRate), answeredMore = fraction * (1 - more.AbandonmentRate);
        double? averageSpeedOfAnswer = fewer.AverageSpeedOfAnswerSeconds is double slow && more.AverageSpeedOfAnswerSeconds is double fast
            ? answeredFewer + answeredMore > 0 ? (answeredFewer * slow + answeredMore * fast) / (answeredFewer + answeredMore) : slow
            : null;
        return new QueuePerformance(
            fewer.Model,
            whole,
            fewer.TrafficIntensity,
            Mix(fewer.ProbabilityOfWaiting, more.ProbabilityOfWaiting),
            Mix(fewer.ServiceLevel, more.ServiceLevel),
            averageSpeedOfAnswer,
            Mix(fewer.Occupancy, more.Occupancy),
            Mix(fewer.AbandonmentRate, more.AbandonmentRate),
            fewer.IsStable && more.IsStable);
    }

    /// <summary>Share of a type's arrivals that reach an agent: all, less what a bot contains or loses.</summary>
    public static double ShareReachingAgents(ContactType type) =>
        type.Automation is { } bot ? 1 - bot.Containment - bot.Abandonment : 1;

    /// <summary>
    /// Agent time per contact: AHT, changed by a bot's hand-over, and for chat divided among the chats an
    /// agent holds at once (k chats, each stretched by 1 + slowdown·(k − 1)): the share of an agent a
    /// contact takes, by which a group's heads are split among its skills. Chat itself is planned as a
    /// pool of chat places (<see cref="ChatPool"/>).
    /// </summary>
    public static TimeSpan AgentHandleTime(ContactType type)
    {
        var aht = ContactHandleTime(type);
        int chats = type.Channel == Channel.Chat ? type.Concurrency.Max : 1;
        return aht * ((1 + type.Concurrency.Slowdown * (chats - 1)) / chats);
    }

    /// <summary>One contact's handle time: AHT changed by a bot's hand-over (for chat, one chat's own time, not divided among the chats held).</summary>
    public static TimeSpan ContactHandleTime(ContactType type)
    {
        var aht = type.AverageHandleTime + (type.Automation?.TransferHandleTime ?? TimeSpan.Zero);
        return aht > TimeSpan.Zero ? aht : TimeSpan.FromMilliseconds(1); // a bot that saves more than the whole call: next to no agent time
    }

    /// <summary>Splits a group's heads among its skills in proportion to each skill's workload (evenly when idle).</summary>
    private static void ShareGroup(
        AgentGroup group, int heads, double shrinkage, double[] traffic, Dictionary<string, int> typeIndex, double[] plannedHeads, double[] plannedAvailable)
    {
        double groupTraffic = group.Skills.Sum(s => traffic[typeIndex[s]]);
        foreach (var skill in group.Skills)
        {
            int t = typeIndex[skill];
            double share = groupTraffic > 0 ? traffic[t] / groupTraffic : 1.0 / group.Skills.Count;
            plannedHeads[t] += heads * share;
            plannedAvailable[t] += heads * share * (1 - shrinkage);
        }
    }

    private static StaffingTotals Totals(List<StaffingRow> rows, Horizon horizon)
    {
        double hours = horizon.IntervalHours;
        double volume = rows.Sum(r => r.Volume);
        double answeredInTarget = rows.Sum(r => r.Volume * r.Planned.ServiceLevel);
        var missed = rows
            .Where(r => !r.PlanMeetsTarget && !r.Closed)
            .Select(r => new MissedInterval(r.Day, r.Start, r.ContactType, r.Planned.ServiceLevel, r.Gap))
            .ToList();
        return new StaffingTotals(
            volume,
            rows.Sum(r => r.RequiredAgents) * hours,
            rows.Sum(r => r.ScheduledAgents) * hours,
            rows.Sum(r => r.PlannedAgents) * hours,
            volume > 0 ? answeredInTarget / volume : 1,
            rows.Count(r => !r.Closed), // closed intervals cannot miss: "misses in 22 of 300" counts open ones
            missed);
    }
}
