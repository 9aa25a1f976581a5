namespace Simulator.Core.Scenarios;

/// <summary>Scheduled (paid) agents of a group: one number all day, or a plan per interval.</summary>
public sealed record StaffingLevels
{
    private StaffingLevels(int? fixedCount, IReadOnlyList<int>? perInterval)
    {
        Fixed = fixedCount;
        PerInterval = perInterval;
    }

    public int? Fixed { get; }

    /// <summary>One day's plan (repeated daily) or one value per interval of the horizon.</summary>
    public IReadOnlyList<int>? PerInterval { get; }

    public static StaffingLevels Constant(int agents) => new(agents, null);

    public static StaffingLevels Plan(IReadOnlyList<int> agents) => new(null, agents);

    public int At(int intervalIndex) => Fixed ?? PerInterval![intervalIndex % PerInterval.Count];

    public bool Equals(StaffingLevels? other) =>
        other is not null && Fixed == other.Fixed
        && (PerInterval ?? []).SequenceEqual(other.PerInterval ?? []);

    public override int GetHashCode() => HashCode.Combine(Fixed, PerInterval?.Count);
}
