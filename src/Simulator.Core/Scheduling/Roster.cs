using Simulator.Core.Scenarios;

namespace Simulator.Core.Scheduling;

/// <summary>One agent a roster names, with the contract it works to.</summary>
public sealed record RosterAgent(string Group, string Name, TimeSpan ContractHours, TimeSpan MinHours);

/// <summary>A shift of the schedule given to an agent on a day of the roster (from 1; day 1 is a Monday).</summary>
public sealed record RosterShift(int Day, ShiftPattern Pattern);

/// <summary>A shift the roster could give to nobody without breaking a rule.</summary>
public sealed record UnfilledShift(string Group, int Day, ShiftPattern Pattern);

/// <summary>Who works which shift on each day of <see cref="Weeks"/> weeks.</summary>
/// <param name="Shifts">By agent, in <see cref="Agents"/>' order: null on a day off.</param>
public sealed record RosterResult(int Weeks, IReadOnlyList<RosterAgent> Agents, IReadOnlyList<RosterShift?[]> Shifts, IReadOnlyList<UnfilledShift> Unfilled)
{
    public int Days => Weeks * RosterRules.DaysInWeek;

    public static bool IsWeekend(int day) => (day - 1) % RosterRules.DaysInWeek >= 5;

    /// <summary>Paid hours of an agent in a week (from 1).</summary>
    public double HoursInWeek(int agent, int week) =>
        Shifts[agent].Skip((week - 1) * RosterRules.DaysInWeek).Take(RosterRules.DaysInWeek).Sum(s => s?.Pattern.Template.PaidLength.TotalHours ?? 0);
}

/// <summary>
/// Gives each shift of a schedule to an agent, day by day over a number of weeks (the horizon's days repeated), by the
/// group's <see cref="RosterRules"/> and its staff's contracts. Greedy: each shift goes to the eligible agent furthest
/// below the minimum hours, then the one with least slack in the week (days left less days it may still work), then with
/// the fewest weekend (or late) shifts so far, then one who worked the day before (so
/// days off come together), then the lowest share of the week's contract used. An agent is eligible when the shift keeps
/// every rule; a shift nobody can take is reported unfilled (with no staff listed, a new agent is named instead). The
/// greedy pass decides day by day and cannot undo an early choice, so <see cref="RosterRepair"/> then evens out weekend
/// and late work by swapping blocks of days between agents, every rule kept.
/// </summary>
public static class Roster
{
    /// <summary>Shifts starting at or after this share of the opening hours count as late for fairness.</summary>
    private const double LateShare = 0.5;

    public static RosterResult Build(Scenario scenario, ShiftSchedule schedule, int weeks)
    {
        var agents = new List<RosterAgent>();
        var shifts = new List<RosterShift?[]>();
        var unfilled = new List<UnfilledShift>();
        int days = weeks * RosterRules.DaysInWeek;
        foreach (var group in scenario.AgentGroups)
        {
            var mine = schedule.Shifts.Where(s => s.Group == group.Id).ToList();
            if (mine.Count == 0) continue;
            var (groupAgents, groupShifts, groupUnfilled) = BuildGroup(scenario.Horizon, group, mine, days);
            agents.AddRange(groupAgents);
            shifts.AddRange(groupShifts);
            unfilled.AddRange(groupUnfilled);
        }
        return new RosterResult(weeks, agents, shifts, unfilled);
    }

    private sealed class AgentState(RosterAgent agent, int days)
    {
        public RosterAgent Agent { get; } = agent;
        public RosterShift?[] Shifts { get; } = new RosterShift?[days];
        public int Weekends { get; set; }
        public int Lates { get; set; }
    }

    private static (List<RosterAgent>, List<RosterShift?[]>, List<UnfilledShift>) BuildGroup(Horizon horizon, AgentGroup group, List<ScheduledShift> scheduled,
        int days)
    {
        var rules = group.RosterRules;
        var states = new List<AgentState>();
        foreach (var contract in group.Staff)
        {
            for (int i = 0; i < contract.Count; i++)
            {
                string name = contract.Name ?? $"{group.Id}-{states.Count + 1:000}";
                states.Add(new AgentState(new RosterAgent(group.Id, name, contract.ContractHours, contract.MinHours), days));
            }
        }
        bool generated = group.Staff.Count == 0;
        var longest = group.ShiftTemplates.Max(t => t.PaidLength);
        var generatedContract = longest * rules.DaysPerWeek;
        var lateFrom = horizon.Start + (horizon.End - horizon.Start) * LateShare;
        var unfilled = new List<UnfilledShift>();

        for (int day = 1; day <= days; day++)
        {
            int horizonDay = (day - 1) % horizon.Days + 1;
            var today = scheduled.Where(s => s.Day == horizonDay)
                .SelectMany(s => Enumerable.Repeat(s.Pattern, s.Agents))
                .OrderBy(p => p.Start).ThenByDescending(p => p.Template.Length).ToList();
            bool weekend = RosterResult.IsWeekend(day);
            foreach (var pattern in today)
            {
                bool late = pattern.Start >= lateFrom;
                AgentState? best = null;
                foreach (var state in states)
                {
                    if (!Eligible(state, day, pattern, rules)) continue;
                    if (best is null || Better(state, best, day, weekend, late, rules)) best = state;
                }
                if (best is null && generated)
                {
                    best = new AgentState(new RosterAgent(group.Id, $"{group.Id}-{states.Count + 1:000}", generatedContract, TimeSpan.Zero), days);
                    states.Add(best);
                    if (!Eligible(best, day, pattern, rules)) best = null;
                }
                if (best is null)
                {
                    unfilled.Add(new UnfilledShift(group.Id, day, pattern));
                    continue;
                }
                best.Shifts[day - 1] = new RosterShift(day, pattern);
                if (weekend) best.Weekends++;
                if (late) best.Lates++;
            }
        }
        RosterRepair.Improve([.. states.Select(s => new RosterRepair.Row(s.Agent, s.Shifts))], rules, lateFrom);
        return ([.. states.Select(s => s.Agent)], [.. states.Select(s => s.Shifts)], unfilled);
    }

