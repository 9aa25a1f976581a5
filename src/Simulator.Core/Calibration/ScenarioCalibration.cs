using Simulator.Core.Scenarios;
using Simulator.Core.Simulation;

namespace Simulator.Core.Calibration;

/// <summary>How <see cref="ScenarioCalibrator"/> works: replications per simulation and the least history it accepts.</summary>
public sealed record CalibrationOptions
{
    public static readonly CalibrationOptions Default = new();

    /// <summary>Replications each simulation of the history runs (the same seed each time: common random numbers).</summary>
    public int Replications { get; init; } = 10;

    /// <summary>Fewer offered contacts than this over the whole history cannot calibrate anything.</summary>
    public int MinimumContacts { get; init; } = 50;

    /// <summary>Intervals are merged into blocks until each block has at least this many offered contacts (thin data share a factor).</summary>
    public double MinimumOfferedPerBlock { get; init; } = AvailabilityBlocks.DefaultMinimumOffered;

    public int? MaxParallelism { get; init; }
}

/// <summary>A contact type's fitted handle time and patience, with where each came from.</summary>
/// <param name="HandleTimeFit">The fit from a contact log's handle times; null from interval history.</param>
/// <param name="PatienceFit">Patience from a contact log's censored waits; null from interval history.</param>
/// <param name="IntervalPatience">Patience from interval history through Erlang A; null from a contact log.</param>
public sealed record TypeCalibration(
    string Id,
    DurationDistribution HandleTime,
    string HandleTimeSource,
    DurationFit? HandleTimeFit,
    DurationDistribution? Patience,
    string PatienceSource,
    bool PatienceKeptFromTemplate,
    PatienceEstimate? PatienceFit,
    IntervalPatienceEstimate? IntervalPatience);

/// <summary>One interval: heads, the effective agents found, and observed against simulated before and after calibration.</summary>
public sealed record IntervalCalibration(
    DateTime Start,
    double Heads,
    double EffectiveAgents,
    double Offered,
    double ObservedAbandonmentRate,
    double? ObservedAverageSpeedOfAnswerSeconds,
    IntervalResponse Before,
    IntervalResponse After);

/// <summary>A day-level KPI: simulated (mean and 95 % interval over replications) beside the observed value.</summary>
public sealed record ObservedKpi(KpiEstimate Simulated, double? Observed);

/// <summary>Service level, abandonment and ASA of the whole history, simulated and observed.</summary>
public sealed record DayComparison(ObservedKpi ServiceLevel, ObservedKpi AbandonmentRate, ObservedKpi AverageSpeedOfAnswerSeconds);

/// <summary>What calibration found and the scenario it writes.</summary>
public sealed record ScenarioCalibration(
    Scenario Calibrated,
    IReadOnlyList<TypeCalibration> ContactTypes,
    IReadOnlyList<IntervalCalibration> Intervals,
    DayComparison Before,
    DayComparison After,
    AvailabilitySolution Availability,
    IReadOnlyList<string> Notes);
