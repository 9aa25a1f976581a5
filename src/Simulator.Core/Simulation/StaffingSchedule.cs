using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Simulator.Core.Scenarios;

namespace Simulator.Core.Simulation;

/// <summary>
/// Everything about staffing and cost that does not depend on chance, worked out once per scenario:
/// when each group's available agents change (interval boundaries, shift starts and ends, breaks,
/// training days), and the deterministic costs per interval (agent pay, overtime, training hours
/// and fees, the fixed cost per day). Available agents are heads on duty less shrinkage and less
/// the share of the day's on-duty hours spent in training; a fraction left over is one more agent
/// on for that share of the stretch, so 4.75 agents are five for the first 75 % and four after,
/// the rule `ccsim staff` evaluates (docs/scenario-reference.md, "shrinkage").
/// Part of the compiled <see cref="CentreModel"/>: immutable once built.
/// </summary>
internal sealed class StaffingSchedule
{
    public StaffingSchedule(Scenario scenario, Timeline timeline)
    {
        int groups = scenario.AgentGroups.Count;
        int perDay = timeline.IntervalsPerDay;
        int days = scenario.Horizon.Days;
        var costs = new double[timeline.TotalIntervals * CostComponents];
        var mostAvailable = new int[groups];

        var changes = new List<StaffingChange>();
        for (int g = 0; g < groups; g++)
        {
            var group = scenario.AgentGroups[g];
            bool byDay = group.Shifts?.Any(s => s.Days is not null) == true;
            var everyDay = byDay ? null : Segments(group, timeline, day: 1);
            for (int day = 0; day < days; day++)
            {
                var segments = everyDay ?? Segments(group, timeline, day + 1);
                double onDutyHours = segments.Sum(s => s.OnDuty * s.Seconds) / 3_600;
                double trainingHours = TrainingHoursOn(scenario, g, day + 1);
                double trainingShare = onDutyHours > 0 ? Math.Min(1, trainingHours / onDutyHours) : 0;
                int previous = -1;
                foreach (var open in segments)
                {
                    int interval = day * perDay + open.Interval;
                    // Outside the day's opening hours nobody is on duty or paid.
                    var segment = timeline.IsOpenInterval(interval) ? open : open with { OnDuty = 0, PaidRegular = 0, PaidOvertime = 0, OnBreak = false };
                    var (whole, fraction) = AvailableAgents(segment.OnDuty, group.ShrinkageAt(interval), trainingShare);
                    double start = DayStart(day) + segment.Offset;
                    if (fraction > 0)
                    {
                        // One agent more for the first part of the segment: 4.75 available is five agents for 75 % of it, then four.
                        mostAvailable[g] = Math.Max(mostAvailable[g], whole + 1);
                        if (whole + 1 != previous) changes.Add(new StaffingChange(start, g, whole + 1, segment.OnBreak));
                        changes.Add(new StaffingChange(start + fraction * segment.Seconds, g, whole, segment.OnBreak));
                    }
                    else
                    {
                        mostAvailable[g] = Math.Max(mostAvailable[g], whole);
                        if (whole != previous) changes.Add(new StaffingChange(start, g, whole, segment.OnBreak));
                    }
                    previous = whole;

                    double hours = segment.Seconds / 3_600;
                    double inTraining = onDutyHours > 0 ? trainingHours * segment.OnDuty * hours / onDutyHours : 0;
                    AddCost(interval, CostComponent.AgentHours, (segment.PaidRegular * hours - inTraining) * group.CostPerHour + segment.OwnRateCost * hours);
                    AddCost(interval, CostComponent.TrainingHours, inTraining * group.CostPerHour);
                    AddCost(interval, CostComponent.Overtime, segment.PaidOvertime * hours * (group.Overtime?.CostPerHour ?? 0));
                }
            }
        }
        foreach (var programme in scenario.Training)
        {
            AddCost((programme.Day - 1) * perDay, CostComponent.TrainingFees, TraineesOf(scenario, programme) * programme.FeePerAgent);
        }
        for (int day = 0; day < days; day++)
        {
            // The cost of a day that opens, spread over its open intervals; a closed day costs nothing.
            int openIntervals = Enumerable.Range(day * perDay, perDay).Count(timeline.IsOpenInterval);
            for (int i = day * perDay; i < (day + 1) * perDay; i++)
            {
                if (timeline.IsOpenInterval(i)) AddCost(i, CostComponent.Fixed, scenario.Costs.FixedPerDay / openIntervals);
            }
        }
        Changes = [.. changes.OrderBy(c => c.Time).ThenBy(c => c.Group)];
        Costs = ImmutableCollectionsMarshal.AsImmutableArray(costs); // wrapped, not copied: nothing else holds the arrays
        MostAvailable = ImmutableCollectionsMarshal.AsImmutableArray(mostAvailable);
        double DayStart(int day) => timeline.IntervalStart(day * perDay);
        void AddCost(int interval, CostComponent component, double amount) => costs[interval * CostComponents + (int)component] += amount;
    }

    public static int CostComponents { get; } = Enum.GetValues<CostComponent>().Length;

    /// <summary>All changes over the horizon, in time order: one at each day's opening for every group, then only real changes.</summary>
    public ImmutableArray<StaffingChange> Changes { get; }

    /// <summary>[interval × cost components]: the costs that do not depend on contacts.</summary>
    public ImmutableArray<double> Costs { get; }

    /// <summary>The most agents each group ever has taking contacts: how many agents to create.</summary>
    public ImmutableArray<int> MostAvailable { get; }