    /// <summary>Whether giving <paramref name="pattern"/> on <paramref name="day"/> keeps every rule, given the days before it.</summary>
    private static bool Eligible(AgentState state, int day, ShiftPattern pattern, RosterRules rules)
    {
        var shifts = state.Shifts;
        if (shifts[day - 1] is not null) return false;
        int weekStart = (day - 1) / RosterRules.DaysInWeek * RosterRules.DaysInWeek;
        int daysThisWeek = 0;
        var hoursThisWeek = TimeSpan.Zero;
        for (int d = weekStart; d < day - 1; d++)
        {
            if (shifts[d] is { } s)
            {
                daysThisWeek++;
                hoursThisWeek += s.Pattern.Template.PaidLength;
            }
        }
        if (daysThisWeek >= rules.DaysPerWeek || hoursThisWeek + pattern.Template.PaidLength > state.Agent.ContractHours) return false;

        int worked = 0;
        for (int d = day - 2; d >= 0 && shifts[d] is not null; d--) worked++;
        if (worked >= rules.MaxConsecutiveDays) return false;
        if (worked > 0)
        {
            var previous = shifts[day - 2]!.Pattern;
            if (TimeSpan.FromDays(1) - previous.End + pattern.Start < rules.MinRest) return false;
            return true;
        }
        // Off yesterday: the run of days off must be long enough, unless the agent has not worked yet in the roster.
        int off = 0;
        int last = day - 2;
        for (; last >= 0 && shifts[last] is null; last--) off++;
        return last < 0 || off >= rules.MinConsecutiveDaysOff;
    }

    private static bool Better(AgentState candidate, AgentState best, int day, bool weekend, bool late, RosterRules rules) =>
        Compare(candidate, best, day, weekend, late, rules) < 0;

    /// <summary>
    /// Days left in the week (today included) less the days the agent may still work in it: an agent with no slack must
    /// work every remaining day or lose them, so goes first.
    /// </summary>
    private static int Slack(AgentState state, int day, RosterRules rules)
    {
        int weekStart = (day - 1) / RosterRules.DaysInWeek * RosterRules.DaysInWeek;
        int worked = 0;
        for (int d = weekStart; d < day - 1; d++) if (state.Shifts[d] is not null) worked++;
        int left = weekStart + RosterRules.DaysInWeek - (day - 1);
        return left - Math.Max(0, rules.DaysPerWeek - worked);
    }

    private static int Compare(AgentState a, AgentState b, int day, bool weekend, bool late, RosterRules rules)
    {
        int byMinimum = Shortfall(b, day).CompareTo(Shortfall(a, day));
        if (byMinimum != 0) return byMinimum;
        int bySlack = Slack(a, day, rules).CompareTo(Slack(b, day, rules));
        if (bySlack != 0) return bySlack;
        if (weekend && a.Weekends != b.Weekends) return a.Weekends.CompareTo(b.Weekends);
        if (late && a.Lates != b.Lates) return a.Lates.CompareTo(b.Lates);
        // Whoever worked yesterday keeps going, so that days off come together in runs.
        bool aYesterday = day >= 2 && a.Shifts[day - 2] is not null, bYesterday = day >= 2 && b.Shifts[day - 2] is not null;
        if (aYesterday != bYesterday) return bYesterday.CompareTo(aYesterday);
        return WeekShare(a, day).CompareTo(WeekShare(b, day));
    }

    private static TimeSpan WeekHours(AgentState state, int day)
    {
        int weekStart = (day - 1) / RosterRules.DaysInWeek * RosterRules.DaysInWeek;
        var hours = TimeSpan.Zero;
        for (int d = weekStart; d < day - 1; d++) hours += state.Shifts[d]?.Pattern.Template.PaidLength ?? TimeSpan.Zero;
        return hours;
    }

    /// <summary>Hours still owed towards the week's minimum.</summary>
    private static double Shortfall(AgentState state, int day) => Math.Max(0, (state.Agent.MinHours - WeekHours(state, day)).TotalHours);

    private static double WeekShare(AgentState state, int day) => WeekHours(state, day) / state.Agent.ContractHours;
}
