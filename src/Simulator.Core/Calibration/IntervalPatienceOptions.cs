namespace Simulator.Core.Calibration;

public sealed record IntervalPatienceOptions
{
    public static readonly IntervalPatienceOptions Default = new();

    public double Confidence { get; init; } = 0.95;

    /// <summary>
    /// Availability unknown by default: it reads patience from abandonment and ASA together and does not
    /// take head-counts at their word, and it was the more accurate of the two on simulated days even
    /// where the heads were right (docs/calibration.md). Use <see cref="StaffingAssumption.AgentsAsStated"/>
    /// where the history has no ASA, or its agents are known to have been available.
    /// </summary>
    public StaffingAssumption Staffing { get; init; } = StaffingAssumption.AvailabilityUnknown;
}