    /// <summary>
    /// Agents taking contacts: scheduled heads less shrinkage (and less a share in training), as whole agents and the
    /// share of the segment one more agent is on (<see cref="StaffingLevels.Available"/>, the rule `ccsim staff` uses too).
    /// </summary>
    public static (int Whole, double Fraction) AvailableAgents(int scheduled, double shrinkage, double trainingShare = 0) =>
        StaffingLevels.Available(scheduled * (1 - shrinkage) * (1 - trainingShare));

    /// <summary>Agents a programme trains: its own number, or the group's whole roster.</summary>
    public static int TraineesOf(Scenario scenario, TrainingProgramme programme) => programme.Trainees ?? Roster(scenario, programme.Group);

    /// <summary>What a programme costs: fees plus the paid hours spent in training.</summary>
    public static double CostOf(Scenario scenario, TrainingProgramme programme) =>
        TraineesOf(scenario, programme) * (programme.HoursPerAgent * Group(scenario, programme.Group).CostPerHour + programme.FeePerAgent);

    /// <summary>The heads a programme trains by default: all agents of the group (the most it schedules in an interval, or all its shifts' agents).</summary>
    private static int Roster(Scenario scenario, string groupId)
    {
        var group = Group(scenario, groupId);
        if (group.Shifts is { } shifts) return Enumerable.Range(1, scenario.Horizon.Days).Max(day => shifts.Where(s => s.WorkedOn(day)).Sum(s => s.Agents));
        return Enumerable.Range(0, scenario.Horizon.TotalIntervals).Max(group.Agents.At);
    }

    private static AgentGroup Group(Scenario scenario, string id) => scenario.AgentGroups.First(g => g.Id == id);

    /// <summary>Hours off the phones a group spends in training on a day (1-based): each programme's hours spread evenly over its days.</summary>
    private static double TrainingHoursOn(Scenario scenario, int group, int day)
    {
        double hours = 0;
        foreach (var programme in scenario.Training)
        {
            if (programme.Group != scenario.AgentGroups[group].Id || day < programme.Day || day >= programme.Day + programme.Days) continue;
            hours += TraineesOf(scenario, programme) * programme.HoursPerAgent / programme.Days;
        }
        return hours;
    }

    /// <summary>A stretch of one day within one interval where the group's heads stay the same.</summary>
    /// <param name="Offset">Seconds from the day's opening.</param>
    /// <param name="PaidRegular">Heads paid at the group's rate.</param>
    /// <param name="OwnRateCost">Pay per hour of the heads on shifts with a rate of their own.</param>
    private readonly record struct Segment(
        int Interval, double Offset, double Seconds, int OnDuty, double PaidRegular, double PaidOvertime, bool OnBreak = false, double OwnRateCost = 0);

    /// <summary>One day (from 1) of a group cut where anything changes: interval boundaries, and for shifts every start, end and break.</summary>
    private static List<Segment> Segments(AgentGroup group, Timeline timeline, int day)
    {
        var segments = new List<Segment>();
        if (group.Shifts is not { } shifts)
        {
            for (int k = 0; k < timeline.IntervalsPerDay; k++)
            {
                int heads = group.Agents.At(k);
                segments.Add(new Segment(k, k * timeline.IntervalSeconds, timeline.IntervalSeconds, heads, heads, 0));
            }
            return segments;
        }

        double opening = timeline.OpeningSeconds;
        var cuts = new SortedSet<double>(Enumerable.Range(0, timeline.IntervalsPerDay + 1).Select(k => k * timeline.IntervalSeconds));
        shifts = shifts.Where(s => s.WorkedOn(day)).ToValueList();
        foreach (var shift in shifts)
        {
            double start = shift.Start.TotalSeconds - opening;
            cuts.Add(start);
            cuts.Add(start + shift.Length.TotalSeconds);
            if (group.Overtime is { } overtime && overtime.After < shift.Length) cuts.Add(start + overtime.After.TotalSeconds);
            foreach (var pause in shift.Breaks)
            {
                cuts.Add(start + pause.After.TotalSeconds);
                cuts.Add(start + (pause.After + pause.Length).TotalSeconds);
            }
        }
        var points = cuts.Where(c => c >= 0 && c <= timeline.OpenSeconds).ToArray();
        for (int p = 0; p + 1 < points.Length; p++)
        {
            double from = points[p], to = points[p + 1];
            if (to <= from) continue;
            int onDuty = 0;
            bool onBreak = false;
            double regular = 0, overtimeHeads = 0, ownRateCost = 0;
            foreach (var shift in shifts)
            {
                double start = shift.Start.TotalSeconds - opening;
                if (from < start || from >= start + shift.Length.TotalSeconds) continue;
                double into = from - start;
                var pause = shift.Breaks.FirstOrDefault(b => into >= b.After.TotalSeconds && into < (b.After + b.Length).TotalSeconds);
                if (pause is null) onDuty += shift.Agents;
                else onBreak |= shift.Agents > 0;
                if (pause is { Paid: false }) continue;
                if (group.Overtime is { } overtime && into >= overtime.After.TotalSeconds) overtimeHeads += shift.Agents;
                else if (shift.CostPerHour is double rate) ownRateCost += shift.Agents * rate;
                else regular += shift.Agents;
            }
            int interval = Math.Min(timeline.IntervalsPerDay - 1, (int)Math.Floor(from / timeline.IntervalSeconds + 1e-9));
            segments.Add(new Segment(interval, from, to - from, onDuty, regular, overtimeHeads, onBreak, ownRateCost));
        }
        return segments;
    }
}
