namespace Simulator.Core.Calibration;

/// <summary>
/// The share who ever return and their mean delay, from every contact with the end of the log as a
/// censoring time: a customer not yet back when the log ends might still come.
/// </summary>
public sealed record ReturnMixture(EstimateStatus Status, string Reason, Estimate? Share, Estimate? MeanDelaySeconds);
