namespace Simulator.Core.Calibration;

public sealed record ObservedAvailabilityOptions
{
    public static readonly ObservedAvailabilityOptions Default = new();

    /// <summary>
    /// An agent idle this long or less between two contacts is taken as logged in and waiting; a longer
    /// gap as a break or logged out. Fifteen minutes, a common break: idle gaps in a busy queue are far
    /// shorter, while a quiet night's may be longer and so undercount logged-in time.
    /// </summary>
    public double MaximumIdleGapSeconds { get; init; } = 15 * 60;
}
