namespace Simulator.Core.Calibration;

/// <summary>What an interval history's agent numbers are taken to mean when patience is read from it.</summary>
public enum StaffingAssumption
{
    /// <summary>The agents stated were all available: patience comes from abandonment alone, and the ASA is a check.</summary>
    AgentsAsStated,

    /// <summary>
    /// Availability is unknown: abandonment and ASA together determine patience and effective agents,
    /// so head-counts that overstate availability do not read as impatience.
    /// </summary>
    AvailabilityUnknown,
}
