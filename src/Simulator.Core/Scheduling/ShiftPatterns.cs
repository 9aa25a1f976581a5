using Simulator.Core.Scenarios;

namespace Simulator.Core.Scheduling;

/// <summary>One shift the scheduler may choose: a template at one start with its breaks placed.</summary>
/// <param name="BreakStarts">Each of the template's breaks, in its order, as time from the shift's start.</param>
public sealed record ShiftPattern(ShiftTemplate Template, TimeSpan Start, ValueList<TimeSpan> BreakStarts)
{
    public TimeSpan End => Start + Template.Length;

    /// <summary>The pattern as a shift of the scenario format, worked by <paramref name="agents"/> on <paramref name="days"/>.</summary>
    public Shift ToShift(int agents, ValueList<int>? days, double? costPerHour) =>
        new(Start, Template.Length, agents,
            Template.Breaks.Select((b, i) => new ShiftBreak(BreakStarts[i], b.Length, b.Paid)).ToValueList())
        { Days = days, CostPerHour = costPerHour };

    /// <summary>Time on duty (on the shift and not on a break) within [from, to).</summary>
    public TimeSpan OnDuty(TimeSpan from, TimeSpan to)
    {
        var onDuty = Overlap(Start, End, from, to);
        for (int i = 0; i < BreakStarts.Count; i++)
        {
            var breakStart = Start + BreakStarts[i];
            onDuty -= Overlap(breakStart, breakStart + Template.Breaks[i].Length, from, to);
        }
        return onDuty;
    }

    private static TimeSpan Overlap(TimeSpan start, TimeSpan end, TimeSpan from, TimeSpan to)
    {
        var overlap = (end < to ? end : to) - (start > from ? start : from);
        return overlap > TimeSpan.Zero ? overlap : TimeSpan.Zero;
    }
}

/// <summary>Every shift a group's templates allow: each start × each placement of the breaks.</summary>
public static class ShiftPatterns
{
    public static IReadOnlyList<ShiftPattern> For(AgentGroup group, Horizon horizon) =>
        [.. group.ShiftTemplates.SelectMany(template =>
            Placements(template, horizon.Interval).SelectMany(placement => template.Starts.Select(start => new ShiftPattern(template, start, placement))))];

    /// <summary>
    /// The placements of a template's breaks: each break at one of its steps, taken in the order listed, none
    /// starting before the previous one ends.
    /// </summary>
    public static IEnumerable<ValueList<TimeSpan>> Placements(ShiftTemplate template, TimeSpan interval)
    {
        IEnumerable<List<TimeSpan>> partial = [[]];
        for (int i = 0; i < template.Breaks.Count; i++)
        {
            int index = i;
            partial = partial.SelectMany(placed => template.Breaks[index].Placements(interval)
                .Where(at => index == 0 || at >= placed[index - 1] + template.Breaks[index - 1].Length)
                .Select(at => new List<TimeSpan>(placed) { at }));
        }
        return partial.Select(p => p.ToValueList());
    }
}
