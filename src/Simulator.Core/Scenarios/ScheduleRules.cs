namespace Simulator.Core.Scenarios;

/// <summary>
/// A kind of shift the scheduler may choose for a group: it starts at one of <see cref="Starts"/>, lasts
/// <see cref="Length"/>, and holds each of <see cref="Breaks"/> somewhere in its window. A chosen shift is
/// written back as a plain <see cref="Shift"/>.
/// </summary>
/// <param name="Starts">Times of day, in order, each a start the scheduler may use.</param>
/// <param name="CostPerHour">Per paid hour; null: the group's.</param>
public sealed record ShiftTemplate(string Id, ValueList<TimeSpan> Starts, TimeSpan Length, double? CostPerHour, ValueList<BreakRule> Breaks)
{
    /// <summary>Starts, break placements and templates beyond this many make a model no planner can read; the bound keeps a typo such as every: 1s
    /// out.</summary>
    public const int MaxPlacements = 10_000;

    /// <summary>Paid hours of one agent on this template: its length less unpaid breaks.</summary>
    public TimeSpan PaidLength => Length - Breaks.Where(b => !b.Paid).Aggregate(TimeSpan.Zero, (sum, b) => sum + b.Length);
}

/// <summary>
/// A break a template holds: <see cref="Length"/> long, starting between <see cref="From"/> and <see cref="To"/>
/// after the shift starts, at steps of <see cref="Every"/> (null: the horizon's interval).
/// </summary>
public sealed record BreakRule(TimeSpan Length, bool Paid, TimeSpan From, TimeSpan To, TimeSpan? Every)
{
    /// <summary>Where the break may start, from the shift's start: From, From + step, … up to To.</summary>
    public IEnumerable<TimeSpan> Placements(TimeSpan interval)
    {
        var step = Every ?? interval;
        for (var at = From; at <= To; at += step) yield return at;
    }
}

/// <summary>
/// How shifts may be spread over an agent's days (a roster): at most <see cref="DaysPerWeek"/> days worked in
/// each week of the horizon, days off in runs of at least <see cref="MinConsecutiveDaysOff"/>, at most
/// <see cref="MaxConsecutiveDays"/> working days in a row, and at least <see cref="MinRest"/> between the end
/// of one shift and the start of the next.
/// </summary>
public sealed record RosterRules(int DaysPerWeek, int MinConsecutiveDaysOff, int MaxConsecutiveDays, TimeSpan MinRest)
{
    public const int DaysInWeek = 7;

    /// <summary>A five-day week, any day off, six days in a row at most, 11 h of daily rest (EU Working Time Directive 2003/88/EC, art. 3).</summary>
    public static readonly RosterRules Default = new(5, 1, 6, TimeSpan.FromHours(11));
}

/// <summary>
/// Agents available to a group's roster: one named agent, or <see cref="Count"/> alike, each contracted for at
/// most <see cref="ContractHours"/> paid hours a week and given at least <see cref="MinHours"/> where the shifts allow
/// (part-time agents have fewer contract hours).
/// </summary>
/// <param name="Name">Null for a counted entry: its agents are named after the group and a number.</param>
public sealed record StaffContract(string? Name, int Count, TimeSpan ContractHours, TimeSpan MinHours);
