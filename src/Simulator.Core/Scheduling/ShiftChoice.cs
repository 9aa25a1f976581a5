using Simulator.Core.Scenarios;
using Simulator.Core.Units;

namespace Simulator.Core.Scheduling;

/// <summary>What the solver may spend and what it settles for.</summary>
/// <param name="DeterministicSeconds">CP-SAT's deterministic time limit: the same input stops at the same point on any machine.</param>
/// <param name="RelativeGap">Stop once the integer cost is proven within this share of the best possible.</param>
/// <param name="UnderCoverPenalty">Cost of one agent short in one interval; null: every interval must be covered.</param>
public sealed record ShiftChoiceOptions(double DeterministicSeconds = 20, double RelativeGap = 0.005, double? UnderCoverPenalty = null)
{
    public static readonly ShiftChoiceOptions Default = new();

    /// <summary>Stops the solve: the search in progress is told to stop, and the solve throws <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken Cancellation { get; init; }
}

/// <summary>
/// Shift choice as set covering (Dantzig 1954): how many agents start each pattern (template, start, break placement) on
/// each day, at least paid cost, with heads on duty ≥ the requirement in every interval (or a penalty per agent short).
/// Coverage is measured as the time-average over each interval, as the Erlang planner counts shifts. Where the group lists
/// its <c>staff</c>, no day may use more shifts than agents, and no week more paid hours than their contracts or more
/// shifts than their days a week allow.
/// </summary>
public static class ShiftChoice
{
    /// <exception cref="InputException">A rule cannot be met: which one, and where.</exception>
    public static ShiftSchedule Solve(Scenario scenario, ScheduleRequirement requirement, ShiftChoiceOptions options, IShiftSolver? solver = null)
    {
        solver ??= new OrToolsShiftSolver();
        var shifts = new List<ScheduledShift>();
        var coverage = new List<IntervalCoverage>();
        double cost = 0, bound = 0;
        var status = SolveStatus.Optimal;
        foreach (var (groupId, required) in requirement.Agents.OrderBy(p => scenario.AgentGroups.IndexOf(scenario.AgentGroups.First(g => g.Id == p.Key))))
        {
            options.Cancellation.ThrowIfCancellationRequested();
            var group = scenario.AgentGroups.First(g => g.Id == groupId);
            var problem = ShiftProblem.Build(scenario, group, required, options);
            problem.CheckCoverable();
            var solution = solver.Solve(problem, options);
            for (int p = 0; p < problem.Patterns.Count; p++)
            {
                for (int d = 0; d < problem.Days; d++)
                {
                    if (solution.Agents[p, d] > 0) shifts.Add(new ScheduledShift(groupId, problem.Patterns[p], d + 1, solution.Agents[p, d]));
                }
            }
            coverage.AddRange(problem.Coverage(solution.Agents));
            cost += problem.CostOf(solution.Agents);
            bound += solution.LowerBound;
            if (solution.Status == SolveStatus.Feasible) status = SolveStatus.Feasible;
        }
        return new ShiftSchedule(shifts, coverage, cost, Math.Min(bound, cost), status);
    }
}

/// <summary>One group's shift choice as numbers: the solver's input.</summary>
public sealed class ShiftProblem
{
    private ShiftProblem(AgentGroup group, Horizon horizon, IReadOnlyList<ShiftPattern> patterns, int[] required, ShiftChoiceOptions options)
    {
        Group = group;
        Horizon = horizon;
        Patterns = patterns;
        Required = required;
        UnderCoverPenalty = options.UnderCoverPenalty;
        int perDay = horizon.IntervalsPerDay;
        OnDutySeconds = new int[patterns.Count, perDay];
        for (int p = 0; p < patterns.Count; p++)
        {
            for (int k = 0; k < perDay; k++)
            {
                var from = horizon.Start + horizon.Interval * k;
                OnDutySeconds[p, k] = (int)Math.Round(patterns[p].OnDuty(from, from + horizon.Interval).TotalSeconds);
            }
        }
        Cost = [.. patterns.Select(p => PayOf(p, group))];
        PaidMinutes = [.. patterns.Select(p => (int)Math.Round(p.Template.PaidLength.TotalMinutes))];
    }

    public AgentGroup Group { get; }

    public Horizon Horizon { get; }

    public IReadOnlyList<ShiftPattern> Patterns { get; }

    /// <summary>Agents required on duty per interval of the horizon.</summary>
    public int[] Required { get; }

    public double? UnderCoverPenalty { get; }

    /// <summary>[pattern, interval of the day]: seconds one agent on the pattern is on duty in the interval.</summary>
    public int[,] OnDutySeconds { get; }

    /// <summary>Pay for one agent on one pattern for one day: regular and overtime.</summary>
    public double[] Cost { get; }

    public int[] PaidMinutes { get; }

    public int Days => Horizon.Days;

    public int IntervalSeconds => (int)Math.Round(Horizon.Interval.TotalSeconds);

    /// <summary>Agents the group's staff list holds; null: as many as needed.</summary>
    public int? StaffCount => Group.Staff.Count == 0 ? null : Group.Staff.Sum(s => s.Count);

    /// <summary>Paid minutes a week the staff's contracts allow; null: no limit.</summary>
    public long? ContractMinutesPerWeek => Group.Staff.Count == 0 ? null : Group.Staff.Sum(s => s.Count * (long)Math.Round(s.ContractHours.TotalMinutes));

