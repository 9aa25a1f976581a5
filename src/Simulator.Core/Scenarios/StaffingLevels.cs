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
    /// Whole agents in a fractional head count, rounded down — a share of an agent takes no contacts —
    /// but not when floating-point arithmetic lands a hair under a whole number (0.7 × 10 is 6.999…).
    /// The one rule for staff, the kernel and shift staffing alike.
    /// </summary>
    public static int WholeAgents(double agents) => (int)Math.Floor(agents + 1e-9);

    public int At(int intervalIndex) => Fixed ?? PerInterval![intervalIndex % PerInterval.Count];
}
