using System.Text.Json.Serialization;

namespace Simulator.Core.Scenarios;

/// <summary>Scheduled (paid) agents of a group: one number all day, or a plan per interval.</summary>
public sealed record StaffingLevels
{
    [JsonConstructor]
    private StaffingLevels(int? @fixed, ValueList<int>? perInterval)
    {
        Fixed = @fixed;
        PerInterval = perInterval;
    }

    public int? Fixed { get; }

    /// <summary>One day's plan (repeated daily) or one value per interval of the horizon.</summary>
    public ValueList<int>? PerInterval { get; }

    public static StaffingLevels Constant(int agents) => new(agents, null);

    public static StaffingLevels Plan(IEnumerable<int> agents) => new(null, agents.ToValueList());

    /// <summary>
    /// Whole agents in a fractional head count, rounded down, but not when floating-point arithmetic lands a
    /// hair under a whole number (0.7 × 10 is 6.999…): heads derived from shifts, and the whole part of
    /// <see cref="Available"/>.
    /// </summary>
    public static int WholeAgents(double agents) => (int)Math.Floor(agents + 1e-9);

    /// <summary>
    /// Available capacity keeps its fraction: <paramref name="agents"/> = whole + fraction is <c>whole</c> agents all
    /// the time and one more for <c>fraction</c> of it (4.75: four agents, and a fifth for 75 % of the interval). The
    /// kernel staffs it so and `ccsim staff` evaluates it so; a hair either side of a whole number is that number.
    /// </summary>
    public static (int Whole, double Fraction) Available(double agents)
    {
        int whole = WholeAgents(agents);
        double fraction = agents - whole;
        return (whole, fraction > 1e-9 ? Math.Min(fraction, 1) : 0);
    }

    public int At(int intervalIndex) => Fixed ?? PerInterval![intervalIndex % PerInterval.Count];
}