    public static ShiftProblem Build(Scenario scenario, AgentGroup group, int[] required, ShiftChoiceOptions options)
    {
        if (group.ShiftTemplates.Count == 0)
        {
            throw new InputException($"agent group '{group.Id}' in {scenario.SourcePath ?? scenario.Name} has no shiftTemplates to schedule with; add some " +
                $"(docs/scenario-reference.md, \"shiftTemplates\").");
        }
        return new ShiftProblem(group, scenario.Horizon, ShiftPatterns.For(group, scenario.Horizon), required, options);
    }

    /// <summary>Pay of one agent on a pattern, by the kernel's rule: paid time before the group's overtime threshold at the regular rate, after it at the
    /// overtime rate.</summary>
    public static double PayOf(ShiftPattern pattern, AgentGroup group)
    {
        double rate = pattern.Template.CostPerHour ?? group.CostPerHour;
        var length = pattern.Template.Length;
        var after = group.Overtime is { } overtime && overtime.After < length ? overtime.After : length;
        TimeSpan UnpaidIn(TimeSpan from, TimeSpan to) => Enumerable.Range(0, pattern.BreakStarts.Count)
            .Where(i => !pattern.Template.Breaks[i].Paid)
            .Aggregate(TimeSpan.Zero, (sum, i) => sum + Overlap(pattern.BreakStarts[i], pattern.BreakStarts[i] + pattern.Template.Breaks[i].Length, from, to));
        double regular = (after - UnpaidIn(TimeSpan.Zero, after)).TotalHours;
        double overtimeHours = (length - after - UnpaidIn(after, length)).TotalHours;
        return regular * rate + overtimeHours * (group.Overtime?.CostPerHour ?? 0);
    }

    private static TimeSpan Overlap(TimeSpan start, TimeSpan end, TimeSpan from, TimeSpan to)
    {
        var overlap = (end < to ? end : to) - (start > from ? start : from);
        return overlap > TimeSpan.Zero ? overlap : TimeSpan.Zero;
    }

    /// <summary>Refuses, naming the rule, a requirement no choice of shifts can meet (unless shortfalls are priced).</summary>
    public void CheckCoverable()
    {
        if (UnderCoverPenalty is not null) return;
        int perDay = Horizon.IntervalsPerDay;
        for (int i = 0; i < Required.Length; i++)
        {
            if (Required[i] == 0) continue;
            int k = i % perDay;
            var (day, start) = Horizon.IntervalOpening(i);
            bool covered = Enumerable.Range(0, Patterns.Count).Any(p => OnDutySeconds[p, k] > 0);
            if (!covered)
            {
                throw new InputException(
                    $"no shift template of agent group '{Group.Id}' covers day {day} {UnitParser.FormatClock(start)}, where {Required[i]} agent(s) are " +
                        $"required; "
                    + $"the templates " +
                        $"({string.Join(", ", Group.ShiftTemplates.Select(t =>
                            $"{t.Id} {string.Join("/", t.Starts.Select(UnitParser.FormatClock))} for {UnitParser.FormatDuration(t.Length)}"))}) "
                    + "must reach every interval with a requirement.");
            }
            if (StaffCount is int staff && Required[i] > staff)
            {
                throw new InputException(
                    $"agent group '{Group.Id}' lists {staff} agent(s) in its staff, but {Required[i]} are required on duty on day {day} at " +
                        $"{UnitParser.FormatClock(start)}; "
                    + "add staff or lower the requirement.");
            }
        }
    }

    /// <summary>Paid cost of a choice, with the penalty for agent-intervals left short.</summary>
    public double CostOf(int[,] agents)
    {
        double cost = 0;
        for (int p = 0; p < Patterns.Count; p++)
        {
            for (int d = 0; d < Days; d++) cost += agents[p, d] * Cost[p];
        }
        if (UnderCoverPenalty is double penalty) cost += penalty * ShortAgents(agents).Sum();
        return cost;
    }

    /// <summary>Whole agents short per interval: the requirement less the agents the on-duty seconds amount to, rounded down to whole agents covered.</summary>
    public int[] ShortAgents(int[,] agents)
    {
        var onDuty = OnDuty(agents);
        return [.. Required.Select((r, i) => Math.Max(0, r - (int)Math.Floor(onDuty[i] / IntervalSeconds + 1e-9)))];
    }

    public IEnumerable<IntervalCoverage> Coverage(int[,] agents)
    {
        var onDuty = OnDuty(agents);
        for (int i = 0; i < Required.Length; i++)
        {
            var (day, start) = Horizon.IntervalOpening(i);
            yield return new IntervalCoverage(Group.Id, day, start, Required[i], onDuty[i] / IntervalSeconds);
        }
    }

    /// <summary>Agent-seconds on duty per interval of the horizon.</summary>
    private double[] OnDuty(int[,] agents)
    {
        int perDay = Horizon.IntervalsPerDay;
        var onDuty = new double[Required.Length];
        for (int p = 0; p < Patterns.Count; p++)
        {
            for (int d = 0; d < Days; d++)
            {
                if (agents[p, d] == 0) continue;
                for (int k = 0; k < perDay; k++) onDuty[d * perDay + k] += (double)agents[p, d] * OnDutySeconds[p, k];
            }
        }
        return onDuty;
    }
}

/// <summary>A solver's answer for one group: agents per [pattern, day], and the LP bound.</summary>
public sealed record ShiftSolution(int[,] Agents, double LowerBound, SolveStatus Status);

/// <summary>Solves one group's shift choice; behind an interface so the model's logic is testable without a solver.</summary>
public interface IShiftSolver
{
    /// <exception cref="InputException">The rules leave no feasible schedule.</exception>
    ShiftSolution Solve(ShiftProblem problem, ShiftChoiceOptions options);
}
