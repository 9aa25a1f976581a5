namespace Simulator.Core.Calibration;

/// <summary>
/// History laid on a template's horizon, interval by interval (day-major over the history's days): what was
/// offered per contact type, what happened to it, and the heads on duty; with a contact log, each contact's
/// handle time and wait per type as well. What <see cref="ScenarioCalibrator"/> fits to and matches.
/// </summary>
public sealed class ObservedDay
{
    public required string Source { get; init; }

    /// <summary>The history's first date: day 1 of the calibrated horizon.</summary>
    public required DateOnly From { get; init; }

    public required int Days { get; init; }

    /// <summary>[interval][type]: contacts offered.</summary>
    public required double[][] OfferedByType { get; init; }

    public required double[] Offered { get; init; }

    public required double[] Answered { get; init; }

    public required double[] Abandoned { get; init; }

    /// <summary>Mean wait of answered contacts; null where none were answered or the history does not say.</summary>
    public required double?[] AverageSpeedOfAnswerSeconds { get; init; }

    /// <summary>Standard error of that mean, from a contact log; null from interval history.</summary>
    public required double?[] AverageSpeedOfAnswerStandardError { get; init; }

    /// <summary>Answered within the service-level threshold; null where the history does not say.</summary>
    public required double?[] AnsweredWithinThreshold { get; init; }

    public required double[] Heads { get; init; }

    /// <summary>Per type: answered contacts' handle times (contact log), else empty.</summary>
    public required double[][] HandleSeconds { get; init; }

    /// <summary>Per type: queued contacts' waits, abandoned or not (contact log), else empty.</summary>
    public required WaitObservation[][] Waits { get; init; }

    /// <summary>Per type: mean handle time over the history (interval history); NaN where unknown.</summary>
    public required double[] AverageHandleSeconds { get; init; }

    /// <summary>Per type and interval, for patience from interval history: offered, answered, abandoned, ASA, AHT, heads.</summary>
    public required IntervalObservation[][] IntervalsByType { get; init; }

    public required bool FromContactLog { get; init; }

    /// <summary>
    /// Agents available per interval as the contact log's agent ids show them (<see cref="Calibration.AvailableAgents"/>); null where the
    /// history has no agent ids for its answered contacts.
    /// </summary>
    public double[]? AvailableAgents { get; internal set; }

    public int Intervals => Offered.Length;
}
